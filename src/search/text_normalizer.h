// Search normalisation: the one folding applied alike to documents and queries, so that what a
// person types (half-width digits, Latin capitals, 文号 brackets of any kind) meets what was
// published. Folding is one code point to one code point, so offsets into the normalised text
// are offsets into the original text too (snippets rely on it).
#pragma once

#include <string>
#include <string_view>

namespace gongkai::search {

// Decodes UTF-8 into code points. Malformed bytes become U+FFFD, one per byte, so the result is
// total and never reads past `utf8`.
std::u32string DecodeUtf8(std::string_view utf8);

// Encodes code points as UTF-8 (U+FFFD for values that are not scalar values).
std::string EncodeUtf8(std::u32string_view text);

// Folds one code point: full-width ASCII forms and the ideographic space to ASCII, ASCII capitals
// to lower case, and every bracket a 文号 is typed with (〔〕 [] 【】 () （） ［］ 〖〗) to '('
// ')'.
char32_t FoldCodePoint(char32_t c);

// FoldCodePoint applied to every code point; the result has the length of `text`.
std::u32string NormalizeText(std::u32string_view text);

// True for the CJK ideographs indexed as characters and bigrams (the URO and extension A).
inline bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

// True for the ASCII letters and digits that make up Latin words and numbers.
inline bool IsAsciiWordChar(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z');
}

}  // namespace gongkai::search
