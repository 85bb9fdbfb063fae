// Document: any published report (txt, html, pdf, docx) reduced to a sequence of lines of text
// cells. It is the common input of the layout parser, so that one parser serves every file format.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace gongkai::audit {

enum class SourceFormat { kText, kHtml, kPdf, kDocx };

// One cell of a line. Plain text lines have one cell per run of text; table rows have one cell
// per table cell (a merged cell appears once, in the first row/column it covers, with its spans).
struct TextCell {
  std::string text;  // UTF-8, whitespace-trimmed, inner line breaks replaced by '\n'
  int colspan = 1;
  int rowspan = 1;
  // Horizontal position for layouts that carry geometry (PDF boxes, `pdftotext -layout` text
  // columns): left and right edge in points or character columns. nullopt when unknown.
  std::optional<double> x_begin;
  std::optional<double> x_end;
};

enum class LineKind {
  kText,      // a line or paragraph of running text (may hold one or more cells)
  kTableRow,  // a row of a real table (HTML <tr>, DOCX <w:tr>)
  kPageBreak  // a page boundary (PDF page, form feed); carries no cells
};

struct TextLine {
  LineKind kind = LineKind::kText;
  std::vector<TextCell> cells;
  int table_index = -1;  // which table (0-based) a kTableRow belongs to
  int page = 0;          // 0-based page for paginated sources
  // Vertical extent for layouts that carry geometry: top and bottom in points from the top of
  // the page (PDF), or the 0-based line number in the file and that number + 1 (plain text), so
  // that gaps between lines stay visible. nullopt when unknown (HTML, DOCX).
  std::optional<double> y_begin;
  std::optional<double> y_end;
};

struct Document {
  SourceFormat format = SourceFormat::kText;
  std::string detected_encoding;  // e.g. "UTF-8", "GB18030"
  std::vector<TextLine> lines;
  // Notes from the reader worth showing the user (Chinese), e.g. a page that declared the wrong
  // charset, or a PDF page without a text layer.
  std::vector<std::string> warnings;
};

}  // namespace gongkai::audit
