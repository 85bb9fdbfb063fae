// Reading text whose line breaks are gone. A web page's text content (scrapers, `textContent`,
// "save as text") holds a whole report on one or a few lines: headings, row labels and the digit
// runs of the table cells follow each other directly
// ("…（四）无法提供1.本机关不掌握相关政府信息1200000122.没有现成…"). The segmenter finds section
// headings, row labels and value runs in the character stream and gives each its own line, so that
// the table parsers read such a report as they read one printed a row per line. Line breaks stay
// evidence where a file has them: short lines are left untouched.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "audit/document.h"

namespace gongkai::audit {

// One line the segmenter made: the label text (may be empty) and the value tokens that followed
// it, each token a run of digits as printed between spaces ("3", "00", "+1", "38.949").
struct SegmentedLine {
  std::u32string text;
  std::vector<std::u32string> values;
};

// Cuts one long text (folded or not) into lines: before each section heading (一、总体情况 …
// 六、其他需要报告的事项, matched by their title words, not by their numbering alone), before each
// proactive-table block (第二十条第（X）项) and row name, and after each run of values. The row
// number that a run swallowed ("…0000122.没有现成…": the "2" before "." is the next label's
// numbering, since template row numbers are single digits) goes back to its label. A run followed
// by 年/月/日 is a date in prose, not a value. Pure; linear in the text's length.
std::vector<SegmentedLine> SegmentFusedText(std::u32string_view text);

// True when `document` holds a text line long enough and with the anchors of a statistics table
// (申请人情况, 本年新收, 第二十条, 结果维持) that its tables must be fused into it.
bool HasFusedTables(const Document& document);

// A copy of `document` in which every long text line that holds a table is replaced by the lines
// of SegmentFusedText (one cell for the text, one per value token); other lines are copied as
// they are. Thread-safe.
Document SegmentFusedDocument(const Document& document);

}  // namespace gongkai::audit
