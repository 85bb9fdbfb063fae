// The official taxonomy of the 政府信息公开工作年度报告: sections, the 25 rows and 7 columns of the
// request table, the proactive-disclosure table of each template, and the 15 cells of section 四.
// Labels are the canonical wording of annual-report-format.md; parsers normalise to these and
// generators print exactly these.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace gongkai::domain {

// Which national template a report follows.
enum class TemplateVersion {
  k2021,     // 国办公开办函〔2021〕30号, reports for 2021 on
  k2019,     // 国办公开办函〔2019〕60号 (试行), reports for 2019–2020
  kPre2019,  // free-form reports under the 2007 Regulation
};

// "2021", "2019" or "pre-2019": the `template` value of report-json.md.
std::string_view TemplateName(TemplateVersion version);
std::optional<TemplateVersion> TemplateFromName(std::string_view name);

inline constexpr int kApplicantColumnCount = 7;  // six applicant kinds + 总计
inline constexpr int kTotalColumn = 6;

// 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
std::string_view ApplicantColumnLabel(int column);
// The applicant kinds a case can have (the first six columns), as stable codes for storage/API:
// natural_person, commercial, research, public_interest, legal_service, other.
std::string_view ApplicantKindCode(int column);
std::optional<int> ApplicantKindFromCode(std::string_view code);

// The 25 data rows of section 三, in template order. kOtherSingle is the single （六）其他处理 row
// of the 2019 template (and of some 2021 reports); it is never printed together with kOther1..3.
enum class RequestRow {
  kNewlyReceived,        // 新收
  kCarriedFromLastYear,  // 上年结转
  kGranted,              // 予以公开
  kPartlyGranted,        // 部分公开
  kWithheld1,
  kWithheld2,
  kWithheld3,
  kWithheld4,
  kWithheld5,
  kWithheld6,
  kWithheld7,
  kWithheld8,
  kUnavailable1,
  kUnavailable2,
  kUnavailable3,
  kNotHandled1,
  kNotHandled2,
  kNotHandled3,
  kNotHandled4,
  kNotHandled5,
  kOther1,
  kOther2,
  kOther3,
  kTotal,              // 总计
  kCarriedToNextYear,  // 结转下年度
  kOtherSingle,        // 其他处理 (single row)
};
inline constexpr int kRequestRowCount = 26;  // including kOtherSingle

struct RequestRowInfo {
  RequestRow row;
  std::string_view key;          // report-json key, e.g. "不予公开.5", "其他处理"
  std::string_view group_label;  // e.g. "（三）不予公开"; empty for rows without a group
  std::string_view label;  // canonical data-row label, e.g. "5.属于三类内部事务信息"
  bool is_outcome;         // one of the outcome rows that sum to 总计
};

const RequestRowInfo& RowInfo(RequestRow row);
std::optional<RequestRow> RowFromKey(std::string_view key);
// The data rows of a template, in print order. With `single_other_row`, 其他处理 replaces
// 其他处理.1–.3 (always so for the 2019 template).
std::span<const RequestRow> RowsOf(TemplateVersion version, bool single_other_row);
// "where" text naming a row and column in the report's own words, e.g.
// "三、收到和处理政府信息公开申请情况 / （三）不予公开 5.属于三类内部事务信息 / 自然人".
std::string RequestCellWhere(RequestRow row, std::optional<int> column);

// Section 四: 15 cells.
inline constexpr int kReviewLitigationCount = 15;
// e.g. "行政复议 结果维持", "行政诉讼 未经复议直接起诉 总计".
std::string ReviewLitigationCellLabel(int index);

// Section 二. A row of the proactive table with its columns, per template.
struct ProactiveRowSpec {
  std::string_view block;  // e.g. "第二十条第（一）项"
  std::string_view row;    // e.g. "行政规范性文件"
  std::array<std::string_view, 3> columns;
  int column_count;
  bool amount;  // the cell is an amount (万元), not a count
};
std::span<const ProactiveRowSpec> ProactiveRowsOf(TemplateVersion version);

// Section headings of the current template (一 … 六).
std::string_view SectionHeading(int section_number);

}  // namespace gongkai::domain
