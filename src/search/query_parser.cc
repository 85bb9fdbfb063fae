#include "search/query_parser.h"

#include "search/text_normalizer.h"
#include "search/tokenizer.h"

namespace gongkai::search {
namespace {

// The closing mark of a phrase opened by `c`, or 0 when `c` opens none.
char32_t PhraseClose(char32_t c) {
  switch (c) {
    case U'"':
      return U'"';
    case U'“':
      return U'”';
    case U'「':
      return U'」';
    case U'『':
      return U'』';
    case U'《':
      return U'》';
    default:
      return 0;
  }
}

}  // namespace

ParsedQuery ParseQuery(std::string_view query) {
  std::u32string normalized = NormalizeText(DecodeUtf8(query));
  if (normalized.size() > kMaxQueryLength) {
    normalized.resize(kMaxQueryLength);
  }
  ParsedQuery parsed;
  size_t i = 0;
  while (i < normalized.size()) {
    const char32_t close = PhraseClose(normalized[i]);
    const size_t end = close == 0 ? std::u32string::npos : normalized.find(close, i + 1);
    if (end == std::u32string::npos) {
      if (close == 0) {
        parsed.text.push_back(normalized[i]);
      } else {
        parsed.text.push_back(U' ');  // an unclosed quote is ignored
      }
      ++i;
      continue;
    }
    std::u32string phrase = normalized.substr(i + 1, end - i - 1);
    if (!phrase.empty()) {
      parsed.phrases.push_back(phrase);
    }
    parsed.text += U' ';
    parsed.text += phrase;
    parsed.text += U' ';
    i = end + 1;
  }
  parsed.doc_nos = FindDocNumbers(parsed.text);
  return parsed;
}

}  // namespace gongkai::search
