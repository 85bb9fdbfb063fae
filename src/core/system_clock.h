// The real wall clock. Only app/ (and tools) construct it; everything else takes core::Clock&.
#pragma once

#include "core/clock.h"

namespace gongkai::core {

class SystemClock final : public Clock {
 public:
  std::int64_t NowMicros() const override;
};

}  // namespace gongkai::core
