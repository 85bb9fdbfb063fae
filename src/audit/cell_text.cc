#include "audit/cell_text.h"

#include <algorithm>
#include <utility>

#include "audit/encoding.h"

namespace gongkai::audit {
namespace {

enum class Gap { kNone, kSpace, kBreak };

bool IsHorizontalSpace(char32_t c) {
  return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

bool IsLineBreak(char32_t c) {
  return c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool IsInvisible(char32_t c) {
  return (c >= 0x80 && c <= 0x9F) || c == 0xFEFF || c == 0x200B;
}

char32_t DecodeMultiByte(const unsigned char* p, std::size_t length) {
  char32_t code_point = p[0] & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    code_point = (code_point << 6) | (p[i] & 0x3F);
  }
  return code_point;
}

// Remembers the strongest pending separator; it is written only before the next visible
// character, which trims both ends for free.
void NoteGap(Gap gap, Gap& pending) {
  if (gap == Gap::kBreak || pending == Gap::kNone) {
    pending = gap;
  }
}

void FlushGap(Gap& pending, std::string& out) {
  if (!out.empty() && pending != Gap::kNone) {
    out.push_back(pending == Gap::kBreak ? '\n' : ' ');
  }
  pending = Gap::kNone;
}

// U+1680, U+3000 or U+FEFF at `p` (white space, or invisible), for lead bytes E1, E3 and EF.
bool IsSpecialThreeByte(const unsigned char* p) {
  return (p[0] == 0xE1 && p[1] == 0x9A && p[2] == 0x80) ||
         (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) ||
         (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF);
}

// Bytes of the character at `p` when it is a three-byte one: with `kValid` (the text is known
// to be well-formed UTF-8) from its lead byte alone, else only when both continuation bytes follow.
template <bool kValid>
bool IsThreeByte(const unsigned char* p, std::size_t left) {
  return kValid || (left > 2 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80);
}

// Length of the well-formed character at `raw[i]`, 0 when ill-formed; with `kValid` from its lead
// byte alone.
template <bool kValid>
std::size_t CharacterLength(std::string_view raw, std::size_t i) {
  if constexpr (kValid) {
    const auto byte = static_cast<unsigned char>(raw[i]);
    return byte >= 0xF0 ? 4 : (byte >= 0xE0 ? 3 : 2);
  } else {
    return WellFormedUtf8Length(raw, i);
  }
}

// End of the run of characters from `i` that are copied unchanged: visible ASCII and well-formed
// multi-byte characters that are neither white space nor invisible. Adds the run's characters to
// `characters`. `kValid` skips the checks of continuation bytes, for text already validated whole.
// With `kStopAtBar` the run also ends before a '|'.
template <bool kValid, bool kStopAtBar = false>
std::size_t PlainRunEnd(std::string_view raw, std::size_t i, std::size_t& characters) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(raw.data());
  for (; i < raw.size(); ++characters) {
    const unsigned char byte = bytes[i];
    if (byte > 0x20 && byte < 0x7F && (!kStopAtBar || byte != '|')) {
      ++i;
      continue;
    }
    if (byte < 0x80) {
      return i;
    }
    // U+4000-U+CFFF (most CJK ideographs) hold no white space or invisible characters. They come
    // in runs: the run is taken in a tight loop before the next character is classified again.
    if (const std::size_t run = ThreeByteRunLength<!kValid>(bytes + i, raw.size() - i, 0xE4, 0xEC);
        run > 0) {
      i += run;
      characters += run / 3 - 1;  // the loop counts one
      continue;
    }
    // Nor do the other three-byte characters of lead bytes E1, E3, EE and EF (CJK punctuation,
    // full-width forms) but U+1680, U+3000 and U+FEFF.
    if ((byte == 0xE1 || byte == 0xE3 || byte == 0xEE || byte == 0xEF) &&
        IsThreeByte<kValid>(bytes + i, raw.size() - i)) {
      if (IsSpecialThreeByte(bytes + i)) {
        return i;
      }
      i += 3;
      continue;
    }
    const std::size_t length = CharacterLength<kValid>(raw, i);
    if (length == 0) {
      return i;
    }
    const char32_t code_point = DecodeMultiByte(bytes + i, length);
    if (IsLineBreak(code_point) || IsHorizontalSpace(code_point) || IsInvisible(code_point)) {
      return i;
    }
    i += length;
  }
  return i;
}

template <bool kValid>
std::size_t PlainRunEnd(std::string_view raw, std::size_t i) {
  std::size_t characters = 0;
  return PlainRunEnd<kValid>(raw, i, characters);
}

// CleanCellText; `kValid` as for PlainRunEnd.
template <bool kValid>
std::string CleanText(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  const auto* bytes = reinterpret_cast<const unsigned char*>(raw.data());
  Gap pending = Gap::kNone;
  std::size_t i = 0;
  while (i < raw.size()) {
    if (const std::size_t run = PlainRunEnd<kValid>(raw, i); run > i) {
      FlushGap(pending, out);
      out.append(raw.substr(i, run - i));
      i = run;
      continue;
    }
    const unsigned char byte = bytes[i];
    if (byte < 0x80) {
      ++i;
      if (byte == '\n') {
        NoteGap(Gap::kBreak, pending);
      } else if (byte == ' ' || (byte >= '\t' && byte <= '\r')) {
        NoteGap(Gap::kSpace, pending);
      } else if (byte >= 0x20 && byte != 0x7F) {
        FlushGap(pending, out);
        out.push_back(static_cast<char>(byte));
      }
      continue;
    }
    const std::size_t length = CharacterLength<kValid>(raw, i);
    if (length == 0) {
      FlushGap(pending, out);
      out.append("\xEF\xBF\xBD");
      ++i;
      continue;
    }
    const char32_t code_point = DecodeMultiByte(bytes + i, length);
    if (IsLineBreak(code_point)) {
      NoteGap(Gap::kBreak, pending);
    } else if (IsHorizontalSpace(code_point)) {
      NoteGap(Gap::kSpace, pending);
    } else if (!IsInvisible(code_point)) {
      FlushGap(pending, out);
      out.append(raw.substr(i, length));
    }
    i += length;
  }
  return out;
}

}  // namespace

bool IsCleanCellText(std::string_view text) {
  return PlainRunEnd<false>(text, 0) == text.size();
}

bool ValidUtf8IsCleanCellText(std::string_view valid_utf8) {
  return PlainRunEnd<true>(valid_utf8, 0) == valid_utf8.size();
}

std::string CleanCellText(std::string_view raw) {
  return CleanText<false>(raw);
}

std::string ValidUtf8CleanCellText(std::string_view valid_utf8) {
  return CleanText<true>(valid_utf8);
}

std::size_t ValidUtf8CleanRunEnd(std::string_view valid_utf8, std::size_t from,
                                 std::size_t& characters) {
  return PlainRunEnd<true, /*kStopAtBar=*/true>(valid_utf8, from, characters);
}

std::size_t CleanRunEnd(std::string_view text, std::size_t from, std::size_t& characters) {
  return PlainRunEnd<false, /*kStopAtBar=*/true>(text, from, characters);
}

void AppendTextLines(std::string_view raw, std::vector<TextLine>& out) {
  const std::string clean = CleanCellText(raw);
  std::size_t start = 0;
  while (start < clean.size()) {
    const std::size_t end = std::min(clean.find('\n', start), clean.size());
    TextLine line;
    line.cells.emplace_back().text = clean.substr(start, end - start);
    out.push_back(std::move(line));
    start = end + 1;
  }
}

}  // namespace gongkai::audit
