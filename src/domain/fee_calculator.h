// The 信息处理费 calculator (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号; fees.md): the
// amount an organ may charge for one application, by piece (按件, per applicant and natural month)
// or by page (按量), both excess-progressive, with the band-by-band trace printed on the 收费通知.
// The charge is discretionary: the result is a proposal a person confirms.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace gongkai::domain {

enum class FeeMethod {
  kPerPiece,  // 按件计收 (Art. 4)
  kPerPage,   // 按量计收 (Art. 5)
};
// "per_piece" / "per_page" (the codes stored in CaseEvent::fee_method) and "按件计收" / "按量计收".
std::string_view FeeMethodCode(FeeMethod method);
std::string_view FeeMethodLabel(FeeMethod method);
std::optional<FeeMethod> FeeMethodFromCode(std::string_view code);

// The units of one application that fall in one band.
struct FeeBand {
  std::int64_t first_unit = 0;  // 1-based: the piece's ordinal in the month, or the page number
  std::int64_t last_unit = 0;
  std::int64_t rate_yuan = 0;  // per piece or per page
  std::int64_t units() const { return last_unit - first_unit + 1; }
  std::int64_t amount_yuan() const { return units() * rate_yuan; }
};

struct FeeQuote {
  FeeMethod method = FeeMethod::kPerPiece;
  std::int64_t amount_yuan = 0;
  std::vector<FeeBand> bands;  // in unit order; free bands included
  // The trace for the fee notice, one line per band, e.g. "第11–30件：20件 × 100元/件 = 2000元",
  // then "合计：2000元".
  std::vector<std::string> TraceLines() const;
};

// Rate of the k-th piece of one applicant in one natural month (fees.md §4): 0 for k ≤ 10, 100
// for 11..30, then +100 for every further band of 10 (31–40 → 200, 41–50 → 300, …).
// REQUIRES: k >= 1.
std::int64_t RatePerPiece(std::int64_t k);
// Rate of page p of one application: 0 (1–30), 10 (31–100), 20 (101–200), 40 (201+).
// REQUIRES: p >= 1.
std::int64_t RatePerPage(std::int64_t p);

// The largest counts accepted (far above any real request; keeps the sums exact).
inline constexpr std::int64_t kMaxFeeUnits = 1'000'000;

// What is being charged for one application: set exactly one of the two methods.
struct FeeRequest {
  struct PerPiece {
    std::int64_t earlier_pieces_in_month = 0;  // pieces of the same applicant earlier this month
    std::int64_t pieces = 1;  // pieces of this application (> 1 after 一事一申请 splitting)
  };
  std::optional<PerPiece> per_piece;
  std::optional<std::int64_t> pages;  // 按量: pages of this application
};

// Computes the fee. 按件: the pieces get the ordinals earlier+1 .. earlier+pieces of the month and
// each is charged at its band's rate; 按量: pages 1..pages at their bands' rates.
// kInvalidArgument when both methods or neither are chosen (办法 Art. 3: one method per
// application), or a count is negative, zero (pieces, pages) or above kMaxFeeUnits.
core::Result<FeeQuote> ComputeFee(const FeeRequest& request);

}  // namespace gongkai::domain
