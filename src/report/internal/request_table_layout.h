// The printed layout of the section 三 table of the national template (annual-report-format.md
// §4.1): three label columns whose cells span rows and columns, as the HTML and XLSX renderers
// reproduce it. 三、本年度办理结果 spans every outcome row and （七）总计; the groups （三）–（六）
// span their numbered sub-rows.
#pragma once

#include <string_view>
#include <vector>

#include "domain/annual_report.h"

namespace gongkai::report::internal {

// The merged top-left cell of the header, printed verbatim.
inline constexpr std::string_view kBalanceNote =
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
inline constexpr std::string_view kApplicantHeading = "申请人情况";
inline constexpr std::string_view kOrganisationHeading = "法人或其他组织";
inline constexpr std::string_view kResultsHeading = "三、本年度办理结果";

// One label cell of a data row. Columns are the three label columns 0..2.
struct LabelCell {
  std::string_view text;
  int first_column = 0;
  int column_span = 1;
  int row_span = 1;
};

// A data row of the table with the label cells that start on it (a spanning cell appears only
// on the first row it covers).
struct LayoutRow {
  domain::RequestRow row;
  std::vector<LabelCell> labels;
};

// The rows of the template `report` follows, in print order (25, or 23 with the single
// 其他处理 row). Pure.
std::vector<LayoutRow> RequestTableLayout(const domain::AnnualReport& report);

// Section 四: the group headings and the five result columns.
inline constexpr std::string_view kReconsiderationHeading = "行政复议";
inline constexpr std::string_view kLitigationHeading = "行政诉讼";
inline constexpr std::string_view kDirectLitigationHeading = "未经复议直接起诉";
inline constexpr std::string_view kLitigationAfterReviewHeading = "复议后起诉";
std::string_view ReviewResultColumn(int index);  // 0..4: 结果维持 … 总计

// Section 二: the header of every block's first column.
inline constexpr std::string_view kProactiveContentHeading = "信息内容";

}  // namespace gongkai::report::internal
