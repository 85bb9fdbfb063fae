// libFuzzer target for reading text whose lines are gone: any bytes, decoded as UTF-8, go through
// the fused-text segmenter, and the value tokens it finds through the fused-run splitter with the
// row rules of tables 三 and 四 and without a rule. Never a crash, hang or sanitizer report; every
// split has exactly the cells asked for and satisfies its rule.
//
// Build and run: scripts/fuzz.sh SECONDS (clang, -DGONGKAI_FUZZ=ON).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "audit/fused_run_splitter.h"
#include "audit/fused_text_segmenter.h"
#include "audit/utf32_text.h"

namespace {

void CheckSplits(const std::vector<std::string>& tokens, int cells,
                 const gongkai::audit::SplitRule& rule) {
  std::vector<std::string_view> views(tokens.begin(), tokens.end());
  const auto found = gongkai::audit::EnumerateSplits(views, cells, rule, 64);
  for (const auto& split : found.splits) {
    if (split.size() != static_cast<std::size_t>(cells) || (rule && !rule(split))) {
      __builtin_trap();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::u32string text = gongkai::audit::DecodeUtf8(bytes);
  for (const gongkai::audit::SegmentedLine& line : gongkai::audit::SegmentFusedText(text)) {
    std::vector<std::string> tokens;
    for (const std::u32string& value : line.values) {
      tokens.push_back(gongkai::audit::EncodeUtf8(value));
    }
    if (tokens.empty() || tokens.size() > 15) {
      continue;
    }
    CheckSplits(tokens, 3, {});
    CheckSplits(tokens, 7, gongkai::audit::LastIsSum);
    CheckSplits(tokens, 15, gongkai::audit::GroupsOfFiveSum);
  }
  return 0;
}
