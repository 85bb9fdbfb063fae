// Reading one printed table cell as a number: "0", "1,234", "38.949", "00" (a typing slip read as
// 0), "-" / "—" / "/" / "无" / blank (no value), and splitting runs of digits that a layout fused
// together ("640020470" for 64 | 0 | 0 | 2 | 0 | 4 | 70) when the row's arithmetic allows only one
// split.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::audit {

enum class CellKind {
  kValue,      // a number
  kBlank,      // left empty or printed as a dash, slash or 无: no value
  kMalformed,  // text that is not a number
};

struct NumberCell {
  CellKind kind = CellKind::kBlank;
  double value = 0;           // when kValue
  bool integral = true;       // no fractional part was printed
  bool leading_zero = false;  // "00", "012": read as the number, but worth a warning
  std::string text;           // as printed, trimmed (empty for a blank cell)
};

// True when `folded` (FoldChar-ed, no white space) is a token a table prints in a value cell: a
// number with optional sign, thousands commas and decimals, or a placeholder (-, --, /, 无).
bool LooksLikeNumberCell(std::u32string_view folded);

// Parses a printed cell. Never fails: what is not a number comes back kMalformed. Thread-safe.
NumberCell ParseNumberCell(std::string_view text);

enum class SplitOutcome { kUnique, kNone, kSeveral };

struct FusedSplit {
  SplitOutcome outcome = SplitOutcome::kNone;
  std::vector<std::int64_t> cells;  // when kUnique: `cell_count` values, the last being the total
};

// Splits a run of ASCII digits into `cell_count` numbers written without leading zeros such that
// the first cell_count - 1 numbers sum to the last one. Reports whether exactly one split fits.
// Runs longer than 24 digits, or shorter than cell_count, give kNone. REQUIRES: cell_count >= 2.
FusedSplit SplitFusedRun(std::string_view digits, int cell_count);

}  // namespace gongkai::audit
