// ASCII case folding for what the auditor compares regardless of case: HTML tag and attribute
// names, charset labels, file extensions. Only 'A'-'Z' change; every other byte (UTF-8 included)
// is kept as it is.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::audit {

// Inline: scans run it for every byte.
inline char LowerAscii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Lower-cases `text` into `out`, reusing its buffer.
void AssignLowerAscii(std::string_view text, std::string& out);

// `text` with 'A'-'Z' lower-cased.
std::string LowerAscii(std::string_view text);

// True when `text` starts with `lower_prefix` (written in lower case), letters compared
// regardless of case.
bool StartsWithIgnoringAsciiCase(std::string_view text, std::string_view lower_prefix);

// True when `text` equals `lower` (written in lower case), letters compared regardless of case,
// as HTML compares attribute names.
bool EqualsIgnoringAsciiCase(std::string_view text, std::string_view lower);

}  // namespace gongkai::audit
