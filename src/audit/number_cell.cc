#include "audit/number_cell.h"

#include <cmath>

#include "audit/label_normalizer.h"
#include "audit/utf32_text.h"
#include "core/check.h"

namespace gongkai::audit {
namespace {

bool IsPlaceholder(std::u32string_view folded) {
  if (folded == U"无" || folded == U"/" || folded == U"\\" || folded == U"空") {
    return true;
  }
  if (folded.empty() || folded.size() > 3) {
    return false;
  }
  for (char32_t c : folded) {
    if (c != '-') {
      return false;
    }
  }
  return true;
}

// Validates "1,234,567": the first group 1-3 digits, every later group exactly 3.
bool ValidThousands(std::u32string_view integer_part) {
  std::size_t group = 0;
  bool first = true;
  for (char32_t c : integer_part) {
    if (c == ',') {
      if ((first && (group == 0 || group > 3)) || (!first && group != 3)) {
        return false;
      }
      first = false;
      group = 0;
    } else {
      ++group;
    }
  }
  return first || group == 3;
}

struct Numeral {
  bool ok = false;
  bool negative = false;
  std::u32string digits;  // integer digits without commas
  std::u32string fraction;
  bool had_point = false;
};

Numeral SplitNumeral(std::u32string_view folded) {
  Numeral n;
  std::size_t pos = 0;
  if (!folded.empty() && (folded[0] == '-' || folded[0] == '+')) {
    n.negative = folded[0] == '-';
    pos = 1;
  }
  const std::size_t point = folded.find('.', pos);
  const std::u32string_view integer = folded.substr(
      pos, point == std::u32string_view::npos ? std::u32string_view::npos : point - pos);
  if (integer.empty() || !IsAsciiDigit(integer.front()) || !ValidThousands(integer)) {
    return n;
  }
  for (char32_t c : integer) {
    if (c != ',') {
      if (!IsAsciiDigit(c)) {
        return n;
      }
      n.digits.push_back(c);
    }
  }
  if (point != std::u32string_view::npos) {
    n.had_point = true;
    n.fraction = std::u32string(folded.substr(point + 1));
    if (n.fraction.empty()) {
      return n;
    }
    for (char32_t c : n.fraction) {
      if (!IsAsciiDigit(c)) {
        return n;
      }
    }
  }
  n.ok = n.digits.size() + n.fraction.size() <= 15;
  return n;
}

}  // namespace

bool LooksLikeNumberCell(std::u32string_view folded) {
  if (IsPlaceholder(folded)) {
    return true;
  }
  std::size_t pos = (!folded.empty() && (folded[0] == '-' || folded[0] == '+')) ? 1 : 0;
  if (pos >= folded.size() || !IsAsciiDigit(folded[pos])) {
    return false;
  }
  for (; pos < folded.size(); ++pos) {
    const char32_t c = folded[pos];
    if (!IsAsciiDigit(c) && c != ',' && c != '.') {
      return false;
    }
  }
  // "1." and "1、" are the numbering of a label printed apart from its text, not a value.
  return IsAsciiDigit(folded.back());
}

NumberCell ParseNumberCell(std::string_view text) {
  NumberCell cell;
  const std::u32string folded = FoldCompact(DecodeUtf8(text));
  cell.text = EncodeUtf8(folded);
  if (folded.empty() || IsPlaceholder(folded)) {
    cell.kind = CellKind::kBlank;
    return cell;
  }
  const Numeral n = SplitNumeral(folded);
  if (!n.ok) {
    cell.kind = CellKind::kMalformed;
    return cell;
  }
  double value = 0;
  for (char32_t c : n.digits) {
    value = value * 10 + static_cast<double>(c - '0');
  }
  double scale = 0.1;
  for (char32_t c : n.fraction) {
    value += static_cast<double>(c - '0') * scale;
    scale /= 10;
  }
  cell.kind = CellKind::kValue;
  // Round away binary noise from the digit-by-digit sum ("38.949" must print back as 38.949).
  const double factor = std::pow(10.0, static_cast<double>(n.fraction.size()));
  cell.value = (n.negative ? -1.0 : 1.0) * std::round(value * factor) / factor;
  cell.integral = n.fraction.empty();
  cell.leading_zero = n.digits.size() > 1 && n.digits[0] == '0';
  return cell;
}

namespace {

struct SplitSearch {
  std::string_view digits;
  int cell_count;
  int solutions = 0;
  std::vector<std::int64_t> current;
  std::vector<std::int64_t> found;
};

// Reads digits[begin, end) as a number without a leading zero; nullopt when it has one.
std::optional<std::int64_t> ReadPart(std::string_view digits, std::size_t begin, std::size_t end) {
  if (end - begin > 1 && digits[begin] == '0') {
    return std::nullopt;
  }
  std::int64_t value = 0;
  for (std::size_t i = begin; i < end; ++i) {
    value = value * 10 + (digits[i] - '0');
  }
  return value;
}

// Depth-first over the cut positions; stops as soon as a second split is found.
void Search(SplitSearch& s, std::size_t begin, std::int64_t sum) {
  const int placed = static_cast<int>(s.current.size());
  const std::size_t remaining = s.digits.size() - begin;
  if (placed == s.cell_count - 1) {
    const auto total = ReadPart(s.digits, begin, s.digits.size());
    if (total.has_value() && *total == sum && ++s.solutions == 1) {
      s.found = s.current;
      s.found.push_back(*total);
    }
    return;
  }
  const std::size_t cells_left = static_cast<std::size_t>(s.cell_count - placed);
  for (std::size_t length = 1; length + cells_left - 1 <= remaining && s.solutions < 2; ++length) {
    const auto part = ReadPart(s.digits, begin, begin + length);
    if (!part.has_value()) {
      break;  // a longer part would keep the same leading zero
    }
    s.current.push_back(*part);
    Search(s, begin + length, sum + *part);
    s.current.pop_back();
  }
}

}  // namespace

FusedSplit SplitFusedRun(std::string_view digits, int cell_count) {
  GONGKAI_CHECK(cell_count >= 2);  // a split needs parts and a total
  FusedSplit result;
  if (digits.size() < static_cast<std::size_t>(cell_count) || digits.size() > 24) {
    return result;
  }
  for (char c : digits) {
    if (c < '0' || c > '9') {
      return result;
    }
  }
  SplitSearch search{digits, cell_count, 0, {}, {}};
  Search(search, 0, 0);
  if (search.solutions == 1) {
    result.outcome = SplitOutcome::kUnique;
    result.cells = std::move(search.found);
  } else if (search.solutions > 1) {
    result.outcome = SplitOutcome::kSeveral;
  }
  return result;
}

}  // namespace gongkai::audit
