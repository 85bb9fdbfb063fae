// A civil (proleptic Gregorian) calendar date without time zone: the unit in which every statutory
// period of the Regulation is counted.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace gongkai::core {

enum class Weekday { kMonday = 0, kTuesday, kWednesday, kThursday, kFriday, kSaturday, kSunday };

class Date {
 public:
  // 1970-01-01.
  constexpr Date() = default;

  // Builds a date; kInvalidArgument when the day does not exist (e.g. 2023-02-29) or the year is
  // outside 1900..2999, the range any disclosure record can have.
  static Result<Date> FromYmd(int year, int month, int day);

  // Parses exactly "YYYY-MM-DD"; kInvalidArgument with a Chinese message naming the text otherwise.
  static Result<Date> Parse(std::string_view text);

  // Days since 1970-01-01 (negative before). Total order and arithmetic go through this.
  static constexpr Date FromDayNumber(std::int64_t days) { return Date(days); }
  constexpr std::int64_t day_number() const { return days_; }

  int year() const;
  int month() const;
  int day() const;
  Weekday weekday() const;
  bool IsWeekend() const;

  Date AddDays(std::int64_t n) const { return Date(days_ + n); }
  std::string ToString() const;  // "YYYY-MM-DD"

  friend constexpr auto operator<=>(const Date&, const Date&) = default;

 private:
  explicit constexpr Date(std::int64_t days) : days_(days) {}
  std::int64_t days_ = 0;
};

// Chinese weekday name, e.g. "星期一".
std::string_view WeekdayName(Weekday weekday);

}  // namespace gongkai::core
