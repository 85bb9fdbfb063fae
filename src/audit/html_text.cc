#include "audit/html_text.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "audit/byte_words.h"
#include "audit/encoding.h"

namespace gongkai::audit {
namespace {

struct NamedReference {
  std::string_view name;
  char32_t code_point;
};

// The named references seen on government pages, most frequent first (a linear scan is cheap
// because '&' is rare). HTML5 defines 2,231 names; the rest are kept literally.
constexpr std::array<NamedReference, 96> kNamedReferences = {{
    {"nbsp", 0xA0},     {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"amp", '&'},
    {"lt", '<'},        {"gt", '>'},        {"quot", '"'},      {"apos", '\''},
    {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"mdash", 0x2014},  {"ndash", 0x2013},
    {"hellip", 0x2026}, {"middot", 0xB7},   {"bull", 0x2022},   {"emsp", 0x2003},
    {"ensp", 0x2002},   {"thinsp", 0x2009}, {"zwnj", 0x200C},   {"zwj", 0x200D},
    {"shy", 0xAD},      {"times", 0xD7},    {"divide", 0xF7},   {"copy", 0xA9},
    {"reg", 0xAE},      {"trade", 0x2122},  {"yen", 0xA5},      {"cent", 0xA2},
    {"pound", 0xA3},    {"euro", 0x20AC},   {"deg", 0xB0},      {"plusmn", 0xB1},
    {"sup1", 0xB9},     {"sup2", 0xB2},     {"sup3", 0xB3},     {"frac12", 0xBD},
    {"frac14", 0xBC},   {"frac34", 0xBE},   {"permil", 0x2030}, {"le", 0x2264},
    {"ge", 0x2265},     {"ne", 0x2260},     {"laquo", 0xAB},    {"raquo", 0xBB},
    {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"sbquo", 0x201A},  {"bdquo", 0x201E},
    {"sect", 0xA7},     {"para", 0xB6},     {"micro", 0xB5},    {"larr", 0x2190},
    {"rarr", 0x2192},   {"uarr", 0x2191},   {"darr", 0x2193},   {"harr", 0x2194},
    {"rArr", 0x21D2},   {"lArr", 0x21D0},   {"hArr", 0x21D4},   {"minus", 0x2212},
    {"radic", 0x221A},  {"infin", 0x221E},  {"sum", 0x2211},    {"prod", 0x220F},
    {"asymp", 0x2248},  {"equiv", 0x2261},  {"prime", 0x2032},  {"Prime", 0x2033},
    {"oline", 0x203E},  {"frasl", 0x2044},  {"not", 0xAC},      {"brvbar", 0xA6},
    {"curren", 0xA4},   {"iexcl", 0xA1},    {"iquest", 0xBF},   {"ordf", 0xAA},
    {"ordm", 0xBA},     {"macr", 0xAF},     {"acute", 0xB4},    {"uml", 0xA8},
    {"cedil", 0xB8},    {"circ", 0x2C6},    {"tilde", 0x2DC},   {"loz", 0x25CA},
    {"alpha", 0x3B1},   {"beta", 0x3B2},    {"gamma", 0x3B3},   {"delta", 0x3B4},
    {"mu", 0x3BC},      {"pi", 0x3C0},      {"sigma", 0x3C3},   {"omega", 0x3C9},
    {"Delta", 0x394},   {"Sigma", 0x3A3},   {"Omega", 0x3A9},   {"square", 0x25A1},
}};

// Names a browser also accepts without the closing ';'.
constexpr std::array<std::string_view, 7> kLegacyNames = {"nbsp", "amp",  "lt", "gt",
                                                          "quot", "copy", "reg"};

// HTML5: numeric references 0x80-0x9F mean the Windows-1252 characters (0 = unchanged).
constexpr std::array<char16_t, 32> kWindows1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool IsAlphanumeric(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

char32_t ValidCodePoint(std::uint32_t value) {
  if (value >= 0x80 && value <= 0x9F && kWindows1252[value - 0x80] != 0) {
    return kWindows1252[value - 0x80];
  }
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    return 0xFFFD;
  }
  return value;
}

// Decodes the reference at `raw[0] == '&'`: returns the bytes consumed, 0 if it is none.
std::size_t DecodeReference(std::string_view raw, std::string& out) {
  if (raw.size() > 2 && raw[1] == '#') {
    const bool hex = raw[2] == 'x' || raw[2] == 'X';
    std::size_t i = hex ? 3 : 2;
    std::uint32_t value = 0;
    const std::size_t digits_begin = i;
    for (; i < raw.size(); ++i) {
      const int digit =
          hex ? HexValue(raw[i]) : (raw[i] >= '0' && raw[i] <= '9' ? raw[i] - '0' : -1);
      if (digit < 0) {
        break;
      }
      value = std::min<std::uint32_t>(value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit),
                                      0x110000);
    }
    if (i == digits_begin) {
      return 0;
    }
    AppendUtf8CodePoint(out, ValidCodePoint(value));
    return i < raw.size() && raw[i] == ';' ? i + 1 : i;
  }
  std::size_t end = 1;
  while (end < raw.size() && end < 12 && IsAlphanumeric(raw[end])) {
    ++end;
  }
  const std::string_view name = raw.substr(1, end - 1);
  const bool terminated = end < raw.size() && raw[end] == ';';
  if (terminated) {
    for (const NamedReference& reference : kNamedReferences) {
      if (reference.name == name) {
        AppendUtf8CodePoint(out, reference.code_point);
        return end + 1;
      }
    }
  }
  // Browsers also read a few old names without ';', even when letters follow ("&nbspx").
  for (std::string_view legacy : kLegacyNames) {
    if (name.starts_with(legacy)) {
      const auto reference =
          std::find_if(kNamedReferences.begin(), kNamedReferences.end(),
                       [&](const NamedReference& candidate) { return candidate.name == legacy; });
      AppendUtf8CodePoint(out, reference->code_point);
      return 1 + legacy.size();
    }
  }
  return 0;
}

bool IsHtmlBreakOrTab(char c) {
  // One comparison rejects almost every character.
  return static_cast<unsigned char>(c) <= '\r' &&
         (c == '\n' || c == '\r' || c == '\t' || c == '\f');
}

bool IsSpecial(char c) {
  return c == '&' || IsHtmlBreakOrTab(c);
}

// True when one of the eight bytes of `word` is '&' or below 0x0E: a superset of the special
// bytes (it also takes NUL-0x08 and VT, which the byte test then rejects).
bool MayHoldSpecial(std::uint64_t word) {
  return (MayHaveByteBelow(word ^ (kByteOnes * '&'), 1) | MayHaveByteBelow(word, '\r' + 1)) != 0;
}

// The position of the first '&', line break, tab or form feed of `raw`, or raw.size(). Text
// between tags is long runs of CJK and digits: eight bytes are tested at a time.
std::size_t FindSpecial(std::string_view raw) {
  std::size_t i = 0;
  while (i + 8 <= raw.size()) {
    if (MayHoldSpecial(LoadWord(raw.data() + i))) {
      for (std::size_t end = i + 8; i < end; ++i) {
        if (IsSpecial(raw[i])) {
          return i;
        }
      }
    } else {
      i += 8;
    }
  }
  for (; i < raw.size(); ++i) {
    if (IsSpecial(raw[i])) {
      return i;
    }
  }
  return i;
}

}  // namespace

void AppendHtmlText(std::string& out, std::string_view raw, HtmlWhitespace whitespace) {
  while (true) {
    const std::size_t special = FindSpecial(raw);
    out.append(raw.substr(0, special));
    if (special == raw.size()) {
      return;
    }
    const char c = raw[special];
    raw.remove_prefix(special);
    if (c == '&') {
      const std::size_t used = DecodeReference(raw, out);
      if (used == 0) {
        out.push_back('&');
      }
      raw.remove_prefix(std::max<std::size_t>(used, 1));
      continue;
    }
    if (whitespace == HtmlWhitespace::kKeepLineBreaks && c == '\n') {
      out.push_back('\n');
    } else if (whitespace == HtmlWhitespace::kCollapse || c != '\r') {
      out.push_back(' ');
    }
    raw.remove_prefix(1);
  }
}

}  // namespace gongkai::audit
