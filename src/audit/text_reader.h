// Plain-text reports: a copy of a web page, or `pdftotext -layout` output whose table rows are
// columns of text separated by runs of spaces. Each line becomes a kText line of cells.
#pragma once

#include <string_view>

#include "audit/document.h"
#include "core/result.h"

namespace gongkai::audit {

// Decodes `bytes` (see DecodeToUtf8) and splits it into lines at "\n", "\r\n" or a lone "\r".
// A line holding '|' is split at every '|' and empty cells are dropped (`label | |||`); any other
// line is split at tabs and at runs of two or more spaces (ASCII or U+3000). Cell x_begin/x_end
// are character columns (one per code point, tab stops every 8 columns, end exclusive), which is
// how `pdftotext -layout` aligns columns: it gives a CJK character one column, not two. A form
// feed ends the page with a kPageBreak line; `page` counts form feeds. Blank lines are omitted;
// y_begin is the 0-based line number in the file, so gaps stay visible.
// Errors: kInvalidArgument for undecodable text. Thread-safe; time and memory are linear in the
// size of `bytes`.
core::Result<Document> ReadTextDocument(std::string_view bytes);

}  // namespace gongkai::audit
