// Deciding the cells of one table row from the value tokens found after its label. The rule is:
// place a number only where its column is certain; everything else is null plus a finding that
// names the row (and column) in the report's words.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "audit/layout_tokenizer.h"
#include "domain/finding.h"

namespace gongkai::audit {

// The value tokens (kNumber / kBlank) one source line contributed to a row.
struct CellRun {
  std::vector<LayoutToken> tokens;
};

// The same, as pointers to tokens held elsewhere (a parser's LayoutLines), so that a parser need
// not copy every value token it collects.
using TokenRun = std::span<const LayoutToken* const>;

struct RowSpec {
  int cell_count = 7;
  bool integers = true;           // counts: a printed fraction is malformed
  bool split_fused_runs = false;  // the last cell is the sum of the others (request rows)
  bool review_groups = false;     // groups of five cells, four results summing to a total (四)
  std::string row_where;          // the row, for row-level findings
  // When set, computes row_where instead, only when a finding needs it (most rows have none).
  std::function<std::string()> row_where_later;

  std::string RowWhere() const { return row_where_later ? row_where_later() : row_where; }
  std::function<std::string(int column)> cell_where;   // one cell, for cell-level findings
  std::function<std::string(int column)> column_name;  // e.g. "自然人"
  // Column centres learnt from complete rows of the same table (x positions), when known.
  std::optional<std::vector<double>> column_centres;
};

struct ResolvedRow {
  std::vector<std::optional<double>> cells;  // spec.cell_count entries
  // When a fused run left several splits (cells all null, a cells.fused_run finding): each of
  // them, for the table's own arithmetic to choose from.
  std::vector<std::vector<std::int64_t>> candidates;
  std::vector<domain::Finding> findings;
};

// Resolves a row:
// - The first run alone, when it holds exactly cell_count tokens and more runs follow: a row
//   printed on one line is whole; the later runs are cells.unplaced.
// - Otherwise all runs in order. Exactly cell_count tokens: each is parsed (blank, leading-zero
//   and malformed cells become findings). More: cells.extra, all null.
// - Fewer: a single run of fused digits is split when only one split makes the first cells sum to
//   the last (cells.split_run); tokens with x positions are placed by column when every one is
//   unambiguously near a learnt column centre. Otherwise, when every printed number is the same
//   value, the printed values fill the leading cells and the trailing ones are null; when they
//   differ, every cell is null. Either way cells.missing says how many numbers were printed. Why
//   equal values may be filled: with one cell missing and the last cell the sum of the others, a
//   run of equal values v can only lack the total (v > 0: five v plus a missing x cannot give v) or
//   be all zero (v = 0), so the leading cells are exactly right; with more cells missing it is the
//   reading of the project's fixtures (report-json.md), and the finding says the columns were
//   assumed. Differing values have no such argument, so they are never placed.
// Pure; thread-safe.
ResolvedRow ResolveRow(const std::vector<CellRun>& runs, const RowSpec& spec);

// Same, for runs of token pointers.
ResolvedRow ResolveRow(std::span<const TokenRun> runs, const RowSpec& spec);

// Centre of a token's x span, when it has one.
std::optional<double> TokenCentre(const LayoutToken& token);

}  // namespace gongkai::audit
