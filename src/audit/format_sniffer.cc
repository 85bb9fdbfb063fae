#include "audit/format_sniffer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "audit/ascii_text.h"
#include "audit/byte_words.h"

namespace gongkai::audit {
namespace {

using namespace std::string_view_literals;

// PDF readers accept junk before the header; the specification allows up to 1 KiB.
constexpr std::size_t kPdfHeaderWindow = 1024;
constexpr std::size_t kMarkupWindow = 1024;
constexpr std::size_t kBinaryScanBytes = std::size_t{64} * 1024;

constexpr std::string_view kImage =
    "这是图片文件，无法从中读取文字；请提供文字版报告（网页、PDF、Word 或文本文件）";
constexpr std::string_view kArchive = "这是压缩文件，请先解压，再审查其中的报告文件";
constexpr std::string_view kLegacyOffice =
    "这是旧版 Office 或 WPS 文件（.doc/.xls/.wps），暂不支持；请另存为 .docx、PDF 或网页后再审查";

struct Magic {
  std::string_view prefix;
  std::string_view message;
};

constexpr std::array<Magic, 12> kUnsupported = {{
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv, kLegacyOffice},
    {"\x89PNG\r\n\x1A\n"sv, kImage},
    {"\xFF\xD8\xFF"sv, kImage},
    {"GIF87a"sv, kImage},
    {"GIF89a"sv, kImage},
    {"II*\0"sv, kImage},
    {"MM\0*"sv, kImage},
    {"\x1F\x8B"sv, kArchive},
    {"Rar!\x1A\x07"sv, kArchive},
    {"7z\xBC\xAF\x27\x1C"sv, kArchive},
    {"{\\rtf"sv, "这是 RTF 文件，暂不支持；请另存为 .docx 或 PDF 后再审查"sv},
    {"\x7F"
     "ELF"sv,
     "这是可执行程序，不是报告文件"sv},
}};

// Lower-cased extension of the file name in `name_hint` ("" when there is none).
std::string Extension(std::string_view name_hint) {
  const std::size_t slash = name_hint.find_last_of("/\\");
  const std::string_view name =
      slash == std::string_view::npos ? name_hint : name_hint.substr(slash + 1);
  const std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? std::string() : LowerAscii(name.substr(dot + 1));
}

std::optional<SourceFormat> FormatOfExtension(const std::string& extension) {
  if (extension == "txt" || extension == "text") {
    return SourceFormat::kText;
  }
  if (extension == "html" || extension == "htm" || extension == "shtml" || extension == "xhtml") {
    return SourceFormat::kHtml;
  }
  if (extension == "pdf") {
    return SourceFormat::kPdf;
  }
  if (extension == "docx") {
    return SourceFormat::kDocx;
  }
  return std::nullopt;
}

std::string_view FormatName(SourceFormat format) {
  switch (format) {
    case SourceFormat::kHtml:
      return "网页（HTML）";
    case SourceFormat::kPdf:
      return "PDF";
    case SourceFormat::kDocx:
      return "Word 文档（DOCX）";
    case SourceFormat::kText:
      break;
  }
  return "纯文本";
}

bool HasUtf16Bom(std::string_view bytes) {
  return bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
}

// The first bytes as ASCII-compatible text: UTF-16 code units lose their zero bytes.
std::string MarkupHead(std::string_view bytes) {
  if (!HasUtf16Bom(bytes)) {
    return LowerAscii(bytes.substr(0, kMarkupWindow));
  }
  std::string head;
  for (char c : bytes.substr(0, 2 * kMarkupWindow)) {
    if (c != '\0') {
      head.push_back(c);
    }
  }
  return LowerAscii(head);
}

bool LooksLikeHtml(std::string_view bytes) {
  // MarkupHead reads at most this many bytes: without a '<' among them (any text report) there
  // is no tag to look for.
  if (bytes.substr(0, 2 * kMarkupWindow).find('<') == std::string_view::npos) {
    return false;
  }
  const std::string head = MarkupHead(bytes);
  const std::size_t first = head.find('<');
  // Only blanks and byte-order marks may come before the first tag.
  if (first == std::string::npos || head.find_first_not_of(" \t\r\n\xEF\xBB\xBF\xFF\xFE") < first) {
    return false;
  }
  static constexpr std::string_view kTags[] = {
      "<!doctype html", "<html",  "<head", "<body", "<meta", "<table",
      "<div",           "<title", "<p>",   "<p ",   "<br",   "<span"};
  return std::any_of(std::begin(kTags), std::end(kTags),
                     [&](std::string_view tag) { return head.find(tag) != std::string::npos; });
}

// Bit c set for the control characters c < 0x20 that text does not hold: all but '\t'-'\r', SUB
// (0x1A) and ESC (0x1B).
constexpr std::uint32_t kControlMask = ~((0x1FU << '\t') | (1U << 0x1A) | (1U << 0x1B));

// 1 for a control character text does not hold, else 0.
unsigned ControlBit(char byte) {
  const auto c = static_cast<unsigned char>(byte);
  return c < 0x20 ? (kControlMask >> c) & 1U : 0U;
}

// Control characters in `sample` that text does not hold. Eight bytes at a time: most words of
// text have no byte below 0x20 at all.
std::size_t CountControls(std::string_view sample) {
  std::size_t controls = 0;
  std::size_t i = 0;
  for (; i + 8 <= sample.size(); i += 8) {
    const std::uint64_t word = LoadWord(sample.data() + i);
    if (MayHaveByteBelow(word, 0x20) == 0) {
      continue;
    }
    // Most words with a byte below 0x20 hold only line ends ('\n', '\r'): skip those too.
    const std::uint64_t line_ends = BytesEqual(word, '\n') | BytesEqual(word, '\r');
    if ((BytesBelow(word, 0x20) & ~line_ends) == 0) {
      continue;
    }
    for (std::size_t k = i; k < i + 8; ++k) {
      controls += ControlBit(sample[k]);
    }
  }
  for (; i < sample.size(); ++i) {
    controls += ControlBit(sample[i]);
  }
  return controls;
}

// Binary data: a NUL byte (outside UTF-16) or many control characters near the start.
std::optional<core::Error> CheckNotBinary(std::string_view bytes) {
  if (HasUtf16Bom(bytes)) {
    return std::nullopt;
  }
  const void* nul = std::memchr(bytes.data(), '\0', bytes.size());
  const std::string_view sample = bytes.substr(0, kBinaryScanBytes);
  const std::size_t controls = CountControls(sample);
  if (nul == nullptr && (controls < 8 || controls * 50 < sample.size())) {
    return std::nullopt;
  }
  const std::size_t nuls = static_cast<std::size_t>(std::count(sample.begin(), sample.end(), '\0'));
  std::string message = "文件不是文本、网页、PDF 或 Word 文档：含有二进制数据";
  if (nul != nullptr) {
    const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data());
    message += "（第 " + std::to_string(offset + 1) + " 字节为 NUL）";
  }
  if (nuls * 4 > sample.size()) {
    message += "；如果这是没有字节序标记的 UTF-16 文本，请另存为 UTF-8 后再审查";
  }
  return core::Error::InvalidArgument(message);
}

