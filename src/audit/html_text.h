// Decoding the text between HTML tags: character references (&nbsp; &ldquo; &#8220; &#x4E00;)
// and white space, as a browser renders text outside <pre>.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::audit {

enum class HtmlWhitespace {
  kCollapse,        // tab, CR, LF and FF become spaces (normal flow)
  kKeepLineBreaks,  // inside <pre>: line feeds stay, CR is dropped, tab and FF become spaces
};

// Appends `raw` to `out` with its character references decoded: numeric ones (with the HTML5
// remapping of 0x80-0x9F to Windows-1252 and U+FFFD for invalid code points) and the named
// ones a report plausibly uses (punctuation, spaces, symbols, Greek); an unknown reference is
// kept literally. Append-style so that a page is decoded into one growing buffer.
void AppendHtmlText(std::string& out, std::string_view raw, HtmlWhitespace whitespace);

}  // namespace gongkai::audit
