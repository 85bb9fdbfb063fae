// Highlighted snippets: the stretch of a document that best shows why it matched, with the
// query's words marked, HTML-escaped so a page can embed it as is.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::search {

struct SnippetOptions {
  size_t length = 80;  // code points of text shown
  std::string_view open = "<em>";
  std::string_view close = "</em>";
};

// The window of `text` (UTF-8) of at most options.length code points holding the most
// characters of `highlights` (normalised query words, see QueryPlan), with every occurrence of a
// highlight of two or more characters (or of the single-character ones when there is nothing
// longer) wrapped in open/close. Text outside the marks is HTML-escaped. The start of `text`
// when nothing matches.
std::string MakeSnippet(std::string_view text, const std::vector<std::u32string>& highlights,
                        const SnippetOptions& options = {});

}  // namespace gongkai::search
