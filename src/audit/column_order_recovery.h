// Recovering the request table of section 三 when the layout printed its numbers apart from their
// row labels, partly row by row and partly column by column (plain `pdftotext` without -layout).
// The numbers are placed only where the table's own arithmetic leaves exactly one reading, and
// every row placed that way gets a cells.column_order warning.
#pragma once

#include <cstddef>
#include <optional>
#include <span>

#include "audit/layout_tokenizer.h"
#include "audit/request_table_parser.h"
#include "domain/report_taxonomy.h"

namespace gongkai::audit {

// A value token of the table, in reading order, with the row whose label was printed last before
// it (nullopt for numbers printed before any row label).
struct SequencedValue {
  const LayoutToken* token = nullptr;
  std::optional<domain::RequestRow> owner;
};

// The most numbers a request table has (25 rows × 7 cells); longer sequences are never read.
inline constexpr std::size_t kMaxTableValues = 175;

// True when some row of the table was left without complete values: only then is recovery worth
// trying. O(rows); pure.
bool NeedsColumnOrderRecovery(const RequestTableResult& table);

// Tries to read the table from the sequence of all its numbers. The model (docs/REPORT-RULES.md,
// cells.column_order): the numbers come in the template's row order, cut into bands of k
// consecutive rows; a band of one row is printed row by row (its seven cells), a band of k ≥ 2
// rows column by column (the k 自然人 cells, then the k 商业企业 cells, … then the k 总计 cells).
// A band fits when every row of it adds up (six applicant cells sum to the 总计 cell), every row
// label printed before numbers names a row of the band its first number falls in, and every row
// the ordinary reading already filled gets the same cells. A reading cuts all the numbers into
// fitting bands; of the readings with different cells, only those whose table passes
// requests.outcome_total and requests.balance count. The table is rewritten only when every
// template row's label was found, every number is a plain count, the numbers fill the template
// exactly and exactly one set of cells is left; then the rows that had no complete values get
// those cells and a cells.column_order warning, and the cells.unplaced findings (numbers no row
// could take) are dropped. Otherwise `table` is left as it is. Returns whether it was rewritten.
// REQUIRES: `values` in reading order; each token outlives the call. Sequences longer than
// kMaxTableValues are refused at once; otherwise the work is bounded (at most 25 × 25 bands, at
// most 16 distinct readings kept per starting row). Pure apart from `table`.
bool RecoverColumnOrder(std::span<const SequencedValue> values, RequestTableResult& table);

}  // namespace gongkai::audit
