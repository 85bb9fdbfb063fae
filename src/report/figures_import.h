// Reading the section 二 figures an organ enters for a year (domain::ProactiveFigures) from a
// file: the `proactive` object of report-json.md, or a CSV of `行,列,值` lines. Used by
// `gongkai report figures`.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/annual_inputs.h"

namespace gongkai::report {

enum class FiguresFormat { kJson, kCsv };

// Parses the ten cells of the 2021 template's section 二 for `agency_id` and `year`.
// JSON: {"规章": {"本年制发件数": 0, …}, …, "行政事业性收费":
// {"本年收费金额（单位：万元）": 38.949}}, optionally wrapped as {"proactive": {…}} (so a report
// JSON can be imported as it is). CSV: one `行,列,值` line per cell (UTF-8, optional header line
// `行,列,值`, blank lines ignored; an optional BOM is skipped). Every cell is required; counts are
// whole numbers ≥ 0; the fee is ≥ 0 万元 with at most four decimals. kInvalidArgument naming the
// line or key otherwise. Pure.
core::Result<domain::ProactiveFigures> ParseProactiveFigures(std::string_view text,
                                                             FiguresFormat format,
                                                             const std::string& agency_id,
                                                             int year);

}  // namespace gongkai::report
