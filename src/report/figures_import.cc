#include "report/figures_import.h"

#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/annual_inputs.h"
#include "domain/report_taxonomy.h"

namespace gongkai::report {
namespace {

using Cells = std::map<std::pair<std::string, std::string>, double>;

bool KnownCell(const std::string& row, const std::string& column, bool& amount) {
  for (const domain::ProactiveRowSpec& spec :
       domain::ProactiveRowsOf(domain::TemplateVersion::k2021)) {
    for (int c = 0; c < spec.column_count; ++c) {
      if (spec.row == row && spec.columns[static_cast<std::size_t>(c)] == column) {
        amount = spec.amount;
        return true;
      }
    }
  }
  return false;
}

core::Status AddCell(Cells& cells, const std::string& row, const std::string& column, double value,
                     const std::string& where) {
  bool amount = false;
  if (!KnownCell(row, column, amount)) {
    return core::Error::InvalidArgument(where + "：2021 年版模板第二部分没有“" + row + " / " +
                                        column + "”这一格");
  }
  if (!std::isfinite(value) || value < 0) {
    return core::Error::InvalidArgument(where + "：“" + row + " / " + column + "”不能为负数");
  }
  if (!amount && std::floor(value) != value) {
    return core::Error::InvalidArgument(where + "：“" + row + " / " + column + "”应为整数");
  }
  // kFeeDecimals (4) decimals of 万元 are whole yuan; more digits mean the figure was not entered
  // in 万元.
  const double scale = std::pow(10.0, domain::kFeeDecimals);
  if (amount && std::fabs(value * scale - std::round(value * scale)) > 1e-6) {
    return core::Error::InvalidArgument(where + "：收费金额以万元为单位，最多保留四位小数");
  }
  if (!cells.emplace(std::make_pair(row, column), value).second) {
    return core::Error::InvalidArgument(where + "：“" + row + " / " + column + "”重复出现");
  }
  return core::Ok();
}

core::Result<Cells> CellsFromJson(std::string_view text) {
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    return core::Error::InvalidArgument("JSON 无法解析（第 " + std::to_string(e.byte) +
                                        " 字节附近）");
  }
  if (root.is_object() && root.contains("proactive")) {
    root = root["proactive"];
  }
  if (!root.is_object()) {
    return core::Error::InvalidArgument(
        "JSON 应为以行名为键的对象，如 {\"行政许可\": "
        "{\"本年处理决定数量\": 100}, …}");
  }
  Cells cells;
  for (const auto& [row, columns] : root.items()) {
    if (!columns.is_object()) {
      return core::Error::InvalidArgument("JSON 中“" + row + "”应为对象");
    }
    for (const auto& [column, value] : columns.items()) {
      if (!value.is_number()) {
        std::string message = "JSON 中“" + row;
        message.append(" / ").append(column).append("”应为数字");
        return core::Error::InvalidArgument(std::move(message));
      }
      GONGKAI_TRY(AddCell(cells, row, column, value.get<double>(), "JSON"));
    }
  }
  return cells;
}

std::vector<std::string> SplitCsvLine(std::string_view line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = line.find(',', start);
    std::string field(
        line.substr(start, comma == std::string_view::npos ? line.npos : comma - start));
    field.erase(0, field.find_first_not_of(" \t\""));
    field.erase(field.find_last_not_of(" \t\r\"") + 1);
    fields.push_back(std::move(field));
    if (comma == std::string_view::npos) {
      return fields;
    }
    start = comma + 1;
  }
}

std::optional<double> ParseNumber(const std::string& text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

core::Result<Cells> CellsFromCsv(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
  }
  Cells cells;
  int line_number = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++line_number;
    const std::vector<std::string> fields = SplitCsvLine(line);
    const std::string where = "CSV 第 " + std::to_string(line_number) + " 行";
    if (fields.size() == 1 && fields[0].empty()) {
      continue;
    }
    if (fields.size() != 3) {
      return core::Error::InvalidArgument(where + "：应为“行,列,值”三项");
    }
    if (line_number == 1 && fields[0] == "行") {
      continue;
    }
    const std::optional<double> value = ParseNumber(fields[2]);
    if (!value.has_value()) {
      return core::Error::InvalidArgument(where + "：“" + fields[2] + "”不是数字");
    }
    GONGKAI_TRY(AddCell(cells, fields[0], fields[1], *value, where));
  }
  return cells;
}

}  // namespace

core::Result<domain::ProactiveFigures> ParseProactiveFigures(std::string_view text,
                                                             FiguresFormat format,
                                                             const std::string& agency_id,
                                                             int year) {
  GONGKAI_ASSIGN_OR_RETURN(
      const Cells cells, format == FiguresFormat::kJson ? CellsFromJson(text) : CellsFromCsv(text));
  std::string missing;
  const auto get = [&](const char* row, const char* column) -> double {
    const auto it = cells.find({row, column});
    if (it == cells.end()) {
      missing += (missing.empty() ? "" : "、") + std::string(row) + " / " + column;
      return 0;
    }
    return it->second;
  };
  const auto count = [&](const char* row, const char* column) {
    return static_cast<std::int64_t>(get(row, column));
  };
  domain::ProactiveFigures figures;
  figures.agency_id = agency_id;
  figures.year = year;
  figures.rules_issued = count("规章", "本年制发件数");
  figures.rules_abolished = count("规章", "本年废止件数");
  figures.rules_in_force = count("规章", "现行有效件数");
  figures.normative_issued = count("行政规范性文件", "本年制发件数");
  figures.normative_abolished = count("行政规范性文件", "本年废止件数");
  figures.normative_in_force = count("行政规范性文件", "现行有效件数");
  figures.licensing_decisions = count("行政许可", "本年处理决定数量");
  figures.penalty_decisions = count("行政处罚", "本年处理决定数量");
  figures.coercion_decisions = count("行政强制", "本年处理决定数量");
  figures.fees_wan_yuan = get("行政事业性收费", "本年收费金额（单位：万元）");
  if (!missing.empty()) {
    return core::Error::InvalidArgument("缺少以下数据：" + missing);
  }
  return figures;
}

}  // namespace gongkai::report
