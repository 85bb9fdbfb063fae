#include "domain/report_counting.h"

namespace gongkai::domain {

std::vector<RequestRow> RowsCountedIn(const CaseReportFact& fact, int year) {
  std::vector<RequestRow> rows;
  if (!fact.received_on.has_value()) {
    return rows;
  }
  const int received_year = fact.received_on->year();
  const std::optional<int> closed_year =
      fact.closed_on.has_value() ? std::optional<int>(fact.closed_on->year()) : std::nullopt;
  if (received_year == year) {
    rows.push_back(RequestRow::kNewlyReceived);
  }
  if (received_year < year && (!closed_year || *closed_year >= year)) {
    rows.push_back(RequestRow::kCarriedFromLastYear);
  }
  if (closed_year == year && fact.outcome.has_value()) {
    rows.push_back(*fact.outcome);
  }
  if (received_year <= year && (!closed_year || *closed_year > year)) {
    rows.push_back(RequestRow::kCarriedToNextYear);
  }
  return rows;
}

RequestCounts CountFacts(std::span<const CaseReportFact> facts, int year) {
  RequestCounts counts;
  for (const CaseReportFact& fact : facts) {
    if (fact.applicant_kind < 0 || fact.applicant_kind >= kTotalColumn) {
      continue;
    }
    for (RequestRow row : RowsCountedIn(fact, year)) {
      ++counts.cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(fact.applicant_kind)];
    }
  }
  return counts;
}

void FillRequestTable(const RequestCounts& counts, AnnualReport& report) {
  if (!report.requests.has_value()) {
    report.requests.emplace();
  }
  for (RequestRow row : RowsOf(report.template_version, report.single_other_row)) {
    if (row == RequestRow::kTotal) {
      continue;
    }
    std::int64_t sum = 0;
    for (int kind = 0; kind < kTotalColumn; ++kind) {
      const std::int64_t v =
          counts.cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(kind)];
      report.row(row)[static_cast<std::size_t>(kind)] = v;
      sum += v;
    }
    report.row(row)[kTotalColumn] = sum;
  }
  for (int column = 0; column < kApplicantColumnCount; ++column) {
    std::int64_t total = 0;
    for (RequestRow row : RowsOf(report.template_version, report.single_other_row)) {
      if (RowInfo(row).is_outcome) {
        total += report.row(row)[static_cast<std::size_t>(column)].value_or(0);
      }
    }
    report.row(RequestRow::kTotal)[static_cast<std::size_t>(column)] = total;
  }
}

}  // namespace gongkai::domain
