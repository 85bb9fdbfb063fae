// libFuzzer target for the robots.txt parser and matcher (RFC 9309): any body, any path. The
// first byte splits the input into the robots.txt body and a path to match.
//
//   ninja -C build-fuzz fuzz_robots
//   build-fuzz/fuzz/fuzz_robots -max_total_time=30 -timeout=10
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "inspect/robots.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) {
    return 0;
  }
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::size_t split = data[0] % (input.size() + 1);
  const std::string_view body = input.substr(0, split);
  const std::string path = "/" + std::string(input.substr(split));
  const auto rules = gongkai::inspect::RobotsRules::Parse(body, "gongkai");
  (void)rules.Allows(path);
  (void)gongkai::inspect::RobotsPatternMatches(body.substr(0, 64), path);
  return 0;
}
