// A clock for crawl tests: real elapsed time (the crawler's back-off and rate limits need time
// to pass) starting from a fixed day, so that freshness rules never depend on today's date.
#pragma once

#include <chrono>

#include "core/clock.h"

namespace gongkai::inspect {

class ForTestingShiftedClock final : public core::Clock {
 public:
  // Starts at 09:00 China Standard Time on `date`.
  explicit ForTestingShiftedClock(core::Date date)
      : base_micros_((date.day_number() * 86'400LL + 3600LL) * 1'000'000),
        start_(std::chrono::steady_clock::now()) {}

  std::int64_t NowMicros() const override {
    const auto elapsed = std::chrono::steady_clock::now() - start_;
    return base_micros_ + std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count();
  }

 private:
  std::int64_t base_micros_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace gongkai::inspect
