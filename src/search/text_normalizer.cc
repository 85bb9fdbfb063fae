#include "search/text_normalizer.h"

namespace gongkai::search {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Length of the UTF-8 sequence led by `lead`, or 0 when `lead` cannot start one.
int SequenceLength(unsigned char lead) {
  if (lead < 0x80) {
    return 1;
  }
  if (lead >= 0xC2 && lead <= 0xDF) {
    return 2;
  }
  if (lead >= 0xE0 && lead <= 0xEF) {
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    return 4;
  }
  return 0;
}

void AppendUtf8(char32_t c, std::string& out) {
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    c = kReplacement;
  }
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

}  // namespace

std::u32string DecodeUtf8(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const int length = SequenceLength(lead);
    if (length == 1) {
      out.push_back(lead);
      ++i;
      continue;
    }
    bool valid = length > 0 && i + static_cast<size_t>(length) <= utf8.size();
    char32_t c = length == 2 ? (lead & 0x1F) : length == 3 ? (lead & 0x0F) : (lead & 0x07);
    for (int k = 1; valid && k < length; ++k) {
      const auto next = static_cast<unsigned char>(utf8[i + static_cast<size_t>(k)]);
      valid = (next & 0xC0) == 0x80;
      c = (c << 6) | (next & 0x3F);
    }
    // Overlong three- and four-byte forms, surrogates and values past U+10FFFF are malformed.
    valid = valid && !(length == 3 && c < 0x800) && !(length == 4 && c < 0x10000) &&
            !(c >= 0xD800 && c <= 0xDFFF) && c <= 0x10FFFF;
    if (!valid) {
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    out.push_back(c);
    i += static_cast<size_t>(length);
  }
  return out;
}

std::string EncodeUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (const char32_t c : text) {
    AppendUtf8(c, out);
  }
  return out;
}

char32_t FoldCodePoint(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) {
    c -= 0xFEE0;  // full-width ASCII forms
  } else if (c == 0x3000) {
    c = U' ';
  }
  if (c >= U'A' && c <= U'Z') {
    return c + (U'a' - U'A');
  }
  switch (c) {
    case U'[':
    case U'〔':
    case U'【':
    case U'〖':
    case U'［':
      return U'(';
    case U']':
    case U'〕':
    case U'】':
    case U'〗':
    case U'］':
      return U')';
    default:
      return c;
  }
}

std::u32string NormalizeText(std::u32string_view text) {
  std::u32string out(text);
  for (char32_t& c : out) {
    c = FoldCodePoint(c);
  }
  return out;
}

}  // namespace gongkai::search
