#include "report/report_json.h"

#include <cmath>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/finding.h"
#include "domain/report_taxonomy.h"

namespace gongkai::report {
namespace {

using domain::AnnualReport;
using domain::CountCell;
using domain::RequestRow;
using domain::TemplateVersion;
using OrderedJson = nlohmann::ordered_json;
using Json = nlohmann::json;

// Doubles above 2^53 are not exact integers any more; print them as they are.
constexpr double kMaxExactInteger = 9007199254740992.0;

OrderedJson NumberJson(const std::optional<double>& value) {
  if (!value.has_value() || !std::isfinite(*value)) {
    return nullptr;
  }
  if (std::floor(*value) == *value && std::fabs(*value) < kMaxExactInteger) {
    return static_cast<std::int64_t>(*value);
  }
  return *value;
}

OrderedJson CellJson(const CountCell& cell) {
  return cell.has_value() ? OrderedJson(*cell) : OrderedJson(nullptr);
}

OrderedJson ProactiveJson(const AnnualReport& report) {
  if (!report.proactive.has_value()) {
    return nullptr;
  }
  OrderedJson out = OrderedJson::object();
  for (const domain::ProactiveRowSpec& spec : domain::ProactiveRowsOf(report.template_version)) {
    const auto row = report.proactive->find(std::string(spec.row));
    OrderedJson cells = OrderedJson::object();
    for (int c = 0; c < spec.column_count; ++c) {
      const std::string column(spec.columns[static_cast<std::size_t>(c)]);
      std::optional<double> value;
      if (row != report.proactive->end()) {
        const auto cell = row->second.find(column);
        value = cell == row->second.end() ? std::nullopt : cell->second;
      }
      cells[column] = NumberJson(value);
    }
    out[std::string(spec.row)] = std::move(cells);
  }
  return out;
}

OrderedJson RequestsJson(const AnnualReport& report) {
  if (!report.requests.has_value()) {
    return nullptr;
  }
  OrderedJson out = OrderedJson::object();
  for (RequestRow row : domain::RowsOf(report.template_version, report.single_other_row)) {
    OrderedJson cells = OrderedJson::array();
    for (const CountCell& cell : report.row(row)) {
      cells.push_back(CellJson(cell));
    }
    out[std::string(domain::RowInfo(row).key)] = std::move(cells);
  }
  return out;
}

OrderedJson ReviewJson(const AnnualReport& report) {
  if (!report.review_litigation.has_value()) {
    return nullptr;
  }
  OrderedJson out = OrderedJson::array();
  for (const CountCell& cell : *report.review_litigation) {
    out.push_back(CellJson(cell));
  }
  return out;
}

OrderedJson FindingsJson(const AnnualReport& report) {
  OrderedJson out = OrderedJson::array();
  for (const domain::Finding& finding : report.findings) {
    OrderedJson item = OrderedJson::object();
    item["rule"] = finding.rule;
    item["severity"] = std::string(domain::SeverityName(finding.severity));
    item["where"] = finding.where;
    item["message"] = finding.message;
    if (finding.not_checkable) {
      item["not_checkable"] = true;
    }
    out.push_back(std::move(item));
  }
  return out;
}

// --- Reading -------------------------------------------------------------------------------

core::Error Invalid(const std::string& where, const std::string& what) {
  return core::Error::InvalidArgument("报告 JSON 中 " + where + " " + what);
}

std::string Quoted(std::string_view text) {
  return "“" + std::string(text) + "”";
}

core::Result<CountCell> ReadCount(const Json& value, const std::string& where) {
  if (value.is_null()) {
    return CountCell();
  }
  if (value.is_number_integer()) {
    return CountCell(value.get<std::int64_t>());
  }
  return Invalid(
      where, "应为整数或 null，实为 " + value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

core::Result<std::optional<double>> ReadNumber(const Json& value, const std::string& where) {
  if (value.is_null()) {
    return std::optional<double>();
  }
  if (value.is_number()) {
    return std::optional<double>(value.get<double>());
  }
  return Invalid(
      where, "应为数字或 null，实为 " + value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

const domain::ProactiveRowSpec* FindProactiveRow(TemplateVersion version, std::string_view label) {
  for (const domain::ProactiveRowSpec& spec : domain::ProactiveRowsOf(version)) {
    if (spec.row == label) {
      return &spec;
    }
  }
  return nullptr;
}

bool HasColumn(const domain::ProactiveRowSpec& spec, std::string_view column) {
  for (int c = 0; c < spec.column_count; ++c) {
    if (spec.columns[static_cast<std::size_t>(c)] == column) {
      return true;
    }
  }
  return false;
}

core::Status ReadProactive(const Json& value, AnnualReport& report) {
  if (value.is_null()) {
    report.proactive.reset();
    return core::Ok();
  }
  if (!value.is_object()) {
    return Invalid("proactive", "应为对象或 null");
  }
  for (const auto& [label, cells] : value.items()) {
    const domain::ProactiveRowSpec* spec = FindProactiveRow(report.template_version, label);
    if (spec == nullptr) {
      return Invalid("proactive", "含有本模板没有的行 " + Quoted(label));
    }
    if (!cells.is_object()) {
      return Invalid("proactive." + label, "应为对象");
    }
    for (const auto& [column, cell] : cells.items()) {
      if (!HasColumn(*spec, column)) {
        return Invalid("proactive." + label, "含有本模板没有的列 " + Quoted(column));
      }
      std::string where = "proactive." + label;
      where.append(".").append(column);
      GONGKAI_ASSIGN_OR_RETURN(auto number, ReadNumber(cell, where));
      (*report.proactive)[label][column] = number;
    }
  }
  return core::Ok();
}

core::Result<bool> UsesSingleOtherRow(const Json& requests) {
  const bool single = requests.contains("其他处理");
  const bool split = requests.contains("其他处理.1") || requests.contains("其他处理.2") ||
                     requests.contains("其他处理.3");
  if (single && split) {
    return Invalid("requests", "不能同时含有“其他处理”和“其他处理.1”–“其他处理.3”");
  }
  return single;
}

bool RowInTemplate(const AnnualReport& report, RequestRow row) {
  for (RequestRow r : domain::RowsOf(report.template_version, report.single_other_row)) {
    if (r == row) {
      return true;
    }
  }
  return false;
}

core::Status ReadRequestRow(const std::string& key, const Json& cells, AnnualReport& report) {
  const std::optional<RequestRow> row = domain::RowFromKey(key);
  if (!row.has_value() || !RowInTemplate(report, *row)) {
    return Invalid("requests", "含有未知的行 " + Quoted(key));
  }
  const std::string where = "requests." + key;
  if (!cells.is_array() || cells.size() != domain::kApplicantColumnCount) {
    return Invalid(where,
                   "应为 7 个元素的数组（自然人、商业企业、科研机构、社会公益组织、"
                   "法律服务机构、其他、总计）");
  }
  for (int c = 0; c < domain::kApplicantColumnCount; ++c) {
    const auto index = static_cast<std::size_t>(c);
    GONGKAI_ASSIGN_OR_RETURN(
        report.row(*row)[index],
        ReadCount(cells[index], where + "[" + std::string(domain::ApplicantColumnLabel(c)) + "]"));
  }
  return core::Ok();
}

core::Status ReadRequests(const Json& value, AnnualReport& report) {
  if (value.is_null()) {
    report.requests.reset();
    return core::Ok();
  }
  if (!value.is_object()) {
    return Invalid("requests", "应为对象或 null");
  }
  GONGKAI_ASSIGN_OR_RETURN(const bool single, UsesSingleOtherRow(value));
  report.single_other_row = single || report.template_version == TemplateVersion::k2019;
  for (const auto& [key, cells] : value.items()) {
    GONGKAI_TRY(ReadRequestRow(key, cells, report));
  }
  return core::Ok();
}

core::Status ReadReview(const Json& value, AnnualReport& report) {
  if (value.is_null()) {
    report.review_litigation.reset();
    return core::Ok();
  }
  if (!value.is_array() || value.size() != domain::kReviewLitigationCount) {
    return Invalid("review_litigation", "应为 15 个元素的数组或 null");
  }
  for (int i = 0; i < domain::kReviewLitigationCount; ++i) {
    const auto index = static_cast<std::size_t>(i);
    GONGKAI_ASSIGN_OR_RETURN(
        (*report.review_litigation)[index],
        ReadCount(value[index], "review_litigation[" + domain::ReviewLitigationCellLabel(i) + "]"));
  }
  return core::Ok();
}

core::Result<std::string> ReadString(const Json& object, const char* key,
                                     const std::string& where) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string()) {
    return Invalid(where, std::string("缺少字符串字段 ") + key);
  }
  return it->get<std::string>();
}

core::Result<domain::Severity> ReadSeverity(const std::string& name, const std::string& where) {
  for (domain::Severity s : {domain::Severity::kError, domain::Severity::kWarning,
                             domain::Severity::kInfo, domain::Severity::kUnread}) {
    if (domain::SeverityName(s) == name) {
      return s;
    }
  }
  return Invalid(where, "的 severity 应为 error、warning 或 info，实为 " + Quoted(name));
}

core::Status ReadFindings(const Json& value, AnnualReport& report) {
  if (!value.is_array()) {
    return Invalid("findings", "应为数组");
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::string where = "findings[" + std::to_string(i) + "]";
    const Json& item = value[i];
    if (!item.is_object()) {
      return Invalid(where, "应为对象");
    }
    domain::Finding finding;
    GONGKAI_ASSIGN_OR_RETURN(finding.rule, ReadString(item, "rule", where));
    GONGKAI_ASSIGN_OR_RETURN(const std::string severity, ReadString(item, "severity", where));
    GONGKAI_ASSIGN_OR_RETURN(finding.severity, ReadSeverity(severity, where));
    GONGKAI_ASSIGN_OR_RETURN(finding.where, ReadString(item, "where", where));
    GONGKAI_ASSIGN_OR_RETURN(finding.message, ReadString(item, "message", where));
    const auto flag = item.find("not_checkable");
    finding.not_checkable = flag != item.end() && flag->is_boolean() && flag->get<bool>();
    report.findings.push_back(std::move(finding));
  }
  return core::Ok();
}

core::Result<TemplateVersion> ReadTemplate(const Json& root) {
  const auto it = root.find("template");
  if (it == root.end() || !it->is_string()) {
    return Invalid("template", "缺失或不是字符串（应为 \"2021\"、\"2019\" 或 \"pre-2019\"）");
  }
  const std::optional<TemplateVersion> version = domain::TemplateFromName(it->get<std::string>());
  if (!version.has_value()) {
    return Invalid("template", "应为 \"2021\"、\"2019\" 或 \"pre-2019\"，实为 " +
                                   Quoted(it->get<std::string>()));
  }
  return *version;
}

core::Status ReadHeader(const Json& root, AnnualReport& report) {
  if (const auto it = root.find("agency"); it != root.end() && !it->is_null()) {
    if (!it->is_string()) {
      return Invalid("agency", "应为字符串或 null");
    }
    report.agency = it->get<std::string>();
  }
  if (const auto it = root.find("year"); it != root.end() && !it->is_null()) {
    if (!it->is_number_integer() || it->get<std::int64_t>() < 1 || it->get<std::int64_t>() > 9999) {
      return Invalid("year", "应为 1–9999 的整数或 null");
    }
    report.year = static_cast<int>(it->get<std::int64_t>());
  }
  return core::Ok();
}

bool IsKnownTopLevelKey(std::string_view key) {
  // The prose keys are a person's notes in the fixtures; they are not part of the model.
  for (std::string_view known :
       {"agency", "year", "template", "proactive", "requests", "review_litigation", "findings",
        "malformed", "inconsistencies", "notes", "layout"}) {
    if (key == known) {
      return true;
    }
  }
  return false;
}

core::Result<AnnualReport> ReadReport(const Json& root) {
  if (!root.is_object()) {
    return core::Error::InvalidArgument("报告 JSON 的顶层应为对象");
  }
  for (const auto& [key, unused] : root.items()) {
    if (!IsKnownTopLevelKey(key)) {
      return Invalid("顶层", "含有未知字段 " + Quoted(key));
    }
  }
  GONGKAI_ASSIGN_OR_RETURN(const TemplateVersion version, ReadTemplate(root));
  AnnualReport report = AnnualReport::Empty(version, false);
  GONGKAI_TRY(ReadHeader(root, report));
  const Json null_value;
  const auto section = [&](const char* key) -> const Json& {
    const auto it = root.find(key);
    return it == root.end() ? null_value : *it;
  };
  GONGKAI_TRY(ReadProactive(section("proactive"), report));
  GONGKAI_TRY(ReadRequests(section("requests"), report));
  GONGKAI_TRY(ReadReview(section("review_litigation"), report));
  if (root.contains("findings")) {
    GONGKAI_TRY(ReadFindings(root.at("findings"), report));
  }
  return report;
}

}  // namespace

std::string ReportToJson(const AnnualReport& report, const JsonOptions& options) {
  OrderedJson root = OrderedJson::object();
  root["agency"] = report.agency.has_value() ? OrderedJson(*report.agency) : OrderedJson(nullptr);
  root["year"] = report.year.has_value() ? OrderedJson(*report.year) : OrderedJson(nullptr);
  root["template"] = std::string(domain::TemplateName(report.template_version));
  root["proactive"] = ProactiveJson(report);
  root["requests"] = RequestsJson(report);
  root["review_litigation"] = ReviewJson(report);
  root["findings"] = FindingsJson(report);
  const int indent = options.layout == JsonLayout::kPretty ? 1 : -1;
  // Invalid UTF-8 in a free-text field must not abort the export: replace it with U+FFFD.
  return root.dump(indent, ' ', false, OrderedJson::error_handler_t::replace);
}

core::Result<AnnualReport> ReportFromJson(std::string_view json) {
  Json root;
  try {
    root = Json::parse(json.begin(), json.end());
  } catch (const Json::parse_error& e) {
    return core::Error::InvalidArgument("报告 JSON 无法解析（第 " + std::to_string(e.byte) +
                                        " 字节附近）：" + e.what());
  }
  try {
    return ReadReport(root);
  } catch (const Json::exception& e) {
    // get<int>() on an out-of-range year and similar type errors end up here.
    return core::Error::InvalidArgument(std::string("报告 JSON 内容有误：") + e.what());
  }
}

}  // namespace gongkai::report
