#include "report/internal/request_table_layout.h"

#include <array>

#include "core/check.h"

namespace gongkai::report::internal {
namespace {

using domain::RequestRow;

bool InResultsBlock(RequestRow row) {
  return domain::RowInfo(row).is_outcome || row == RequestRow::kTotal;
}

int CountRows(const std::vector<RequestRow>& rows, std::string_view group) {
  int count = 0;
  for (RequestRow row : rows) {
    if (InResultsBlock(row) && domain::RowInfo(row).group_label == group) {
      ++count;
    }
  }
  return count;
}

}  // namespace

std::vector<LayoutRow> RequestTableLayout(const domain::AnnualReport& report) {
  const auto span = domain::RowsOf(report.template_version, report.single_other_row);
  const std::vector<RequestRow> rows(span.begin(), span.end());
  int results_rows = 0;
  for (RequestRow row : rows) {
    results_rows += InResultsBlock(row) ? 1 : 0;
  }
  std::vector<LayoutRow> layout;
  bool results_started = false;
  std::string_view open_group;
  for (RequestRow row : rows) {
    const domain::RequestRowInfo& info = domain::RowInfo(row);
    LayoutRow out{row, {}};
    if (!InResultsBlock(row)) {
      out.labels.push_back({info.label, 0, 3, 1});
      layout.push_back(std::move(out));
      continue;
    }
    if (!results_started) {
      out.labels.push_back({kResultsHeading, 0, 1, results_rows});
      results_started = true;
    }
    if (info.group_label.empty()) {
      out.labels.push_back({info.label, 1, 2, 1});
    } else {
      if (info.group_label != open_group) {
        out.labels.push_back({info.group_label, 1, 1, CountRows(rows, info.group_label)});
        open_group = info.group_label;
      }
      out.labels.push_back({info.label, 2, 1, 1});
    }
    layout.push_back(std::move(out));
  }
  return layout;
}

std::string_view ReviewResultColumn(int index) {
  static constexpr std::array<std::string_view, 5> kColumns = {"结果维持", "结果纠正", "其他结果",
                                                               "尚未审结", "总计"};
  GONGKAI_CHECK(index >= 0 && index < 5);  // five result columns per group
  return kColumns[static_cast<std::size_t>(index)];
}

}  // namespace gongkai::report::internal
