#include "audit/html_line_builder.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <utility>

#include "audit/ascii_text.h"
#include "audit/cell_text.h"
#include "audit/html_tag_roles.h"
#include "audit/html_text.h"

namespace gongkai::audit {
namespace {

constexpr std::size_t kMaxTableDepth = 32;
constexpr int kMaxColspan = 1000;
constexpr int kMaxRowspan = 65534;
// A cell holding more text than this is page layout (an article in a cell), not data.
constexpr std::size_t kMaxDataCellBytes = 1500;

// True when a `style` value holds display:none. Searches it with blanks removed and letters
// lower-cased, without building that copy. No proper prefix of the pattern is also its suffix, so
// a mismatch can restart the match at the current character.
bool StyleHidesElement(std::string_view style) {
  constexpr std::string_view kPattern = "display:none";
  std::size_t matched = 0;
  for (char c : style) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      continue;
    }
    const char lower = LowerAscii(c);
    if (lower == kPattern[matched]) {
      ++matched;
    } else {
      matched = lower == kPattern[0] ? 1 : 0;
    }
    if (matched == kPattern.size()) {
      return true;
    }
  }
  return false;
}

// What the builder reads from a start tag's attributes, found in one pass over them (most tags
// have none) rather than one search per attribute.
struct StartTagAttributes {
  bool hidden = false;  // the `hidden` attribute, or display:none in the first `style`
  std::optional<std::string_view> colspan;  // the first of each, as for HtmlToken::Attribute
  std::optional<std::string_view> rowspan;
};

StartTagAttributes ReadStartTagAttributes(const HtmlToken& token) {
  StartTagAttributes read;
  bool seen_style = false;
  for (const HtmlAttribute& attribute : token.attributes) {
    const std::string_view name = attribute.name;
    if (EqualsIgnoringAsciiCase(name, "hidden")) {
      read.hidden = true;
    } else if (!seen_style && EqualsIgnoringAsciiCase(name, "style")) {
      seen_style = true;
      read.hidden = read.hidden || StyleHidesElement(attribute.value);
    } else if (!read.colspan.has_value() && EqualsIgnoringAsciiCase(name, "colspan")) {
      read.colspan = attribute.value;
    } else if (!read.rowspan.has_value() && EqualsIgnoringAsciiCase(name, "rowspan")) {
      read.rowspan = attribute.value;
    }
  }
  return read;
}

// colspan/rowspan as browsers read them: leading digits; missing, zero or junk means 1.
int SpanValue(std::optional<std::string_view> value, int max) {
  if (!value.has_value()) {
    return 1;
  }
  std::string_view text = *value;
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  int span = 0;
  for (char c : text) {
    if (c < '0' || c > '9') {
      break;
    }
    span = std::min(span * 10 + (c - '0'), max);
  }
  return span == 0 ? 1 : span;
}

// AppendTextLines for the text the builder holds, which is well-formed UTF-8 (DecodeToUtf8's
// output cut at ASCII markup, plus whole decoded references), so it is not validated again; a
// clean block, as most paragraphs are, becomes its line without passing through the cleaner. The
// lines' cells are allocated from `cells_memory`.
void AppendValidTextLines(std::string_view valid_utf8, std::vector<TextLine>& out,
                          std::pmr::memory_resource* cells_memory) {
  if (valid_utf8.empty()) {
    return;
  }
  if (ValidUtf8IsCleanCellText(valid_utf8)) {
    TextLine& line = out.emplace_back(EmptyLine(LineKind::kText, cells_memory));
    line.cells.emplace_back().text = valid_utf8;
    return;
  }
  const std::string clean = ValidUtf8CleanCellText(valid_utf8);
  // Cleaning trims the text and collapses repeated breaks: no line comes out empty.
  std::string_view rest = clean;
  while (!rest.empty()) {
    const std::size_t end = std::min(rest.find('\n'), rest.size());
    TextLine& line = out.emplace_back(EmptyLine(LineKind::kText, cells_memory));
    line.cells.emplace_back().text = rest.substr(0, end);
    rest.remove_prefix(std::min(end + 1, rest.size()));
  }
}

}  // namespace

std::vector<TextLine>& HtmlLineBuilder::Table::open_cell_lines() {
  const std::size_t row = rows.size() - 1;
  const std::size_t cell = rows.back().cells.size() - 1;
  if (cell_lines.empty() || cell_lines.back().row != row || cell_lines.back().cell != cell) {
    cell_lines.push_back(CellLines{row, cell, {}});
  }
  return cell_lines.back().lines;
}

