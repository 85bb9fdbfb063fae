// Rebuilding the visual lines of one PDF page from the word boxes poppler reports. Raw text order
// scrambles tables (a column of numbers can come before its row labels), so lines are rebuilt from
// geometry alone: rows by the vertical centres of the boxes, cells by the horizontal gaps.
#pragma once

#include <string>
#include <vector>

#include "audit/document.h"

namespace gongkai::audit {

// One word box of a page, in points from the top-left corner of the displayed page.
struct PdfTextBox {
  std::string text;  // UTF-8
  double left = 0;
  double top = 0;
  double right = 0;
  double bottom = 0;
  bool space_after = false;       // poppler saw a space between this word and the next
  int rotation = 0;               // writing direction in quarter turns clockwise (0..3)
  bool vertical_writing = false;  // CJK set top to bottom (writing mode 1)
};

// Returns the kText lines of page `page` (0-based) in visual order, top to bottom, each with its
// cells left to right. Rules:
// - If most text on the page is turned by the same quarter turn, the page is turned back first.
// - Boxes whose vertical centres agree (within 35% of the smaller height) form a row; boxes of a
//   row closer than half a character height form one cell, joined with a space where poppler
//   saw one; two numbers are two cells unless they nearly touch (15% of a character height).
// - Successive lines whose centres are closer than 90% of the smaller character height, and whose
//   cells interleave (some cell of one has no horizontal overlap with the other), are one table
//   row printed on several lines: a label wrapped beside numbers centred in their cells, or a
//   header with stacked words. Lines whose numbers share a column never are, nor is a line
//   that starts below the numbers already in the row. They form one line; a cell lying under
//   exactly one cell of the lines above continues it after a '\n'. Running text never
//   qualifies.
// - Vertical text (a label like 三、本年度办理结果 printed down a merged cell) becomes one cell,
//   placed in the first row it spans, with `rowspan` = the number of rows whose centre it spans.
// Cells carry x_begin/x_end and lines y_begin/y_end in points. Boxes with non-finite coordinates
// or no visible text are ignored. Pure and thread-safe; O(n log n) in the number of boxes.
std::vector<TextLine> LayOutPdfPage(std::vector<PdfTextBox> boxes, int page);

}  // namespace gongkai::audit
