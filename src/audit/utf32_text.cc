#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Length of the sequence a lead byte announces, or 0 for a byte that cannot start one.
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

}  // namespace

char32_t DecodeUtf8AtSlow(std::string_view text, std::size_t& i) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char lead = bytes[i];
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  const int length = SequenceLength(lead);
  if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) {
    ++i;
    return kReplacement;
  }
  char32_t c = lead & (0x7F >> length);
  bool ok = true;
  for (int k = 1; k < length && ok; ++k) {
    const unsigned char next = bytes[i + static_cast<std::size_t>(k)];
    ok = (next & 0xC0) == 0x80;
    c = (c << 6) | (next & 0x3F);
  }
  const bool overlong = (length == 3 && c < 0x800) || (length == 4 && c < 0x10000);
  if (!ok || overlong || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    ++i;
    return kReplacement;
  }
  i += static_cast<std::size_t>(length);
  return c;
}

void DecodeUtf8Into(std::string_view text, std::u32string& out) {
  // Writes into a buffer sized for the worst case (one code point per byte), then trims: far
  // cheaper than growing the string one character at a time.
  out.resize(text.size());
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    out[n++] = DecodeUtf8At(text, i);
  }
  out.resize(n);
}

std::u32string DecodeUtf8(std::string_view text) {
  std::u32string out;
  DecodeUtf8Into(text, out);
  return out;
}

std::string EncodeUtf8(std::u32string_view text) {
  std::string out;
  AppendUtf8(text, out);
  return out;
}

void AppendUtf8(std::u32string_view text, std::string& out) {
  // Sizes the output once and writes the bytes in place instead of pushing them one by one.
  std::size_t size = 0;
  for (char32_t c : text) {
    size += c < 0x80 ? 1 : (c < 0x800 ? 2 : (c < 0x10000 || c > 0x10FFFF ? 3 : 4));
  }
  std::size_t n = out.size();
  out.resize(n + size);
  for (char32_t c : text) {
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
      c = kReplacement;
    }
    if (c < 0x80) {
      out[n++] = static_cast<char>(c);
    } else if (c < 0x800) {
      out[n++] = static_cast<char>(0xC0 | (c >> 6));
      out[n++] = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out[n++] = static_cast<char>(0xE0 | (c >> 12));
      out[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out[n++] = static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out[n++] = static_cast<char>(0xF0 | (c >> 18));
      out[n++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out[n++] = static_cast<char>(0x80 | (c & 0x3F));
    }
  }
}

char32_t FoldPunctuation(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) {
    return c - 0xFF01 + 0x21;
  }
  switch (c) {
    case 0x3000:
      return ' ';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x300C:
    case 0x300D:
      return '"';
    case 0x2018:
    case 0x2019:
      return '\'';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0x2500:
    case 0xFE63:
      return '-';
    case 0x3014:
    case 0x3010:
      return '(';
    case 0x3015:
    case 0x3011:
      return ')';
    default:
      return c;
  }
}

}  // namespace gongkai::audit
