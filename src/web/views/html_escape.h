// Escaping of untrusted text for HTML element content and attribute values.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::web {

// Replaces & < > " ' with character references, so the result is safe inside element content and
// inside single- or double-quoted attribute values. Pure.
std::string HtmlEscape(std::string_view text);

// Percent-encodes `text` for use as one URL path segment or query value (RFC 3986 unreserved
// characters are kept). Pure.
std::string UrlEncode(std::string_view text);

}  // namespace gongkai::web
