// Turning the lines of a Document into tokens the table parsers read: label fragments and value
// cells, whatever the layout (one cell per line, pipe-delimited rows, `pdftotext -layout` columns,
// HTML/DOCX table rows). Page breaks and page footers ("-3-", "第3页") disappear here, and numbers
// in running text ("2023 年，…") are not taken for cells.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "audit/document.h"

namespace gongkai::audit {

enum class TokenKind {
  kText,    // a label fragment (or any other text)
  kNumber,  // a value cell: a number, or a placeholder such as "-" or "无"
  kBlank,   // an empty table cell (HTML/DOCX rows only)
};

struct LayoutToken {
  TokenKind kind = TokenKind::kText;
  std::string text;        // as printed (UTF-8); spaces typed inside a label are removed
  std::u32string compact;  // FoldCompact(text)
  // Horizontal position, when the source carries it (see TextCell).
  std::optional<double> x_begin;
  std::optional<double> x_end;
};

struct LayoutLine {
  std::size_t source_line = 0;  // index into Document::lines
  int page = 0;                 // TextLine::page
  bool table_row = false;       // from a real table row (HTML/DOCX)
  std::vector<LayoutToken> tokens;
};

// Tokenises document.lines[begin, end). Within a cell, runs of two or more spaces, tabs and '|'
// separate tokens; a single space or line break inside a label is typing noise and is dropped, so
// "4.无正当理由大量反复 申请" stays one fragment. On running-text lines, numbers followed by text
// or sitting in a sentence (one with '。') are text, not cells. Lines that are page footers, and
// page breaks, are skipped. Linear in the text size; thread-safe.
std::vector<LayoutLine> TokenizeLines(const Document& document, std::size_t begin, std::size_t end);

// The text of a line: its cells joined by single spaces.
std::string LineText(const TextLine& line);

// True for a page number standing alone: "-3-", "— 3 —", "第3页", "第3页共5页".
// `compact` is FoldCompact of the whole line.
bool IsPageFooter(std::u32string_view compact);

}  // namespace gongkai::audit
