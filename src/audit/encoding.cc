#include "audit/encoding.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include "audit/ascii_text.h"
#include "audit/byte_words.h"

namespace gongkai::audit {
namespace {

enum class Charset { kUtf8, kUtf16Le, kUtf16Be, kGb18030, kBig5 };

struct Bom {
  Charset charset;
  std::size_t length;
};

// Outcome of converting a whole buffer with ICU.
struct Conversion {
  std::string utf8;
  std::optional<std::size_t> error_offset;  // first undecodable byte
  bool truncated = false;                   // the error is a character cut off at the end
  std::size_t non_ascii = 0;                // decoded code points above U+007F
  std::size_t rare = 0;                     // of those, code points unusual in Chinese reports
};

constexpr std::size_t kUtf16ChunkUnits = 1 << 15;

bool IsContinuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence starting at `p` (`available` bytes readable), or 0
// when it is ill-formed or cut short (Unicode 15, table 3-7).
std::size_t WellFormedLength(const unsigned char* p, std::size_t available) {
  const unsigned char lead = p[0];
  if (lead < 0x80) {
    return 1;
  }
  if (lead < 0xC2 || lead > 0xF4) {
    return 0;
  }
  const std::size_t length = lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4);
  if (available < length) {
    return 0;
  }
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead == 0xE0) {
    low = 0xA0;
  } else if (lead == 0xED) {
    high = 0x9F;  // UTF-16 surrogates are not characters
  } else if (lead == 0xF0) {
    low = 0x90;
  } else if (lead == 0xF4) {
    high = 0x8F;  // nothing above U+10FFFF
  }
  if (p[1] < low || p[1] > high) {
    return 0;
  }
  for (std::size_t i = 2; i < length; ++i) {
    if (!IsContinuation(p[i])) {
      return 0;
    }
  }
  return length;
}

// True when the bytes from `offset` to the end are the valid beginning of a UTF-8 sequence that
// the end of the data cut off.
bool IsCutOffSequence(std::string_view text, std::size_t offset) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + offset;
  const std::size_t available = text.size() - offset;
  const unsigned char lead = p[0];
  if (lead < 0xC2 || lead > 0xF4) {
    return false;
  }
  const std::size_t length = lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4);
  return available < length &&
         std::all_of(p + 1, p + available, [](unsigned char b) { return IsContinuation(b); });
}

void AppendUtf8(char32_t code_point, std::string& out) {
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

// Characters expected in a Chinese government report: Latin, Greek and Cyrillic letters (all in
// GB2312), general punctuation and symbols, CJK punctuation, kana, the unified ideographs and the
// full-width forms. GB18030 decodes most byte soup into *something*; a high share of other code
// points (private use, rare extensions, Yi, Hangul...) means the bytes were not GBK text.
bool IsCommonInReports(char32_t c) {
  return c < 0x250 || (c >= 0x391 && c <= 0x451) || (c >= 0x2000 && c <= 0x2BFF) ||
         (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3200 && c <= 0x33FF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFFEF);
}

// Appends UTF-16 units to `result.utf8`; a lead surrogate at the end of a chunk waits in
// `pending_lead`. Unpaired surrogates become U+FFFD so that the output stays valid UTF-8.
void AppendUtf16(const UChar* begin, const UChar* end, char16_t& pending_lead, Conversion& result) {
  for (const UChar* unit = begin; unit != end; ++unit) {
    char32_t code_point = *unit;
    if (pending_lead != 0) {
      const bool paired = code_point >= 0xDC00 && code_point <= 0xDFFF;
      char32_t lead = pending_lead;
      pending_lead = 0;
      if (paired) {
        code_point = 0x10000 + ((lead - 0xD800) << 10) + (code_point - 0xDC00);
      } else {
        AppendUtf8(0xFFFD, result.utf8);
      }
    } else if (code_point >= 0xD800 && code_point <= 0xDBFF) {
      pending_lead = static_cast<char16_t>(code_point);
      continue;
    } else if (code_point >= 0xDC00 && code_point <= 0xDFFF) {
      code_point = 0xFFFD;
    }
    if (code_point >= 0x80) {
      ++result.non_ascii;
      result.rare += IsCommonInReports(code_point) ? 0 : 1;
    }
    AppendUtf8(code_point, result.utf8);
  }
}

const char* IcuName(Charset charset) {
  switch (charset) {
    case Charset::kUtf16Le:
      return "UTF-16LE";
    case Charset::kUtf16Be:
      return "UTF-16BE";
    case Charset::kGb18030:
      return "GB18030";
    case Charset::kBig5:
      return "Big5";
    case Charset::kUtf8:
      break;
  }
  return "UTF-8";
}

// Converts all of `bytes` to UTF-8, stopping at the first undecodable byte sequence.
core::Result<Conversion> ConvertWithIcu(std::string_view bytes, Charset charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(IcuName(charset), &status),
                                                               &ucnv_close);
  if (U_FAILURE(status) || converter == nullptr) {
    return core::Error::Internal(std::string("缺少字符集转换器 ") + IcuName(charset));
  }
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  Conversion result;
  result.utf8.reserve(bytes.size() + bytes.size() / 2);
  std::vector<UChar> buffer(kUtf16ChunkUnits);
  const char* source = bytes.data();
  const char* const limit = bytes.data() + bytes.size();
  char16_t pending_lead = 0;
  do {
    status = U_ZERO_ERROR;
    UChar* target = buffer.data();
    ucnv_toUnicode(converter.get(), &target, buffer.data() + buffer.size(), &source, limit, nullptr,
                   /*flush=*/true, &status);
    AppendUtf16(buffer.data(), target, pending_lead, result);
  } while (status == U_BUFFER_OVERFLOW_ERROR);
  if (pending_lead != 0) {
    AppendUtf8(0xFFFD, result.utf8);
  }
  if (U_FAILURE(status)) {
    char invalid[32];
    int8_t invalid_length = sizeof(invalid);
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(converter.get(), invalid, &invalid_length, &ignored);
    const auto consumed = static_cast<std::size_t>(source - bytes.data());
    result.error_offset =
        consumed - std::min<std::size_t>(
                       consumed, U_SUCCESS(ignored) ? static_cast<std::size_t>(invalid_length) : 0);
    result.truncated = status == U_TRUNCATED_CHAR_FOUND;
  }
  return result;
}

