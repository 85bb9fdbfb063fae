// The terms of Chinese government text, for indexing and for queries alike: every Han character,
// every pair of adjacent Han characters (so 2-character queries and words the dictionary lacks
// still match, and an abbreviation such as 特设 still meets 特种设备 through its characters),
// the dictionary words of three or more characters found by ICU's word break, Latin words and
// numbers, and 文号 such as 国办发(2019)19号 as one term each.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace gongkai::search {

// Which text gets ICU's dictionary segmentation, the slowest step of indexing.
enum class DictionaryWords { kYes, kNo };

// The prefix of a 文号 term ("#国办发(2019)19号"), so it cannot collide with a word.
inline constexpr std::string_view kDocNoPrefix = "#";

class Tokenizer {
 public:
  // Opens ICU's Chinese word break iterator. kUnavailable when ICU has no break data.
  static core::Result<Tokenizer> Create();
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;
  ~Tokenizer();

  // Calls `sink` with every term occurrence of `normalized` (text from NormalizeText), in text
  // order, repeated terms repeated. Not thread-safe (the ICU iterator is reused); use one
  // Tokenizer per thread.
  void ForEachTerm(std::u32string_view normalized, DictionaryWords words,
                   const std::function<void(std::string_view term)>& sink);

  // The dictionary words of `han_run` (a run of Han characters), as [begin, end) offsets.
  std::vector<std::pair<size_t, size_t>> SegmentWords(std::u32string_view han_run);

 private:
  struct Impl;
  explicit Tokenizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The index term of a normalised 文号: kDocNoPrefix + its UTF-8.
std::string DocNoTerm(std::u32string_view doc_no);

// The 文号 found in `normalized` text, each as its normalised form "国办发(2019)19号"; where the
// issuer code cannot be told from the Han text before it, every suffix of two to eight
// characters is given ("办发(2019)19号", "国办发(2019)19号", …).
std::vector<std::u32string> FindDocNumbers(std::u32string_view normalized);

}  // namespace gongkai::search
