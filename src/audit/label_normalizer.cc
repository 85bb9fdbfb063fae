#include "audit/label_normalizer.h"

#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

// A switch rather than a search of "〇一二三四五六七八九": this runs for every character of every
// label.
int DigitOfNumeral(char32_t c) {
  switch (c) {
    case U'〇':
    case U'零':
      return 0;
    case U'一':
      return 1;
    case U'二':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

bool IsNumeralChar(char32_t c) {
  return DigitOfNumeral(c) >= 0 || c == U'十';
}

// Length of the run of Chinese numerals starting at `pos` (at most 3 characters: 九十九).
std::size_t NumeralRun(std::u32string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && end - pos < 3 && IsNumeralChar(text[end])) {
    ++end;
  }
  return end - pos;
}

std::size_t DigitRun(std::u32string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && end - pos < 3 && IsAsciiDigit(text[end])) {
    ++end;
  }
  return end - pos;
}

int DigitsValue(std::u32string_view digits) {
  int value = 0;
  for (char32_t c : digits) {
    value = value * 10 + static_cast<int>(c - '0');
  }
  return value;
}

bool IsAfterNumberSeparator(char32_t c) {
  return c == '.' || c == U'、' || c == ',';
}

struct ParsedOrdinal {
  Ordinal ordinal;
  std::size_t length = 0;  // characters taken by the numbering
};

// Parses a numbering at `pos` of compact text. `strict_arabic` requires a CJK character after an
// Arabic numbering ("3.危及…"), so that decimals and dates are not mistaken for numbering.
ParsedOrdinal ParseOrdinalAt(std::u32string_view text, std::size_t pos, bool strict_arabic) {
  ParsedOrdinal none;
  if (pos >= text.size()) {
    return none;
  }
  if (text[pos] == '(') {
    const std::size_t numerals = NumeralRun(text, pos + 1);
    const std::size_t digits = DigitRun(text, pos + 1);
    const std::size_t inner = numerals > 0 ? numerals : digits;
    const std::size_t close = pos + 1 + inner;
    if (inner == 0 || close >= text.size() || text[close] != ')') {
      return none;
    }
    const std::u32string_view body = text.substr(pos + 1, inner);
    const int value = numerals > 0 ? ChineseNumeralValue(body) : DigitsValue(body);
    if (value <= 0) {
      return none;
    }
    return {{numerals > 0 ? OrdinalKind::kChineseParen : OrdinalKind::kArabic, value}, inner + 2};
  }
  if (const std::size_t numerals = NumeralRun(text, pos); numerals > 0) {
    const std::size_t sep = pos + numerals;
    if (sep < text.size() && IsAfterNumberSeparator(text[sep])) {
      const int value = ChineseNumeralValue(text.substr(pos, numerals));
      if (value > 0) {
        return {{OrdinalKind::kChineseComma, value}, numerals + 1};
      }
    }
    return none;
  }
  const std::size_t digits = DigitRun(text, pos);
  const std::size_t sep = pos + digits;
  if (digits == 0 || digits > 2 || sep >= text.size()) {
    return none;
  }
  const bool separator = IsAfterNumberSeparator(text[sep]) || text[sep] == ')';
  const bool next_ok = sep + 1 >= text.size() ? !strict_arabic
                                              : (IsCjkChar(text[sep + 1]) ||
                                                 (!strict_arabic && !IsAsciiDigit(text[sep + 1])));
  if (!separator || !next_ok) {
    return none;
  }
  return {{OrdinalKind::kArabic, DigitsValue(text.substr(pos, digits))}, digits + 1};
}

}  // namespace

int ChineseNumeralValue(std::u32string_view numerals) {
  if (numerals.empty()) {
    return 0;
  }
  const auto ten = numerals.find(U'十');
  if (ten == std::u32string_view::npos) {
    return numerals.size() == 1 ? DigitOfNumeral(numerals[0]) : 0;
  }
  if (ten > 1 || numerals.size() > ten + 2) {
    return 0;
  }
  const int tens = ten == 0 ? 1 : DigitOfNumeral(numerals[0]);
  const int units = ten + 1 < numerals.size() ? DigitOfNumeral(numerals[ten + 1]) : 0;
  if (tens <= 0 || units < 0) {
    return 0;
  }
  return tens * 10 + units;
}

std::u32string FoldCompact(std::u32string_view text) {
  std::u32string out;
  AppendFoldCompact(text, out);
  return out;
}

void AppendFoldCompact(std::u32string_view text, std::u32string& out) {
  std::size_t n = out.size();
  out.resize(n + text.size());
  for (char32_t c : text) {
    const char32_t folded = FoldChar(c);
    if (!IsSpaceChar(folded)) {
      out[n++] = folded;
    }
  }
  out.resize(n);
}

void AppendFoldCompactUtf8(std::string_view utf8, std::u32string& out) {
  std::size_t n = out.size();
  out.resize(n + utf8.size());  // at most one code point per byte; trimmed below
  for (std::size_t i = 0; i < utf8.size();) {
    const char32_t folded = FoldChar(DecodeUtf8At(utf8, i));
    if (!IsSpaceChar(folded)) {
      out[n++] = folded;
    }
  }
  out.resize(n);
}

std::u32string CoreOf(std::u32string_view folded) {
  std::u32string out;
  AppendCore(folded, out);
  return out;
}

void AppendCore(std::u32string_view folded, std::u32string& out) {
  std::size_t n = out.size();
  out.resize(n + folded.size());
  for (char32_t c : folded) {
    if (IsCjkChar(c) || IsAsciiDigit(c)) {
      out[n++] = c;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      out[n++] = c | 0x20;
    }
  }
  out.resize(n);
}

NormalizedLabel NormalizeCompact(std::u32string_view compact) {
  NormalizedLabel label;
  NormalizeCompactInto(compact, label);
  return label;
}

void NormalizeCompactInto(std::u32string_view compact, NormalizedLabel& label) {
  const ParsedOrdinal parsed = ParseOrdinalAt(compact, 0, /*strict_arabic=*/false);
  label.ordinal = parsed.ordinal;
  label.core.clear();
  AppendCore(compact.substr(parsed.length), label.core);
}

NormalizedLabel NormalizeLabel(std::string_view utf8_text) {
  std::u32string compact;
  AppendFoldCompactUtf8(utf8_text, compact);
  return NormalizeCompact(compact);
}

std::vector<std::u32string> SplitAtOrdinals(std::u32string_view compact) {
  std::vector<std::u32string_view> views;
  SplitAtOrdinalsInto(compact, views);
  return {views.begin(), views.end()};
}

void SplitAtOrdinalsInto(std::u32string_view compact, std::vector<std::u32string_view>& pieces) {
  pieces.clear();
  std::size_t start = 0;
  for (std::size_t pos = 1; pos < compact.size(); ++pos) {
    const char32_t before = compact[pos - 1];
    if (before == U'第' || IsNumeralChar(before) || IsAsciiDigit(before) || before == '(') {
      continue;
    }
    // A numbering starts with '(', a Chinese numeral or a digit: skip the parse for the rest.
    const char32_t first = compact[pos];
    if (first != '(' && !IsAsciiDigit(first) && !IsNumeralChar(first)) {
      continue;
    }
    const ParsedOrdinal parsed = ParseOrdinalAt(compact, pos, /*strict_arabic=*/true);
    if (parsed.ordinal.kind == OrdinalKind::kNone) {
      continue;
    }
    pieces.push_back(compact.substr(start, pos - start));
    start = pos;
    pos += parsed.length - 1;
  }
  pieces.push_back(compact.substr(start));
}

}  // namespace gongkai::audit
