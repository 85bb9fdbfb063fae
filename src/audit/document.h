// Document: any published report (txt, html, pdf, docx) reduced to a sequence of lines of text
// cells. It is the common input of the layout parser, so that one parser serves every file format.
#pragma once

#include <memory>
#include <memory_resource>
#include <optional>
#include <string>
#include <vector>

namespace gongkai::audit {

enum class SourceFormat { kText, kHtml, kPdf, kDocx };

// What the file turned out to hold, beyond its format (printed with the report).
enum class DocumentKind {
  kAsFormat,        // just what `format` says
  kHtmlInJsString,  // HTML inside a JavaScript string literal, unescaped first
};

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
  // The text and HTML readers allocate the cells from their Document's arena (Document::NewLine);
  // a line built elsewhere, or copied, uses the heap.
  std::pmr::vector<TextCell> cells;
  int table_index = -1;  // which table (0-based) a kTableRow belongs to
  int page = 0;          // 0-based page for paginated sources
  // Vertical extent for layouts that carry geometry: top and bottom in points from the top of
  // the page (PDF), or the 0-based line number in the file and that number + 1 (plain text), so
  // that gaps between lines stay visible. nullopt when unknown (HTML, DOCX).
  std::optional<double> y_begin;
  std::optional<double> y_end;
  // Cut from a text line that ran a whole table together (fused_text_segmenter): each value cell
  // of this line may hold several table cells fused ("120000012", "00").
  bool fused = false;
};

// An empty line of `kind` whose cells will be allocated from `cells_memory`.
inline TextLine EmptyLine(LineKind kind, std::pmr::memory_resource* cells_memory) {
  return TextLine{.kind = kind,
                  .cells = std::pmr::vector<TextCell>(cells_memory),
                  .table_index = -1,
                  .page = 0,
                  .y_begin = std::nullopt,
                  .y_end = std::nullopt,
                  .fused = false};
}

struct Document {
  SourceFormat format = SourceFormat::kText;
  DocumentKind kind = DocumentKind::kAsFormat;
  std::string detected_encoding;  // e.g. "UTF-8", "GB18030"
  std::vector<TextLine> lines;
  // Notes from the reader worth showing the user (Chinese), e.g. a page that declared the wrong
  // charset, or a PDF page without a text layer.
  std::vector<std::string> warnings;
  // Memory for the cells of `lines`: a few blocks for the whole document instead of one heap
  // allocation per line, all released with the Document. Shared so that a Document stays
  // copyable (copied lines use the heap) and movable (the lines keep pointing into it). Declared
  // after `lines` so that an assignment replaces the lines before it releases their arena.
  std::shared_ptr<std::pmr::monotonic_buffer_resource> arena =
      std::make_shared<std::pmr::monotonic_buffer_resource>();

  Document() = default;
  Document(const Document&) = default;
  Document(Document&&) noexcept = default;
  Document& operator=(Document&&) noexcept = default;
  Document& operator=(const Document& other) {
    if (this != &other) {
      *this = Document(other);  // the copy's lines use the heap; see the move assignment
    }
    return *this;
  }
  // The lines go before the arena that holds their cells.
  ~Document() { lines.clear(); }

  // Appends an empty kText line whose cells are allocated from `arena`.
  TextLine& NewLine() { return lines.emplace_back(EmptyLine(LineKind::kText, arena.get())); }
};

}  // namespace gongkai::audit
