// Clock: the one way code learns "now". Injected everywhere because deadline rules depend on today.
#pragma once

#include <cstdint>

#include "core/date.h"

namespace gongkai::core {

class Clock {
 public:
  virtual ~Clock() = default;
  // Current instant in microseconds since the Unix epoch (UTC). Thread-safe.
  virtual std::int64_t NowMicros() const = 0;
  // Today's civil date in China Standard Time (UTC+8), the zone in which statutory days are
  // counted.
  Date Today() const {
    constexpr std::int64_t kMicrosPerDay = 86'400'000'000;
    constexpr std::int64_t kCstOffset = 8LL * 3'600'000'000;
    const std::int64_t local = NowMicros() + kCstOffset;
    const std::int64_t days =
        local >= 0 ? local / kMicrosPerDay : (local - kMicrosPerDay + 1) / kMicrosPerDay;
    return Date::FromDayNumber(days);
  }
};

// A clock whose time is set by hand: for tests.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(std::int64_t now_micros = 0) : now_(now_micros) {}
  std::int64_t NowMicros() const override { return now_; }
  void Set(std::int64_t now_micros) { now_ = now_micros; }
  void Advance(std::int64_t micros) { now_ += micros; }
  // Sets the time to 09:00 China Standard Time on `date`.
  void SetDate(Date date) { now_ = (date.day_number() * 86'400LL + 3600LL) * 1'000'000; }

 private:
  std::int64_t now_;
};

}  // namespace gongkai::core