std::optional<Bom> DetectBom(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    return Bom{Charset::kUtf8, 3};
  }
  if (bytes.starts_with("\x84\x31\x95\x33")) {
    return Bom{Charset::kGb18030, 4};
  }
  if (bytes.starts_with("\xFF\xFE")) {
    return Bom{Charset::kUtf16Le, 2};
  }
  if (bytes.starts_with("\xFE\xFF")) {
    return Bom{Charset::kUtf16Be, 2};
  }
  return std::nullopt;
}

// The charsets honoured when a page declares them (WHATWG labels); others are ignored.
std::optional<Charset> ClassifyDeclared(std::string_view declared) {
  const std::string name = LowerAscii(declared);
  static constexpr std::string_view kGbLabels[] = {
      "gb2312",   "gbk",      "gb18030", "x-gbk",     "cp936",   "windows-936", "euc-cn",
      "x-euc-cn", "csgb2312", "chinese", "iso-ir-58", "gb_2312", "gb_2312-80",  "csiso58gb231280"};
  if (std::find(std::begin(kGbLabels), std::end(kGbLabels), name) != std::end(kGbLabels)) {
    return Charset::kGb18030;
  }
  if (name == "utf-8" || name == "utf8" || name == "unicode-1-1-utf-8") {
    return Charset::kUtf8;
  }
  if (name == "big5" || name == "big5-hkscs" || name == "cn-big5" || name == "x-x-big5" ||
      name == "csbig5") {
    return Charset::kBig5;
  }
  return std::nullopt;
}

std::string DisplayName(Charset charset) {
  return charset == Charset::kUtf8 ? "UTF-8" : IcuName(charset);
}

std::string Location(std::string_view bytes, std::size_t offset) {
  const auto line =
      1 + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + offset, '\n'));
  return "第 " + std::to_string(line) + " 行（第 " + std::to_string(offset + 1) + " 字节）";
}

core::Error TruncatedError() {
  return core::Error::InvalidArgument(
      "文件末尾的字符不完整：文件可能被截断或没有下载完整，请重新获取原文件");
}

// Decodes with one known charset; nullopt when the bytes are not valid in it.
core::Result<std::optional<DecodedText>> TryDecode(std::string_view bytes, Charset charset) {
  DecodedText decoded;
  decoded.encoding = DisplayName(charset);
  if (charset == Charset::kUtf8) {
    if (FindInvalidUtf8(bytes).has_value()) {
      return std::optional<DecodedText>();
    }
    decoded.original = bytes;
    return std::optional<DecodedText>(std::move(decoded));
  }
  GONGKAI_ASSIGN_OR_RETURN(Conversion conversion, ConvertWithIcu(bytes, charset));
  if (conversion.error_offset.has_value()) {
    return std::optional<DecodedText>();
  }
  decoded.converted = std::move(conversion.utf8);
  return std::optional<DecodedText>(std::move(decoded));
}

