// Escaping of untrusted text for HTML element content and attribute values, shared by every
// module that writes HTML (web pages, the inspection report).
#pragma once

#include <string>
#include <string_view>

namespace gongkai::core {

// Replaces & < > " ' with character references, so the result is safe inside element content and
// inside single- or double-quoted attribute values. Bytes are copied as they are (callers that
// may hold invalid UTF-8 sanitise first). Pure.
std::string HtmlEscape(std::string_view text);

}  // namespace gongkai::core
