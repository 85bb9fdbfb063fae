// HTML that is not in an .html file: a saved page whose report sits inside a JavaScript string
// literal (`let content = "<p style=\"…\">…<table>…";`, with \" and \n escapes). The literal is
// found and unescaped, so that the HTML reader reads the markup.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::audit {

// The unescaped content of the longest string literal ("…", '…' or `…`) in `bytes` whose content
// starts with '<' and holds a table (<table or <td), or nullopt when there is none. Escapes: \" \'
// \` \\ \/ \n \r \t \uXXXX (BMP, surrogate pairs joined); others keep the escaped character.
// Pure; linear in the size of `bytes`.
std::optional<std::string> HtmlFromJsString(std::string_view bytes);

}  // namespace gongkai::audit
