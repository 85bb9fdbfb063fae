// Splitting fused value runs: a row printed as value tokens that hold several cells each
// ("120000012", "3 0 0 0 0 03", "0+11"). Every way of cutting the tokens into the row's cells is
// enumerated, each number written as a table prints it (no leading zero, a sign only at the start
// of a token); the caller's arithmetic says which of them the table allows.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::audit {

using CellValues = std::vector<std::int64_t>;

// Accepts or rejects a complete candidate split (cell_count values).
using SplitRule = std::function<bool(const CellValues& cells)>;

struct SplitCandidates {
  std::vector<CellValues> splits;  // the accepted splits, at most `limit`
  bool truncated = false;          // more than `limit` were accepted, or the search was cut short
  bool readable = true;  // false when a token is not a run of digits or the row is too long
};

// True when `token` is a run of ASCII digits, optionally led by '+' or '-'.
bool IsDigitRun(std::string_view token);

// Every split of `tokens` into `cell_count` numbers (each token giving one or more of them, in
// order) that `rule` accepts, up to `limit` of them. Tokens that are not digit runs, more than 40
// digits in all, or fewer digits than cells give readable = false or no split. `rule` may be empty
// (every split is accepted). Pure; the search tries at most 200,000 numbers, then stops with
// truncated = true (the caller must then not take any split).
SplitCandidates EnumerateSplits(std::span<const std::string_view> tokens, int cell_count,
                                const SplitRule& rule, std::size_t limit);

// "12、0、0、0、0、0、12": a split as findings quote it.
std::string JoinCellValues(const CellValues& cells);

// The rule of a request-table row: the first cell_count - 1 cells sum to the last.
bool LastIsSum(const CellValues& cells);

// The rule of table 四: each group of five cells has four results summing to its total.
bool GroupsOfFiveSum(const CellValues& cells);

}  // namespace gongkai::audit