core::Result<DecodedText> DecodeWithBom(std::string_view bytes, const Bom& bom) {
  const std::string_view body = bytes.substr(bom.length);
  DecodedText decoded;
  decoded.encoding = DisplayName(bom.charset);
  std::optional<std::size_t> error;
  bool truncated = false;
  if (bom.charset == Charset::kUtf8) {
    error = FindInvalidUtf8(body);
    truncated = error.has_value() && IsCutOffSequence(body, *error);
    decoded.original = body;
  } else {
    GONGKAI_ASSIGN_OR_RETURN(Conversion conversion, ConvertWithIcu(body, bom.charset));
    error = conversion.error_offset;
    truncated = conversion.truncated;
    decoded.converted = std::move(conversion.utf8);
  }
  if (truncated) {
    return TruncatedError();
  }
  if (error.has_value()) {
    return core::Error::InvalidArgument("文件以 " + decoded.encoding + " 字节序标记开头，但在" +
                                        Location(body, *error) + "处有无效的 " + decoded.encoding +
                                        " 编码");
  }
  return decoded;
}

// No BOM and no usable declaration: strict UTF-8, else GB18030 when plausible.
core::Result<DecodedText> AutoDetect(std::string_view bytes, std::vector<std::string> warnings) {
  const std::optional<std::size_t> utf8_error = FindInvalidUtf8(bytes);
  DecodedText decoded;
  decoded.warnings = std::move(warnings);
  if (!utf8_error.has_value()) {
    decoded.encoding = "UTF-8";
    decoded.original = bytes;
    return decoded;
  }
  // Valid UTF-8 up to a sequence cut off by the end of the file: a UTF-8 file whose download
  // stopped short, not GBK text that happens to look like UTF-8.
  if (IsCutOffSequence(bytes, *utf8_error)) {
    return TruncatedError();
  }
  GONGKAI_ASSIGN_OR_RETURN(Conversion gb, ConvertWithIcu(bytes, Charset::kGb18030));
  const bool plausible = gb.non_ascii < 8 || gb.rare * 5 <= gb.non_ascii;
  if (!gb.error_offset.has_value() && plausible) {
    decoded.encoding = "GB18030";
    decoded.converted = std::move(gb.utf8);
    return decoded;
  }
  if (gb.truncated && plausible) {
    return TruncatedError();
  }
  return core::Error::InvalidArgument(
      "无法识别文件的文字编码：在" + Location(bytes, *utf8_error) +
      "处不是有效的 UTF-8，也不能作为 GBK/GB18030 中文文本解码（文件可能已损坏或不是文本文件）");
}

}  // namespace

std::optional<std::size_t> FindInvalidUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    // Reports are mostly ASCII markup or 3-byte CJK; skipping ASCII eight bytes at a time keeps
    // validation far below the cost of the rest of the pipeline.
    if (size - i >= 8) {
      if ((LoadWord(text.data() + i) & kByteHighBits) == 0) {
        i += 8;
        continue;
      }
    }
    // U+1000-U+CFFF (lead bytes E1-EC: most CJK text) has no overlong or surrogate forms. Such
    // characters come in runs: the run is skipped before testing for ASCII again.
    if (const std::size_t run = ThreeByteRunLength<true>(p + i, size - i, 0xE1, 0xEC); run > 0) {
      i += run;
      continue;
    }
    const std::size_t length = WellFormedLength(p + i, size - i);
    if (length == 0) {
      return i;
    }
    i += length;
  }
  return std::nullopt;
}

std::size_t WellFormedUtf8Length(std::string_view text, std::size_t offset) {
  return WellFormedLength(reinterpret_cast<const unsigned char*>(text.data()) + offset,
                          text.size() - offset);
}

void AppendUtf8CodePoint(std::string& out, char32_t code_point) {
  AppendUtf8(code_point, out);
}

std::string SanitizeUtf8(std::string_view text) {
  std::optional<std::size_t> invalid = FindInvalidUtf8(text);
  if (!invalid.has_value()) {
    return std::string(text);
  }
  std::string out;
  out.reserve(text.size() + 8);
  std::size_t start = 0;
  while (invalid.has_value()) {
    const std::size_t position = start + *invalid;
    out.append(text.substr(start, position - start));
    out.append("\xEF\xBF\xBD");
    start = position + 1;
    invalid = FindInvalidUtf8(text.substr(start));
  }
  out.append(text.substr(start));
  return out;
}

bool StartsWithByteOrderMark(std::string_view bytes) {
  return DetectBom(bytes).has_value();
}

core::Result<DecodedText> DecodeToUtf8(std::string_view bytes,
                                       std::optional<std::string_view> declared_charset) {
  if (std::optional<Bom> bom = DetectBom(bytes)) {
    return DecodeWithBom(bytes, *bom);
  }
  std::vector<std::string> warnings;
  if (declared_charset.has_value()) {
    if (std::optional<Charset> charset = ClassifyDeclared(*declared_charset)) {
      GONGKAI_ASSIGN_OR_RETURN(std::optional<DecodedText> decoded, TryDecode(bytes, *charset));
      if (decoded.has_value()) {
        return std::move(*decoded);
      }
      warnings.push_back("网页声明的编码为 " + std::string(*declared_charset) +
                         "，但内容不符合该编码，已自动识别编码");
    }
  }
  return AutoDetect(bytes, std::move(warnings));
}

}  // namespace gongkai::audit
