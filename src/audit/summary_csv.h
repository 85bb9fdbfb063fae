// The summary CSV of a batch audit, one row per file: UTF-8 with a byte-order mark (so that Excel
// shows the Chinese correctly), RFC 4180 quoting and CRLF line ends.
#pragma once

#include <string>
#include <string_view>

#include "audit/file_summary.h"

namespace gongkai::audit {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// The byte-order mark and the header line: path, status, agency, year, template, errors,
// warnings, null_cells, rules, first_error.
std::string SummaryCsvHeader();

// One data line (with CRLF) for `row`: status is ok / errors / unreadable, template is 2021 /
// 2019 / pre-2019, rules are the violated rule ids separated by spaces, unknown values are empty.
std::string SummaryCsvRow(const FileSummary& row);

// `field` as a CSV field: quoted (with quotes doubled) when it holds a comma, quote, CR or LF.
std::string CsvField(std::string_view field);

}  // namespace gongkai::audit