void HtmlLineBuilder::Add(const HtmlToken& token) {
  switch (token.kind) {
    case HtmlToken::Kind::kText:
      AddText(token.text);
      break;
    case HtmlToken::Kind::kStartTag:
      StartTag(token);
      break;
    case HtmlToken::Kind::kEndTag:
      EndTag(token);
      break;
  }
}

void HtmlLineBuilder::Finish() {
  skip_depth_ = 0;
  ignored_table_depth_ = 0;
  while (!tables_.empty()) {
    EndTable();
  }
  FlushParagraph();
}

void HtmlLineBuilder::StartTag(const HtmlToken& token) {
  const HtmlTagInfo info = HtmlTagInfoOf(token.name);
  const bool has_content = !info.is_void && !token.self_closing;
  if (skip_depth_ > 0) {
    skip_depth_ += token.name == skip_name_ && has_content ? 1 : 0;
    return;
  }
  const HtmlTagRole role = info.role;
  const StartTagAttributes attributes = ReadStartTagAttributes(token);
  if ((role == HtmlTagRole::kSkip || attributes.hidden) && has_content) {
    skip_name_ = token.name;
    skip_depth_ = 1;
    return;
  }
  // Outside any table (or inside tables beyond the nesting limit) rows and cells are blocks.
  if ((tables_.empty() || ignored_table_depth_ > 0) && role != HtmlTagRole::kTable &&
      role != HtmlTagRole::kInline && role != HtmlTagRole::kSkip) {
    pre_depth_ += role == HtmlTagRole::kPre ? 1 : 0;
    BlockBoundary();  // rows and cells outside any table are just blocks
    return;
  }
  switch (role) {
    case HtmlTagRole::kBlock:
      BlockBoundary();
      break;
    case HtmlTagRole::kPre:
      ++pre_depth_;
      BlockBoundary();
      break;
    case HtmlTagRole::kTable:
      StartTable();
      break;
    case HtmlTagRole::kRow:
      CloseRow();
      StartRow();
      break;
    case HtmlTagRole::kCell:
      StartCell(SpanValue(attributes.colspan, kMaxColspan),
                SpanValue(attributes.rowspan, kMaxRowspan));
      break;
    case HtmlTagRole::kSection:
      CloseRow();
      break;
    case HtmlTagRole::kCaption:
      CloseRow();
      tables_.back().in_caption = true;
      break;
    case HtmlTagRole::kInline:
    case HtmlTagRole::kSkip:
      break;
  }
}

void HtmlLineBuilder::EndTag(const HtmlToken& token) {
  if (skip_depth_ > 0) {
    skip_depth_ -= token.name == skip_name_ ? 1 : 0;
    return;
  }
  const HtmlTagRole role = HtmlTagInfoOf(token.name).role;
  if (role == HtmlTagRole::kPre) {
    pre_depth_ = std::max(pre_depth_ - 1, 0);
  }
  if (role == HtmlTagRole::kTable && ignored_table_depth_ > 0) {
    --ignored_table_depth_;
    BlockBoundary();
    return;
  }
  if (tables_.empty() || ignored_table_depth_ > 0 || role == HtmlTagRole::kBlock ||
      role == HtmlTagRole::kPre) {
    if (role != HtmlTagRole::kInline && role != HtmlTagRole::kSkip) {
      BlockBoundary();
    }
    return;
  }
  if (role == HtmlTagRole::kTable) {
    EndTable();
  } else if (role == HtmlTagRole::kRow || role == HtmlTagRole::kSection ||
             role == HtmlTagRole::kCaption) {
    CloseRow();
  } else if (role == HtmlTagRole::kCell) {
    CloseCell();
  }
}

void HtmlLineBuilder::AddText(std::string_view raw) {
  if (skip_depth_ > 0) {
    return;
  }
  const HtmlWhitespace whitespace =
      pre_depth_ > 0 ? HtmlWhitespace::kKeepLineBreaks : HtmlWhitespace::kCollapse;
  if (tables_.empty()) {
    AppendHtmlText(paragraph_, raw, whitespace);
    return;
  }
  Table& table = tables_.back();
  if (table.in_caption) {
    AppendHtmlText(table.caption, raw, HtmlWhitespace::kCollapse);
  } else if (table.cell_open) {
    AppendHtmlText(table.open_cell().text, raw, whitespace);
  } else if (raw.find_first_not_of(" \t\r\n\f") != std::string_view::npos) {
    // Text between rows: browsers move it before the table.
    std::string text;
    AppendHtmlText(text, raw, whitespace);
    AppendValidTextLines(text, table.before, cells_memory_);
  }
}

