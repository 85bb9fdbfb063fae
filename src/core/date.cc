#include "core/date.h"

#include <cstdio>

namespace gongkai::core {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
std::int64_t DaysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
  int year;
  int month;
  int day;
};

Civil CivilFromDays(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

bool IsLeap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

}  // namespace

Result<Date> Date::FromYmd(int year, int month, int day) {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 ||
      day > DaysInMonth(year, month)) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return Error::InvalidArgument(std::string("日期不存在：") + buf);
  }
  return Date(DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
}

Result<Date> Date::Parse(std::string_view text) {
  auto bad = [&] {
    return Error::InvalidArgument("日期格式应为 YYYY-MM-DD，收到：“" + std::string(text) + "”");
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return bad();
  }
  int parts[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lengths[3] = {4, 2, 2};
  for (int i = 0; i < 3; ++i) {
    for (int k = 0; k < lengths[i]; ++k) {
      const char c = text[static_cast<std::size_t>(starts[i] + k)];
      if (c < '0' || c > '9') {
        return bad();
      }
      parts[i] = parts[i] * 10 + (c - '0');
    }
  }
  return FromYmd(parts[0], parts[1], parts[2]);
}

int Date::year() const {
  return CivilFromDays(days_).year;
}
int Date::month() const {
  return CivilFromDays(days_).month;
}
int Date::day() const {
  return CivilFromDays(days_).day;
}

Weekday Date::weekday() const {
  // 1970-01-01 was a Thursday (index 3 from Monday).
  const std::int64_t idx = ((days_ % 7) + 7 + 3) % 7;
  return static_cast<Weekday>(idx);
}

bool Date::IsWeekend() const {
  const Weekday w = weekday();
  return w == Weekday::kSaturday || w == Weekday::kSunday;
}

std::string Date::ToString() const {
  const Civil c = CivilFromDays(days_);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

std::string_view WeekdayName(Weekday weekday) {
  static constexpr std::string_view kNames[] = {"星期一", "星期二", "星期三", "星期四",
                                                "星期五", "星期六", "星期日"};
  return kNames[static_cast<int>(weekday)];
}

}  // namespace gongkai::core
