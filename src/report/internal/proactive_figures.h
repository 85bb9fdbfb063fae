// Where each section 二 cell of the 2021 template comes from in the figures an organ enters
// (domain::ProactiveFigures), shared by the report builder and the cell explanation.
#pragma once

#include <optional>
#include <string_view>

#include "domain/annual_inputs.h"
#include "domain/annual_report.h"

namespace gongkai::report::internal {

// The value of the cell (`row`, `column`) in `figures`; nullopt for a cell the 2021 template
// does not have. Pure.
std::optional<double> ProactiveFigureValue(const domain::ProactiveFigures& figures,
                                           std::string_view row, std::string_view column);

// Adds `figures` to every section 二 cell of `report` (a null cell counts as 0).
// REQUIRES: report.proactive.has_value() and the report uses the 2021 template.
void AddProactiveFigures(const domain::ProactiveFigures& figures, domain::AnnualReport& report);

}  // namespace gongkai::report::internal