SourceFormat SniffContent(std::string_view bytes) {
  if (bytes.substr(0, kPdfHeaderWindow).find("%PDF-") != std::string_view::npos) {
    return SourceFormat::kPdf;
  }
  if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06")) {
    return SourceFormat::kDocx;
  }
  return LooksLikeHtml(bytes) ? SourceFormat::kHtml : SourceFormat::kText;
}

}  // namespace

core::Result<SniffedFormat> SniffFormat(std::string_view bytes, std::string_view name_hint) {
  for (const Magic& magic : kUnsupported) {
    if (bytes.starts_with(magic.prefix)) {
      return core::Error::InvalidArgument(std::string(magic.message));
    }
  }
  SniffedFormat sniffed;
  sniffed.format = SniffContent(bytes);
  const std::string extension = Extension(name_hint);
  const std::optional<SourceFormat> named = FormatOfExtension(extension);
  if (sniffed.format == SourceFormat::kText || sniffed.format == SourceFormat::kHtml) {
    if (std::optional<core::Error> binary = CheckNotBinary(bytes)) {
      return *binary;
    }
  }
  // Plain text under an HTML name is still parsed as HTML: a fragment without <html>.
  if (sniffed.format == SourceFormat::kText && named == SourceFormat::kHtml) {
    sniffed.format = SourceFormat::kHtml;
  }
  if (named.has_value() && *named != sniffed.format) {
    sniffed.warning = "文件扩展名为 ." + extension + "，但内容是" +
                      std::string(FormatName(sniffed.format)) + "，已按" +
                      std::string(FormatName(sniffed.format)) + "读取";
  }
  return sniffed;
}

}  // namespace gongkai::audit
