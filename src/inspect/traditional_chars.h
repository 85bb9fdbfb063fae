// Traditional characters on a simplified-Chinese page, told by ICU's Hant-Hans transliterator
// (ICU is already linked for the charset decoding; Debian's OpenCC data would need libopencc).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace gongkai::inspect {

struct TraditionalHit {
  std::string character;   // the traditional character, UTF-8
  std::string simplified;  // its simplified form
  std::string context;     // up to 12 characters either side
};

class TraditionalDetector {
 public:
  // kInternal when ICU lacks the Hant-Hans transform (a broken ICU data package).
  static core::Result<TraditionalDetector> Create();

  TraditionalDetector(TraditionalDetector&&) noexcept;
  TraditionalDetector& operator=(TraditionalDetector&&) noexcept;
  ~TraditionalDetector();

  // The traditional characters in `text` (UTF-8), at most `max_hits`, one hit per distinct
  // character. Characters that are also standard simplified (著, 乾, 瞭, 藉, …) are not hits.
  // Not thread-safe: it caches the answer per character.
  std::vector<TraditionalHit> Find(std::string_view text, std::size_t max_hits);

 private:
  struct State;
  explicit TraditionalDetector(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace gongkai::inspect
