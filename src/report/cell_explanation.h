// "Which records are behind this number?": for one cell of the annual report computed from the
// records, the request cases (section 三), the reviews and lawsuits (section 四) or the agencies'
// entered figures (section 二) it counts. `gongkai report --explain 三.不予公开.5.自然人`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/review_case.h"
#include "domain/store.h"
#include "report/cell_path.h"
#include "report/report_builder.h"

namespace gongkai::report {

struct ExplainedCase {
  std::string tracking_number;
  int applicant_kind = 0;
  std::optional<core::Date> received_on;
  std::optional<core::Date> closed_on;
  std::optional<domain::RequestRow> outcome;  // nullopt while the case is open
};

struct ExplainedReview {
  std::string agency_id;
  std::string reference;
  domain::ReviewKind kind = domain::ReviewKind::kReconsideration;
  core::Date filed_on;
  domain::ReviewResult result = domain::ReviewResult::kPending;
  std::optional<core::Date> decided_on;
};

struct ExplainedFigure {
  std::string agency_id;
  std::string agency_name;
  std::optional<double> value;  // nullopt when the agency entered no figures for the year
};

struct CellExplanation {
  std::string cell;   // canonical path, e.g. "三.不予公开.5.自然人"
  std::string where;  // in the report's words
  int year = 0;
  double value = 0;  // the cell's value: number of cases/reviews, or the summed figure
  // Exactly one of these is filled, by the section of the cell; sorted by date, then number.
  std::vector<ExplainedCase> cases;
  std::vector<ExplainedReview> reviews;
  std::vector<ExplainedFigure> figures;
};

// Lists what the cell `cell_path` (see ParseCellPath) of the report BuildAnnualReport(store,
// agency_id, year, scope) counts. The value agrees with that report's cell by construction:
// both use the store's counting rules. kInvalidArgument for a bad path or year; kNotFound for
// an unknown agency; the store's errors otherwise. Reads only.
core::Result<CellExplanation> Explain(domain::Store& store, const std::string& agency_id, int year,
                                      Scope scope, std::string_view cell_path);

// The explanation as plain text for the terminal: a heading line with the cell, its value and
// the count, then one line per record. Pure.
std::string FormatExplanation(const CellExplanation& explanation);

}  // namespace gongkai::report
