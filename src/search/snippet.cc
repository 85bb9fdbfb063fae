#include "search/snippet.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "search/text_normalizer.h"

namespace gongkai::search {
namespace {

// Marks the code points of `normalized` covered by an occurrence of a highlight. Highlights are
// matched by their bigrams, so a query word split differently in the text is still marked.
std::vector<bool> MarkMatches(const std::u32string& normalized,
                              const std::vector<std::u32string>& highlights) {
  std::vector<bool> marked(normalized.size(), false);
  const bool any_long = std::any_of(highlights.begin(), highlights.end(),
                                    [](const std::u32string& h) { return h.size() >= 2; });
  // Single characters count only when there is nothing longer to highlight.
  const size_t unit = any_long ? 2 : 1;
  std::unordered_set<std::u32string_view> pieces;
  for (const std::u32string& highlight : highlights) {
    for (size_t start = 0; start + unit <= highlight.size(); ++start) {
      pieces.insert(std::u32string_view(highlight).substr(start, unit));
    }
  }
  if (pieces.empty()) {
    return marked;
  }
  // One pass over the text, looking each piece up, so the cost is text + highlights, not their
  // product (a long pasted query against a long body took minutes; found by fuzz_search_query).
  const std::u32string_view text(normalized);
  for (size_t at = 0; at + unit <= text.size(); ++at) {
    if (pieces.contains(text.substr(at, unit))) {
      std::fill(marked.begin() + static_cast<std::ptrdiff_t>(at),
                marked.begin() + static_cast<std::ptrdiff_t>(at + unit), true);
    }
  }
  return marked;
}

void AppendEscaped(char32_t c, std::string& out) {
  switch (c) {
    case U'<':
      out += "&lt;";
      return;
    case U'>':
      out += "&gt;";
      return;
    case U'&':
      out += "&amp;";
      return;
    case U'"':
      out += "&quot;";
      return;
    case U'\n':
    case U'\r':
    case U'\t':
      out += ' ';
      return;
    default:
      out += EncodeUtf8(std::u32string_view(&c, 1));
  }
}

}  // namespace

std::string MakeSnippet(std::string_view text, const std::vector<std::u32string>& highlights,
                        const SnippetOptions& options) {
  const std::u32string original = DecodeUtf8(text);
  const std::vector<bool> marked = MarkMatches(NormalizeText(original), highlights);
  const size_t length = std::min(options.length, original.size());
  // Slide a window of `length` code points; keep the first with the most marked ones.
  size_t best_start = 0;
  size_t best_count = 0;
  size_t count = 0;
  for (size_t i = 0; i < original.size(); ++i) {
    count += marked[i] ? 1 : 0;
    if (i >= length) {
      count -= marked[i - length] ? 1 : 0;
    }
    if (i + 1 >= length && count > best_count) {
      best_count = count;
      best_start = i + 1 - length;
    }
  }
  std::string out;
  if (best_start > 0) {
    out += "…";
  }
  bool open = false;
  for (size_t i = best_start; i < best_start + length; ++i) {
    if (marked[i] != open) {
      out += marked[i] ? options.open : options.close;
      open = marked[i];
    }
    AppendEscaped(original[i], out);
  }
  if (open) {
    out += options.close;
  }
  if (best_start + length < original.size()) {
    out += "…";
  }
  return out;
}

}  // namespace gongkai::search
