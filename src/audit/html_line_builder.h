// Turning a stream of HTML tokens into Document lines: running text by blocks, data tables by
// rows. Layout tables (a table holding another table, or a single cell boxing the page) are read
// as blocks, so the report's own table inside a page-layout table still comes out as rows.
#pragma once

#include <memory_resource>
#include <string>
#include <vector>

#include "audit/document.h"
#include "audit/html_tokenizer.h"

namespace gongkai::audit {

class HtmlLineBuilder {
 public:
  // Lines go to `lines`, which must outlive the builder; the cells of table rows are allocated
  // from `cells_memory` (the Document's arena), which must outlive `lines`.
  explicit HtmlLineBuilder(std::vector<TextLine>& lines, std::pmr::memory_resource* cells_memory =
                                                             std::pmr::get_default_resource())
      : lines_(lines), cells_memory_(cells_memory) {}

  // Feeds one token, whose text must be well-formed UTF-8 (ReadHtmlDocument tokenizes the page
  // DecodeToUtf8 returned); cells and lines are cut from it without validating it again. Rules:
  // - Block elements (p, div, h1-h6, li, br, hr...) end a line; inside a table cell they become
  //   '\n' in the cell text.
  // - Elements with the `hidden` attribute or style display:none, and template, svg, math,
  //   select and object elements, are skipped with their content.
  // - <tr>/<td>/<th> close the open cell and row as HTML5 implies; colspan and rowspan are read
  //   (clamped to 1..1000 and 1..65534). Empty cells are kept, so that columns stay in place.
  // - A table's caption, and text misplaced between its rows, come out as kText lines before it.
  // - Tables nested deeper than 32 levels are read as blocks.
  void Add(const HtmlToken& token);

  // Closes whatever is still open (a truncated page) and emits the last lines.
  void Finish();

 private:
  // Lines that belong inside one cell of a layout table: its text before a nested table, and
  // that table's lines.
  struct CellLines {
    std::size_t row = 0;
    std::size_t cell = 0;
    std::vector<TextLine> lines;
  };
  struct Table {
    // kTableRow lines whose cells hold raw text ('\n' at block boundaries), cleaned at the end.
    std::vector<TextLine> rows;
    std::vector<CellLines> cell_lines;  // in document order
    std::vector<TextLine> before;       // caption and misplaced content, emitted before the rows
    std::string caption;
    bool row_open = false;
    bool cell_open = false;
    bool in_caption = false;
    bool layout = false;  // holds another table, or a cell too long for data
    int cells = 0;

    TextCell& open_cell() { return rows.back().cells.back(); }
    std::vector<TextLine>& open_cell_lines();
  };

  void StartTag(const HtmlToken& token);
  void EndTag(const HtmlToken& token);
  void AddText(std::string_view raw);
  void BlockBoundary();
  void StartTable();
  void EndTable();
  void StartRow();
  void StartCell(int colspan, int rowspan);
  void CloseCell();
  void CloseRow();
  void FlushParagraph();
  std::vector<TextLine> TableLines(Table& table);
  void Deliver(std::vector<TextLine> lines);

  std::vector<TextLine>& lines_;
  std::pmr::memory_resource* cells_memory_;
  std::string paragraph_;
  std::vector<Table> tables_;
  int next_table_index_ = 0;
  int pre_depth_ = 0;
  int ignored_table_depth_ = 0;  // <table> tags beyond the nesting limit
  std::string skip_name_;        // element being skipped with its content
  int skip_depth_ = 0;
};

}  // namespace gongkai::audit
