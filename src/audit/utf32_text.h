// Code-point level text helpers for the layout parser: decoding UTF-8 to UTF-32 (labels are matched
// character by character), encoding back, and the character classes the parser needs.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::audit {

// Decodes UTF-8; an ill-formed or cut-off sequence becomes U+FFFD. Linear; thread-safe.
std::u32string DecodeUtf8(std::string_view text);

// DecodeUtf8At for the sequences outside its inline fast paths.
char32_t DecodeUtf8AtSlow(std::string_view text, std::size_t& i);

// Decodes the code point at byte `i` of `text` as DecodeUtf8 does and moves `i` past it.
// REQUIRES: i < text.size(). Inline: every decoding loop of the parser runs it per character.
inline char32_t DecodeUtf8At(std::string_view text, std::size_t& i) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char lead = bytes[i];
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  // U+1000-U+CFFF (lead bytes E1-EC: most CJK text) has no overlong or surrogate forms.
  if (lead >= 0xE1 && lead <= 0xEC && i + 2 < text.size() && (bytes[i + 1] & 0xC0) == 0x80 &&
      (bytes[i + 2] & 0xC0) == 0x80) {
    const char32_t c = (static_cast<char32_t>(lead & 0x0F) << 12) |
                       (static_cast<char32_t>(bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
    i += 3;
    return c;
  }
  return DecodeUtf8AtSlow(text, i);
}

// Same as DecodeUtf8, into `out` (replacing its content), so that a caller decoding many short
// texts can reuse one buffer.
void DecodeUtf8Into(std::string_view text, std::u32string& out);

// Encodes code points as UTF-8 (invalid code points become U+FFFD).
std::string EncodeUtf8(std::u32string_view text);

// Same, appended to `out`.
void AppendUtf8(std::u32string_view text, std::string& out);

// White space of any width: ASCII blanks, NBSP, U+2000-U+200B, U+202F, U+205F, U+3000, U+FEFF,
// line and paragraph separators, form feed. Inline, as the helpers below: they run for every
// character of every label.
inline bool IsSpaceChar(char32_t c) {
  if (c < 0x80) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
  if (c < 0x2000) {
    return c == 0xA0;
  }
  if (c > 0x3000) {
    return c == 0xFEFF;
  }
  return c <= 0x200B || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// A CJK unified ideograph (basic block, extension A, compatibility block, supplementary planes)
// or U+3007 (〇).
inline bool IsCjkChar(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;
}

inline bool IsAsciiDigit(char32_t c) {
  return c >= '0' && c <= '9';
}

// FoldChar for characters outside the fast paths below.
char32_t FoldPunctuation(char32_t c);

// Folds one character to the form the parser compares: full-width ASCII (U+FF01-U+FF5E) to ASCII,
// ideographic space to ' ', curly quotes to '"' / '\'', the dash family to '-', '．' to '.',
// '〔〕【】' to '()[]'. Other characters are returned unchanged.
inline char32_t FoldChar(char32_t c) {
  // ASCII, Latin and the CJK ideographs fold to themselves.
  return c < 0x2010 || (c >= 0x3400 && c < 0xF900) ? c : FoldPunctuation(c);
}

}  // namespace gongkai::audit
