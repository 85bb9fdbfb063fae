// Reading the request table of section 三 (25 data rows × 7 columns) from the tokens of its lines,
// whatever the layout: labels and numbers one per line, label plus seven numbers on one line,
// wrapped labels with the numbers on the next or the middle line, floating or vertical group
// labels, HTML/DOCX rows whose group cells come before the row label.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "audit/layout_tokenizer.h"
#include "audit/row_label_matcher.h"
#include "domain/annual_report.h"
#include "domain/finding.h"

namespace gongkai::audit {

struct ParsedRequestRow {
  bool found = false;       // its label was recognised
  bool has_values = false;  // any value token was attributed to it
  domain::RequestRowCells cells;
  std::vector<domain::Finding> findings;  // about this row's cells
  // A fused run the row's own arithmetic left with several splits (cells null): each of them.
  std::vector<std::vector<std::int64_t>> candidates;
};

struct RequestTableResult {
  // Indexed by domain::RequestRow (26 entries: the 25 rows and the single 其他处理 row).
  std::array<ParsedRequestRow, domain::kRequestRowCount> rows;
  std::vector<domain::Finding> findings;  // about the table as a whole (numbers without a row)
  int rows_found = 0;
};

// Parses the tokens of section 三. Numbers go to the row whose label precedes them (a label keeps
// its numbers when a continuation line or a group label comes in between); numbers before any
// row label are reported, never guessed. Every row is then resolved with ResolveRow. Linear in the
// number of tokens; pure.
RequestTableResult ParseRequestTable(const LayoutLines& lines, const RowLabelMatcher& matcher);

}  // namespace gongkai::audit
