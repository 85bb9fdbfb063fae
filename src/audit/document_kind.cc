#include "audit/document_kind.h"

#include <algorithm>

namespace gongkai::audit {
namespace {

// A markdown separator row, "|---|:--:|", as the text reader splits it at '|'.
bool IsSeparatorRow(const TextLine& line) {
  return !line.cells.empty() &&
         std::all_of(line.cells.begin(), line.cells.end(), [](const TextCell& cell) {
           return cell.text.size() >= 3 && cell.text.find_first_not_of("-: ") == std::string::npos;
         });
}

// Few lines, one of them very long: a page's text content (only naming the kind, so a cheap test;
// the extractor decides with HasFusedTables).
bool HasFusedLines(const Document& document) {
  constexpr std::size_t kFewLines = 60;
  constexpr std::size_t kLongLineBytes = 3000;
  if (document.lines.size() > kFewLines) {
    return false;
  }
  return std::any_of(document.lines.begin(), document.lines.end(), [](const TextLine& line) {
    std::size_t bytes = 0;
    for (const TextCell& cell : line.cells) {
      bytes += cell.text.size();
    }
    return bytes >= kLongLineBytes;
  });
}

}  // namespace

std::string DocumentKindName(const Document& document) {
  switch (document.format) {
    case SourceFormat::kPdf:
      return "PDF";
    case SourceFormat::kDocx:
      return "DOCX";
    case SourceFormat::kHtml:
      return document.kind == DocumentKind::kHtmlInJsString
                 ? "HTML（位于 JavaScript 字符串中，已先还原）"
                 : "HTML";
    case SourceFormat::kText:
      break;
  }
  if (HasFusedLines(document)) {
    return "纯文本（表格连在一行中）";
  }
  if (std::any_of(document.lines.begin(), document.lines.end(), IsSeparatorRow)) {
    return "Markdown 表格";
  }
  return "纯文本";
}

}  // namespace gongkai::audit
