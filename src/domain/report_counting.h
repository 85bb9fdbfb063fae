// Which annual report cells a request case counts in (annual-report-format.md §5):
//   新收        received_on in year Y;
//   上年结转    received before 1 Jan Y and still open on 31 Dec Y-1 (not closed, or closed in Y or
//   later); outcome row closed_on in Y, in the row of its outcome; 结转下年度  received on or
//   before 31 Dec Y and not closed by 31 Dec Y.
// Cases without a received_on (not yet received in law) count nowhere. The stores implement the
// same rules in SQL; this pure version is the reference their tests compare against.
#pragma once

#include <span>
#include <vector>

#include "domain/annual_report.h"
#include "domain/store.h"

namespace gongkai::domain {

// The report rows `fact` counts in for `year` (zero, one or two rows: e.g. 新收 and an outcome).
std::vector<RequestRow> RowsCountedIn(const CaseReportFact& fact, int year);

// Counts over all facts. Pure.
RequestCounts CountFacts(std::span<const CaseReportFact> facts, int year);

// Fills report.requests from counts (the 总计 column and （七）总计 row are sums). The report's
// template must be k2021 without single_other_row.
void FillRequestTable(const RequestCounts& counts, AnnualReport& report);

}  // namespace gongkai::domain
