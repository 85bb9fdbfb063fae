// Character-set detection and conversion to UTF-8 for the document readers. Chinese government
// sites serve UTF-8, GBK/GB2312 (decoded as their superset GB18030) and sometimes UTF-16, and the
// declared charset is not always the real one, so every candidate is validated strictly.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace gongkai::audit {

// Text decoded to UTF-8. When the input already was UTF-8 the text is not copied: `text()` then
// views the caller's bytes, which must outlive this object.
struct DecodedText {
  std::optional<std::string> converted;  // set when the input had to be converted
  std::string_view original;             // the input without its BOM, when not converted
  std::string encoding;                  // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" or "Big5"
  std::vector<std::string> warnings;     // user-facing notes, e.g. a wrong declared charset

  std::string_view text() const {
    return converted.has_value() ? std::string_view(*converted) : original;
  }
};

// Decodes `bytes` to UTF-8. Order of evidence: a byte-order mark (UTF-8, UTF-16LE/BE, GB18030);
// then `declared_charset` (from an HTML <meta> or XML declaration; GB2312/GBK/GB18030, UTF-8 and
// Big5 are honoured, anything else is ignored) when the bytes decode cleanly with it; then strict
// UTF-8; then GB18030 when it decodes cleanly into plausible Chinese text.
// Errors: kInvalidArgument when no candidate decodes; the message (Chinese) gives the line and
// byte offset of the first invalid byte, and says so when the file ends in a cut-off character.
// The decoded text is always well-formed UTF-8 (readers rely on it and do not validate again).
// Thread-safe. Does not reject binary data: callers sniff for that first.
core::Result<DecodedText> DecodeToUtf8(std::string_view bytes,
                                       std::optional<std::string_view> declared_charset);

// Offset of the first byte of `text` that is not part of a well-formed UTF-8 sequence (overlong
// forms, surrogates and code points above U+10FFFF are ill-formed), or nullopt when all is valid.
std::optional<std::size_t> FindInvalidUtf8(std::string_view text);

// True when `bytes` starts with a byte-order mark (UTF-8, UTF-16 or GB18030), which DecodeToUtf8
// honours before anything else.
bool StartsWithByteOrderMark(std::string_view bytes);

// Length in bytes of the well-formed UTF-8 sequence starting at `text[offset]`, or 0 when that
// sequence is ill-formed or cut off by the end of `text`. REQUIRES: offset < text.size().
std::size_t WellFormedUtf8Length(std::string_view text, std::size_t offset);

// Bytes of the run of three-byte characters at the start of `p[0, left)` whose lead bytes lie in
// [first, last], a range within E1-EC (U+1000-U+CFFF: no overlong or surrogate forms there, so a
// lead byte and two continuation bytes are always well-formed). With `kCheckContinuation` false
// the text is known to be well-formed and only lead bytes are tested, one character at a time;
// with it, two characters per 8-byte load (CJK text is mostly such runs). Inline: it is the inner
// loop of validation and cell scans.
template <bool kCheckContinuation>
inline std::size_t ThreeByteRunLength(const unsigned char* p, std::size_t left, unsigned first,
                                      unsigned last) {
  std::size_t n = 0;
  // Without continuation bytes to check, a byte loop is as fast and has no set-up cost.
  if constexpr (kCheckContinuation && std::endian::native == std::endian::little) {
    // Bytes 1, 2, 4 and 5 of the word are continuation bytes (10xxxxxx); bytes 0 and 3 are leads.
    constexpr std::uint64_t kContinuationMask = 0x0000C0C000C0C000ULL;
    constexpr std::uint64_t kContinuationBits = 0x0000808000808000ULL;
    while (left - n >= 8) {
      std::uint64_t word;
      std::memcpy(&word, p + n, sizeof(word));
      const auto lead0 = static_cast<unsigned>(word & 0xFF);
      const auto lead1 = static_cast<unsigned>((word >> 24) & 0xFF);
      if (lead0 - first > last - first || lead1 - first > last - first ||
          (word & kContinuationMask) != kContinuationBits) {
        break;
      }
      n += 6;
    }
  }
  while (left - n >= 3 && p[n] >= first && p[n] <= last &&
         (!kCheckContinuation || ((p[n + 1] & 0xC0) == 0x80 && (p[n + 2] & 0xC0) == 0x80))) {
    n += 3;
  }
  return n;
}

// Appends the UTF-8 form of `code_point` to `out`. REQUIRES: a Unicode scalar value.
void AppendUtf8CodePoint(std::string& out, char32_t code_point);

// Returns `text` with every ill-formed UTF-8 sequence replaced by U+FFFD. Cheap when valid.
std::string SanitizeUtf8(std::string_view text);

}  // namespace gongkai::audit
