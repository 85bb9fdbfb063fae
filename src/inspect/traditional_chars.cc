#include "inspect/traditional_chars.h"

#include <set>
#include <unordered_map>

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "inspect/wording.h"

namespace gongkai::inspect {
namespace {

// Characters the transform changes but which are standard in simplified text (通用规范汉字表):
// 著作, 乾隆/乾坤, 瞭望, 慰藉, 覆盖, 夥 (surname), 於 (surname), 徵 (宫商角徵羽).
constexpr std::u32string_view kAlsoSimplified = U"著乾瞭藉覆夥於徵仝";

bool IsHan(UChar32 c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

std::string Utf8(UChar32 c) {
  std::string out;
  icu::UnicodeString(c).toUTF8String(out);
  return out;
}

}  // namespace

struct TraditionalDetector::State {
  std::unique_ptr<icu::Transliterator> transform;
  std::unordered_map<UChar32, std::string> simplified;  // empty string: not traditional

  const std::string& Simplified(UChar32 c) {
    const auto found = simplified.find(c);
    if (found != simplified.end()) {
      return found->second;
    }
    icu::UnicodeString text(c);
    transform->transliterate(text);
    std::string result;
    if (text != icu::UnicodeString(c) &&
        kAlsoSimplified.find(static_cast<char32_t>(c)) == std::u32string_view::npos) {
      text.toUTF8String(result);
    }
    return simplified.emplace(c, std::move(result)).first->second;
  }
};

TraditionalDetector::TraditionalDetector(std::unique_ptr<State> state) : state_(std::move(state)) {}
TraditionalDetector::TraditionalDetector(TraditionalDetector&&) noexcept = default;
TraditionalDetector& TraditionalDetector::operator=(TraditionalDetector&&) noexcept = default;
TraditionalDetector::~TraditionalDetector() = default;

core::Result<TraditionalDetector> TraditionalDetector::Create() {
  UErrorCode status = U_ZERO_ERROR;
  auto state = std::make_unique<State>();
  state->transform.reset(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || state->transform == nullptr) {
    return core::Error::Internal("ICU 缺少繁简转换（Hant-Hans），无法检查繁体字");
  }
  return TraditionalDetector(std::move(state));
}

std::vector<TraditionalHit> TraditionalDetector::Find(std::string_view text, std::size_t max_hits) {
  std::vector<TraditionalHit> hits;
  std::set<UChar32> reported;
  const auto length = static_cast<int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  int32_t offset = 0;
  while (offset < length && hits.size() < max_hits) {
    const int32_t start = offset;
    UChar32 c = 0;
    U8_NEXT(text.data(), offset, length, c);
    if (c < 0 || !IsHan(c) || reported.count(c) != 0) {
      continue;
    }
    const std::string& simplified = state_->Simplified(c);
    if (simplified.empty()) {
      continue;
    }
    reported.insert(c);
    hits.push_back({Utf8(c), simplified,
                    ContextAround(text, static_cast<std::size_t>(start),
                                  static_cast<std::size_t>(offset - start), 12)});
  }
  return hits;
}

}  // namespace gongkai::inspect
