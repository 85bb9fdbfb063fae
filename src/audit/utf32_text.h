// Code-point level text helpers for the layout parser: decoding UTF-8 to UTF-32 (labels are matched
// character by character), encoding back, and the character classes the parser needs.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::audit {

// Decodes UTF-8; an ill-formed or cut-off sequence becomes U+FFFD. Linear; thread-safe.
std::u32string DecodeUtf8(std::string_view text);

// Encodes code points as UTF-8 (invalid code points become U+FFFD).
std::string EncodeUtf8(std::u32string_view text);

// White space of any width: ASCII blanks, NBSP, U+2000-U+200B, U+202F, U+205F, U+3000, U+FEFF,
// line and paragraph separators, form feed.
bool IsSpaceChar(char32_t c);

// A CJK unified ideograph (basic block, extension A, compatibility block, supplementary planes)
// or U+3007 (〇).
bool IsCjkChar(char32_t c);

bool IsAsciiDigit(char32_t c);

// Folds one character to the form the parser compares: full-width ASCII (U+FF01-U+FF5E) to ASCII,
// ideographic space to ' ', curly quotes to '"' / '\'', the dash family to '-', '．' to '.',
// '〔〕【】' to '()[]'. Other characters are returned unchanged.
char32_t FoldChar(char32_t c);

}  // namespace gongkai::audit
