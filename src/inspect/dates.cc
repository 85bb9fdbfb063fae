#include "inspect/dates.h"

#include <cstddef>

namespace gongkai::inspect {
namespace {

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

// Reads 1..max_digits digits at `pos`; nullopt when there is none or more follow.
std::optional<int> ReadNumber(std::string_view text, std::size_t& pos, std::size_t max_digits) {
  std::size_t end = pos;
  int value = 0;
  while (end < text.size() && IsDigit(text[end]) && end - pos < max_digits) {
    value = value * 10 + (text[end] - '0');
    ++end;
  }
  if (end == pos || (end < text.size() && IsDigit(text[end]))) {
    return std::nullopt;
  }
  pos = end;
  return value;
}

// The separator after the year or month: '-', '/', '.', "年" or "月"; its length or 0.
std::size_t SeparatorLength(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) {
    return 0;
  }
  if (text[pos] == '-' || text[pos] == '/' || text[pos] == '.') {
    return 1;
  }
  const std::string_view rest = text.substr(pos);
  if (rest.starts_with("年") || rest.starts_with("月")) {
    return 3;
  }
  return 0;
}

std::optional<core::Date> MakeDate(int year, int month, int day) {
  if (year < 1990 || year > 2100) {
    return std::nullopt;
  }
  auto date = core::Date::FromYmd(year, month, day);
  if (!date.has_value()) {
    return std::nullopt;
  }
  return *date;
}

// A date starting at `pos` (a four-digit year not preceded by a digit); advances `pos` past it.
std::optional<core::Date> DateAt(std::string_view text, std::size_t& pos) {
  std::size_t cursor = pos;
  if (cursor + 8 <= text.size() && IsDigit(text[cursor + 4])) {
    // Compact 20240305: exactly eight digits.
    const std::optional<int> compact = ReadNumber(text, cursor, 8);
    if (!compact || cursor - pos != 8) {
      return std::nullopt;
    }
    pos = cursor;
    return MakeDate(*compact / 10000, *compact / 100 % 100, *compact % 100);
  }
  const std::optional<int> year = ReadNumber(text, cursor, 4);
  if (!year || cursor - pos != 4) {
    return std::nullopt;
  }
  const std::size_t first_separator = SeparatorLength(text, cursor);
  if (first_separator == 0) {
    return std::nullopt;
  }
  cursor += first_separator;
  const std::optional<int> month = ReadNumber(text, cursor, 2);
  const std::size_t second_separator = month ? SeparatorLength(text, cursor) : 0;
  if (second_separator == 0 || (first_separator == 3) != (second_separator == 3)) {
    return std::nullopt;
  }
  cursor += second_separator;
  const std::optional<int> day = ReadNumber(text, cursor, 2);
  if (!day) {
    return std::nullopt;
  }
  pos = cursor;
  return MakeDate(*year, *month, *day);
}

}  // namespace

std::vector<core::Date> FindDates(std::string_view text) {
  std::vector<core::Date> dates;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!IsDigit(text[pos]) || (pos > 0 && IsDigit(text[pos - 1]))) {
      ++pos;
      continue;
    }
    std::size_t cursor = pos;
    if (const std::optional<core::Date> date = DateAt(text, cursor)) {
      dates.push_back(*date);
      pos = cursor;
      continue;
    }
    while (pos < text.size() && IsDigit(text[pos])) {
      ++pos;
    }
  }
  return dates;
}

std::optional<core::Date> ParseDateValue(std::string_view text) {
  const std::vector<core::Date> dates = FindDates(text);
  if (dates.empty()) {
    return std::nullopt;
  }
  return dates.front();
}

}  // namespace gongkai::inspect
