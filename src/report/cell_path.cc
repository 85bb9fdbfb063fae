#include "report/cell_path.h"

#include <vector>

namespace gongkai::report {
namespace {

constexpr std::string_view kUsage =
    "单元格应写作 三.<行>.<列>（如 三.不予公开.5.自然人、三.新收.总计）、"
    "四.<类别>.<结果>（如 四.行政复议.结果维持、四.复议后起诉.总计）或 "
    "二.<行>.<列>（如 二.行政许可.本年处理决定数量）";

// Splits on '.', full-width '．' and '/'; drops empty segments and surrounding spaces.
std::vector<std::string> Segments(std::string_view text) {
  std::string normalised(text);
  for (std::string_view separator : {"．", "/"}) {
    for (std::size_t at = normalised.find(separator); at != std::string::npos;
         at = normalised.find(separator)) {
      normalised.replace(at, separator.size(), ".");
    }
  }
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= normalised.size()) {
    const std::size_t end = std::min(normalised.find('.', start), normalised.size());
    std::string segment = normalised.substr(start, end - start);
    segment.erase(0, segment.find_first_not_of(' '));
    segment.erase(segment.find_last_not_of(' ') + 1);
    if (!segment.empty()) {
      segments.push_back(std::move(segment));
    }
    start = end + 1;
  }
  return segments;
}

core::Error Unknown(std::string_view text, const std::string& why) {
  return core::Error::InvalidArgument("无法识别单元格“" + std::string(text) + "”：" + why + "。" +
                                      std::string(kUsage));
}

std::string Join(const std::vector<std::string>& segments, std::size_t from, std::size_t to,
                 std::string_view separator) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    out += (i == from ? "" : std::string(separator)) + segments[i];
  }
  return out;
}

std::optional<int> ColumnFromLabel(std::string_view label) {
  for (int c = 0; c < domain::kApplicantColumnCount; ++c) {
    if (domain::ApplicantColumnLabel(c) == label) {
      return c;
    }
  }
  return std::nullopt;
}

core::Result<CellPath> ParseRequestCell(std::string_view text,
                                        const std::vector<std::string>& segments) {
  std::size_t row_end = segments.size();
  int column = domain::kTotalColumn;
  if (const auto c = ColumnFromLabel(segments.back()); c.has_value() && segments.size() > 2) {
    column = *c;
    --row_end;
  }
  const std::string key = Join(segments, 1, row_end, ".");
  const std::optional<domain::RequestRow> row = domain::RowFromKey(key);
  if (!row.has_value() || *row == domain::RequestRow::kOtherSingle) {
    return Unknown(text, "第三部分没有“" + key + "”这一行");
  }
  return CellPath(RequestCellPath{*row, column});
}

core::Result<CellPath> ParseReviewCell(std::string_view text,
                                       const std::vector<std::string>& segments) {
  std::string label = Join(segments, 1, segments.size(), " ");
  for (int i = 0; i < domain::kReviewLitigationCount; ++i) {
    const std::string canonical = domain::ReviewLitigationCellLabel(i);
    static constexpr std::string_view kLitigation = "行政诉讼 ";
    const bool short_form =
        canonical.rfind(kLitigation, 0) == 0 && canonical.substr(kLitigation.size()) == label;
    if (canonical == label || short_form) {
      return CellPath(ReviewCellPath{i});
    }
  }
  return Unknown(text, "第四部分没有“" + label + "”这一格");
}

core::Result<CellPath> ParseProactiveCell(std::string_view text,
                                          const std::vector<std::string>& segments) {
  for (const domain::ProactiveRowSpec& spec :
       domain::ProactiveRowsOf(domain::TemplateVersion::k2021)) {
    if (spec.row != segments[1]) {
      continue;
    }
    if (segments.size() == 2 && spec.column_count == 1) {
      return CellPath(ProactiveCellPath{std::string(spec.row), std::string(spec.columns[0])});
    }
    for (int c = 0; c < spec.column_count && segments.size() == 3; ++c) {
      if (spec.columns[static_cast<std::size_t>(c)] == segments[2]) {
        return CellPath(ProactiveCellPath{std::string(spec.row), segments[2]});
      }
    }
    return Unknown(text, "“" + segments[1] + "”行没有这一列");
  }
  return Unknown(text, "第二部分没有“" + segments[1] + "”这一行");
}

}  // namespace

core::Result<CellPath> ParseCellPath(std::string_view text) {
  const std::vector<std::string> segments = Segments(text);
  if (segments.size() < 2) {
    return Unknown(text, "缺少部分或行");
  }
  const std::string& section = segments[0];
  if (section == "三" || section == "3") {
    return ParseRequestCell(text, segments);
  }
  if (section == "四" || section == "4") {
    return ParseReviewCell(text, segments);
  }
  if (section == "二" || section == "2") {
    return ParseProactiveCell(text, segments);
  }
  return Unknown(text, "只有第二、三、四部分有表格数字");
}

std::string CellPathText(const CellPath& path) {
  if (const auto* cell = std::get_if<RequestCellPath>(&path)) {
    return "三." + std::string(domain::RowInfo(cell->row).key) + "." +
           std::string(domain::ApplicantColumnLabel(cell->column));
  }
  if (const auto* cell = std::get_if<ReviewCellPath>(&path)) {
    std::string label = domain::ReviewLitigationCellLabel(cell->index);
    for (char& c : label) {
      c = c == ' ' ? '.' : c;
    }
    return "四." + label;
  }
  const auto& cell = std::get<ProactiveCellPath>(path);
  return "二." + cell.row + "." + cell.column;
}

std::string CellPathWhere(const CellPath& path) {
  if (const auto* cell = std::get_if<RequestCellPath>(&path)) {
    return domain::RequestCellWhere(cell->row, cell->column);
  }
  if (const auto* cell = std::get_if<ReviewCellPath>(&path)) {
    return std::string(domain::SectionHeading(4)) + " / " +
           domain::ReviewLitigationCellLabel(cell->index);
  }
  const auto& cell = std::get<ProactiveCellPath>(path);
  return std::string(domain::SectionHeading(2)) + " / " + cell.row + " / " + cell.column;
}

}  // namespace gongkai::report
