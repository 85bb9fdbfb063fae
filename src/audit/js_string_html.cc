#include "audit/js_string_html.h"

#include <cstdint>

#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

constexpr std::size_t kHexDigits = 4;

bool IsQuote(char c) {
  return c == '"' || c == '\'' || c == '`';
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

// The code unit of "\uXXXX" at `at` (pointing at 'u'), or -1.
long UnicodeEscape(std::string_view text, std::size_t at) {
  if (text.size() - at <= kHexDigits) {
    return -1;
  }
  long value = 0;
  for (std::size_t i = 1; i <= kHexDigits; ++i) {
    const int digit = HexValue(text[at + i]);
    if (digit < 0) {
      return -1;
    }
    value = value * 16 + digit;
  }
  return value;
}

struct Literal {
  std::string content;
  std::size_t end = 0;  // index just past the closing quote (or the end of the bytes)
};

// Unescapes the literal whose opening quote is at `open`.
Literal ReadLiteral(std::string_view text, std::size_t open) {
  const char quote = text[open];
  Literal literal;
  std::size_t i = open + 1;
  long high_surrogate = -1;
  while (i < text.size() && text[i] != quote) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      literal.content.push_back(text[i++]);
      continue;
    }
    const char escaped = text[i + 1];
    i += 2;
    switch (escaped) {
      case 'n':
        literal.content.push_back('\n');
        break;
      case 'r':
        literal.content.push_back('\r');
        break;
      case 't':
        literal.content.push_back('\t');
        break;
      case 'u': {
        const long unit = UnicodeEscape(text, i - 1);
        if (unit < 0) {
          literal.content.push_back('u');
          break;
        }
        i += kHexDigits;
        if (unit >= 0xD800 && unit < 0xDC00) {
          high_surrogate = unit;
          break;
        }
        char32_t code = static_cast<char32_t>(unit);
        if (unit >= 0xDC00 && unit < 0xE000 && high_surrogate >= 0) {
          code =
              static_cast<char32_t>(0x10000 + ((high_surrogate - 0xD800) << 10) + (unit - 0xDC00));
        }
        high_surrogate = -1;
        AppendUtf8(std::u32string_view(&code, 1), literal.content);
        break;
      }
      default:
        literal.content.push_back(escaped);  // \" \' \` \\ \/ and the rest
    }
  }
  literal.end = i < text.size() ? i + 1 : i;
  return literal;
}

bool HoldsTable(const std::string& html) {
  for (std::string_view tag : {"<table", "<TABLE", "<td", "<TD"}) {
    if (html.find(tag) != std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<std::string> HtmlFromJsString(std::string_view bytes) {
  std::optional<std::string> best;
  std::size_t i = 0;
  while (i < bytes.size()) {
    if (!IsQuote(bytes[i]) || i + 1 >= bytes.size() || bytes[i + 1] != '<') {
      ++i;
      continue;
    }
    Literal literal = ReadLiteral(bytes, i);
    if (HoldsTable(literal.content) &&
        (!best.has_value() || literal.content.size() > best->size())) {
      best = std::move(literal.content);
    }
    i = literal.end;
  }
  return best;
}

}  // namespace gongkai::audit
