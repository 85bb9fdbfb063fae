// The curated list of misused words and wrong forms of official names (data/inspect/wording.tsv,
// built into the program) and the search for them in page text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace gongkai::inspect {

struct WordingEntry {
  std::string wrong;
  std::string right;
  std::string kind;    // "typo" or "name"
  std::string source;  // the short source tag of wording.tsv
};

struct WordingHit {
  std::size_t entry = 0;  // index into WordingList::entries()
  std::string context;    // up to 12 characters either side, UTF-8
};

class WordingList {
 public:
  // Parses the TSV format of data/inspect/wording.tsv ('#' comments, kind "skip" ignored).
  // kInvalidArgument (Chinese message with the line number) for a line without four fields.
  static core::Result<WordingList> Parse(std::string_view tsv);
  // The list shipped with the program.
  static core::Result<WordingList> Builtin();

  const std::vector<WordingEntry>& entries() const { return entries_; }

  // Every occurrence of a wrong form in `text` (UTF-8), in entry order then text order.
  std::vector<WordingHit> Find(std::string_view text) const;

 private:
  std::vector<WordingEntry> entries_;
};

// Up to `chars` UTF-8 characters either side of text[offset, offset + length), never splitting
// a character.
std::string ContextAround(std::string_view text, std::size_t offset, std::size_t length,
                          std::size_t chars);

}  // namespace gongkai::inspect