void HtmlLineBuilder::BlockBoundary() {
  if (tables_.empty()) {
    FlushParagraph();
    return;
  }
  Table& table = tables_.back();
  if (table.cell_open) {
    table.open_cell().text.push_back('\n');
  } else if (table.in_caption) {
    table.caption.push_back(' ');
  }
}

void HtmlLineBuilder::StartTable() {
  if (tables_.size() >= kMaxTableDepth) {
    tables_.back().layout = true;
    ++ignored_table_depth_;
    BlockBoundary();
    return;
  }
  if (tables_.empty()) {
    FlushParagraph();
  } else {
    Table& outer = tables_.back();
    outer.layout = true;
    if (outer.cell_open) {
      // Keep the cell's text so far ahead of the nested table's lines.
      AppendValidTextLines(outer.open_cell().text, outer.open_cell_lines(), cells_memory_);
      outer.open_cell().text.clear();
    }
  }
  tables_.emplace_back();
}

void HtmlLineBuilder::EndTable() {
  CloseRow();
  Table table = std::move(tables_.back());
  tables_.pop_back();
  Deliver(TableLines(table));
}

void HtmlLineBuilder::StartCell(int colspan, int rowspan) {
  Table& table = tables_.back();
  CloseCell();
  if (!table.row_open) {
    StartRow();
  }
  TextCell& cell = table.rows.back().cells.emplace_back();
  cell.colspan = colspan;
  cell.rowspan = rowspan;
  table.cell_open = true;
  ++table.cells;
}

void HtmlLineBuilder::StartRow() {
  Table& table = tables_.back();
  // Rows of a table mostly have as many cells as the one before: one allocation, not one per
  // doubling.
  const std::size_t expected = table.rows.empty() ? 0 : table.rows.back().cells.size();
  TextLine& row = table.rows.emplace_back(EmptyLine(LineKind::kTableRow, cells_memory_));
  row.cells.reserve(expected);
  table.row_open = true;
}

void HtmlLineBuilder::CloseCell() {
  Table& table = tables_.back();
  if (table.cell_open && table.open_cell().text.size() > kMaxDataCellBytes) {
    table.layout = true;
  }
  table.cell_open = false;
}

void HtmlLineBuilder::CloseRow() {
  CloseCell();
  Table& table = tables_.back();
  table.row_open = false;
  if (table.in_caption) {
    AppendValidTextLines(table.caption, table.before, cells_memory_);
    table.caption.clear();
    table.in_caption = false;
  }
}

void HtmlLineBuilder::FlushParagraph() {
  AppendValidTextLines(paragraph_, lines_, cells_memory_);
  paragraph_.clear();
}

std::vector<TextLine> HtmlLineBuilder::TableLines(Table& table) {
  std::vector<TextLine> out = std::move(table.before);
  if (table.layout || table.cells < 2) {
    auto nested = table.cell_lines.begin();
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      for (std::size_t c = 0; c < table.rows[r].cells.size(); ++c) {
        for (; nested != table.cell_lines.end() && nested->row == r && nested->cell == c;
             ++nested) {
          std::move(nested->lines.begin(), nested->lines.end(), std::back_inserter(out));
        }
        AppendValidTextLines(table.rows[r].cells[c].text, out, cells_memory_);
      }
    }
    return out;
  }
  const int index = next_table_index_++;
  out.reserve(out.size() + table.rows.size());
  // Rows without cells are kept: a rowspan above counts them.
  for (TextLine& row : table.rows) {
    row.table_index = index;
    for (TextCell& cell : row.cells) {
      // Cell text is decoded text cut at ASCII markup plus whole references: valid UTF-8.
      if (!ValidUtf8IsCleanCellText(cell.text)) {
        cell.text = ValidUtf8CleanCellText(cell.text);
      }
    }
    out.push_back(std::move(row));
  }
  return out;
}

void HtmlLineBuilder::Deliver(std::vector<TextLine> lines) {
  std::vector<TextLine>* target = &lines_;
  if (!tables_.empty()) {
    Table& outer = tables_.back();
    target = outer.cell_open ? &outer.open_cell_lines() : &outer.before;
  }
  std::move(lines.begin(), lines.end(), std::back_inserter(*target));
}

}  // namespace gongkai::audit
