// The demo data's source of randomness: std::mt19937 (whose output sequence the standard fixes)
// with our own range mapping, so a seed gives the same data set with every standard library.
#pragma once

#include <cstdint>
#include <random>
#include <span>

#include "core/check.h"

namespace gongkai::report::internal {

class DemoRandom {
 public:
  explicit DemoRandom(std::uint32_t seed) : engine_(seed) {}

  // A whole number in [low, high]. REQUIRES: low <= high.
  int Uniform(int low, int high) {
    GONGKAI_CHECK(low <= high);  // callers pass literal ranges
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<int>(engine_() % span);
  }

  // True with probability `p` (0..1).
  bool Chance(double p) { return static_cast<double>(engine_()) / 4294967296.0 < p; }

  // An index drawn with the given non-negative weights. REQUIRES: some weight > 0.
  std::size_t Weighted(std::span<const int> weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    GONGKAI_CHECK(total > 0);  // weight tables are constants
    int draw = Uniform(0, total - 1);
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (draw < weights[i]) {
        return i;
      }
      draw -= weights[i];
    }
    return weights.size() - 1;
  }

  // One element of a non-empty list.
  template <typename T>
  const T& Pick(std::span<const T> items) {
    GONGKAI_CHECK(!items.empty());  // word lists are constants
    return items[static_cast<std::size_t>(Uniform(0, static_cast<int>(items.size()) - 1))];
  }

  std::mt19937& engine() { return engine_; }

 private:
  std::mt19937 engine_;
};

}  // namespace gongkai::report::internal
