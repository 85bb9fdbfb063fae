#include "audit/pdf_reader.h"

#include <algorithm>
#include <climits>
#include <exception>
#include <iterator>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include "audit/encoding.h"
#include "audit/pdf_page_layout.h"

namespace gongkai::audit {
namespace {

// A PDF ends with "%%EOF", possibly followed by a little padding.
constexpr std::size_t kEofSearchBytes = 2048;

void IgnorePopplerMessage(const std::string& /*message*/, void* /*closure*/) {}

// poppler reports parse problems through one process-wide hook that prints to stderr by
// default; the reader turns failures into errors itself, so the hook is silenced once.
void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(&IgnorePopplerMessage, nullptr); });
}

std::string ToUtf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return SanitizeUtf8(std::string_view(bytes.data(), bytes.size()));
}

std::vector<PdfTextBox> PageBoxes(const poppler::page& page) {
  std::vector<PdfTextBox> boxes;
  for (const poppler::text_box& word : page.text_list()) {
    const poppler::rectf rect = word.bbox();
    PdfTextBox box;
    box.text = ToUtf8(word.text());
    box.left = rect.left();
    box.top = rect.top();
    box.right = rect.right();
    box.bottom = rect.bottom();
    box.space_after = word.has_space_after();
    box.rotation = word.rotation() & 3;
    box.vertical_writing = word.get_wmode(0) == poppler::text_box::vertical_wmode;
    boxes.push_back(std::move(box));
  }
  return boxes;
}

core::Result<std::unique_ptr<poppler::document>> OpenPdf(std::string_view bytes) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return core::Error::InvalidArgument("PDF 文件过大，无法读取");
  }
  const std::string_view tail =
      bytes.substr(bytes.size() - std::min(bytes.size(), kEofSearchBytes));
  if (tail.find("%%EOF") == std::string_view::npos) {
    return core::Error::InvalidArgument(
        "PDF 文件不完整：文件末尾缺少结束标记 %%EOF，可能没有下载完整，请重新获取原文件");
  }
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (document == nullptr) {
    return core::Error::InvalidArgument("无法打开 PDF：文件已损坏或不是有效的 PDF 文件");
  }
  if (document->is_locked()) {
    return core::Error::InvalidArgument("PDF 设有打开密码，无法读取其中的文字");
  }
  return document;
}

core::Result<Document> ReadPages(const poppler::document& pdf) {
  Document document;
  document.format = SourceFormat::kPdf;
  document.detected_encoding = "UTF-8";
  bool any_text = false;
  for (int index = 0; index < pdf.pages(); ++index) {
    std::unique_ptr<poppler::page> page(pdf.create_page(index));
    std::vector<TextLine> lines;
    if (page != nullptr) {
      lines = LayOutPdfPage(PageBoxes(*page), index);
    }
    if (lines.empty()) {
      document.warnings.push_back("PDF 第 " + std::to_string(index + 1) +
                                  " 页没有可提取的文字（可能是扫描图片）");
    }
    any_text = any_text || !lines.empty();
    std::move(lines.begin(), lines.end(), std::back_inserter(document.lines));
    TextLine page_break;
    page_break.kind = LineKind::kPageBreak;
    page_break.page = index;
    document.lines.push_back(std::move(page_break));
  }
  if (!any_text) {
    return core::Error::InvalidArgument(
        "PDF 中没有文字层（可能是扫描件或图片），无法读取；请提供可以复制文字的版本");
  }
  return document;
}

}  // namespace

core::Result<Document> ReadPdfDocument(std::string_view bytes) {
  SilencePoppler();
  // poppler-cpp does not throw by design, but allocation failures on hostile files could; no
  // exception may leave the module.
  try {
    GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<poppler::document> pdf, OpenPdf(bytes));
    return ReadPages(*pdf);
  } catch (const std::exception&) {
    return core::Error::Internal("读取 PDF 时出现内部错误");
  }
}

}  // namespace gongkai::audit
