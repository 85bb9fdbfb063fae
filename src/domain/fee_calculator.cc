#include "domain/fee_calculator.h"

#include <algorithm>
#include <string>
#include <utility>

namespace gongkai::domain {
namespace {

// The last unit of the band that `unit` falls in (band edges of fees.md §4 and §5).
std::int64_t BandEnd(FeeMethod method, std::int64_t unit) {
  if (method == FeeMethod::kPerPage) {
    if (unit <= 30) {
      return 30;
    }
    if (unit <= 100) {
      return 100;
    }
    if (unit <= 200) {
      return 200;
    }
    return kMaxFeeUnits * 2;  // the last band is open-ended
  }
  if (unit <= 10) {
    return 10;
  }
  if (unit <= 30) {
    return 30;
  }
  return 30 + ((unit - 31) / 10 + 1) * 10;
}

std::int64_t Rate(FeeMethod method, std::int64_t unit) {
  return method == FeeMethod::kPerPage ? RatePerPage(unit) : RatePerPiece(unit);
}

// Splits the units first..last into bands and prices them.
FeeQuote Price(FeeMethod method, std::int64_t first, std::int64_t last) {
  FeeQuote quote;
  quote.method = method;
  for (std::int64_t unit = first; unit <= last;) {
    FeeBand band;
    band.first_unit = unit;
    band.last_unit = std::min(last, BandEnd(method, unit));
    band.rate_yuan = Rate(method, unit);
    quote.amount_yuan += band.amount_yuan();
    quote.bands.push_back(band);
    unit = band.last_unit + 1;
  }
  return quote;
}

core::Status CheckCount(std::int64_t value, std::int64_t minimum, const char* what) {
  if (value < minimum || value > kMaxFeeUnits) {
    return core::Error::InvalidArgument(std::string(what) + "应在 " + std::to_string(minimum) +
                                        " 到 " + std::to_string(kMaxFeeUnits) + " 之间，收到 " +
                                        std::to_string(value));
  }
  return core::Ok();
}

}  // namespace

std::string_view FeeMethodCode(FeeMethod method) {
  return method == FeeMethod::kPerPiece ? "per_piece" : "per_page";
}

std::string_view FeeMethodLabel(FeeMethod method) {
  return method == FeeMethod::kPerPiece ? "按件计收" : "按量计收";
}

std::optional<FeeMethod> FeeMethodFromCode(std::string_view code) {
  if (code == "per_piece") {
    return FeeMethod::kPerPiece;
  }
  if (code == "per_page") {
    return FeeMethod::kPerPage;
  }
  return std::nullopt;
}

std::int64_t RatePerPiece(std::int64_t k) {
  if (k <= 10) {
    return 0;
  }
  if (k <= 30) {
    return 100;
  }
  return 100 * (2 + (k - 31) / 10);
}

std::int64_t RatePerPage(std::int64_t p) {
  if (p <= 30) {
    return 0;
  }
  if (p <= 100) {
    return 10;
  }
  if (p <= 200) {
    return 20;
  }
  return 40;
}

std::vector<std::string> FeeQuote::TraceLines() const {
  const bool pages = method == FeeMethod::kPerPage;
  const std::string unit = pages ? "页" : "件";
  const std::string prefix = pages ? "第" : "本月第";
  std::vector<std::string> lines;
  for (const FeeBand& band : bands) {
    std::string line = prefix;
    line += std::to_string(band.first_unit) + "–" + std::to_string(band.last_unit) + unit;
    line += "：" + std::to_string(band.units()) + unit;
    line += " × " + std::to_string(band.rate_yuan) + "元/" + unit;
    line += " = " + std::to_string(band.amount_yuan()) + "元";
    lines.push_back(std::move(line));
  }
  lines.push_back("合计：" + std::to_string(amount_yuan) + "元");
  return lines;
}

core::Result<FeeQuote> ComputeFee(const FeeRequest& request) {
  if (request.per_piece.has_value() && request.pages.has_value()) {
    return core::Error::InvalidArgument(
        "同一申请不得同时按件和按量计收信息处理费（《政府信息公开信息处理费管理办法》第三条）");
  }
  if (request.pages.has_value()) {
    GONGKAI_TRY(CheckCount(*request.pages, 1, "页数"));
    return Price(FeeMethod::kPerPage, 1, *request.pages);
  }
  if (request.per_piece.has_value()) {
    const FeeRequest::PerPiece& piece = *request.per_piece;
    GONGKAI_TRY(CheckCount(piece.earlier_pieces_in_month, 0, "本月此前的申请件数"));
    GONGKAI_TRY(CheckCount(piece.pieces, 1, "本申请的件数"));
    const std::int64_t first = piece.earlier_pieces_in_month + 1;
    const std::int64_t last = piece.earlier_pieces_in_month + piece.pieces;
    if (last > kMaxFeeUnits) {
      return core::Error::InvalidArgument("本月累计件数超过 " + std::to_string(kMaxFeeUnits));
    }
    return Price(FeeMethod::kPerPiece, first, last);
  }
  return core::Error::InvalidArgument("请选择一种计收方式：按件计收或按量计收");
}

}  // namespace gongkai::domain
