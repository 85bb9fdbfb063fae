// The canonical JSON of an annual report (report-json.md): the one text form of
// domain::AnnualReport shared by the generator (`gongkai report --format json`), the auditor
// (`gongkai audit --json`) and the test fixtures. The header is free of any JSON library.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/annual_report.h"

namespace gongkai::report {

enum class JsonLayout {
  kPretty,   // 1-space indent, one value per line: byte-identical to the fixtures' layout
  kCompact,  // one line, no spaces
};

struct JsonOptions {
  JsonLayout layout = JsonLayout::kPretty;  // default: like the fixtures
};

// Prints `report` in the format of report-json.md: agency, year, template, proactive (rows and
// columns in the template's canonical order), requests (the 25 keys, or 23 with the single
// `其他处理` row; 7-element arrays, null for unknown cells), review_litigation (15), findings
// ({rule, severity, where, message}, plus "not_checkable": true when so). Sections absent from the
// report (pre-2019) print as null. Counts print as integers; an amount prints as an integer when
// it is whole. No trailing newline. Never fails; thread-safe; pure.
std::string ReportToJson(const domain::AnnualReport& report, const JsonOptions& options = {});

// Reads the JSON printed by ReportToJson (and the fixtures, whose prose keys `malformed`,
// `inconsistencies`, `notes` and `layout` are ignored). Cells missing from the text stay null.
// kInvalidArgument, with a Chinese message naming the offending key or position, when the text
// is not JSON, a key is unknown for the template, an array has the wrong length, or a cell is
// neither null nor a number of the right kind (requests and review cells must be integers).
// Thread-safe; pure.
core::Result<domain::AnnualReport> ReportFromJson(std::string_view json);

}  // namespace gongkai::report
