// Printing one AnnualReport in the layouts published reports come in, for the metamorphic layout
// suite: every layout holds the same cells, so the auditor must read the same cells from each (or
// leave a cell null with an unread finding where a layout is genuinely ambiguous).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "domain/annual_report.h"

namespace gongkai::layouts {

enum class Layout {
  kCellPerLine,     // one cell per line (seed 000, copied web pages)
  kPipeRows,        // a table row per line, cells between '|' (seed 002)
  kMarkdownTables,  // markdown pipe tables with |---| separator rows
  kTabSeparated,    // a row per line, cells separated by tabs
  kOneLineFused,    // the whole report on one line, cells run together (a page's textContent)
  kOneLineSpaced,   // the whole report on one line, cells separated by one space
  kHtmlTable,       // an HTML page with <table>s, rowspan/colspan
  kFullWidthNoise,  // one cell per line with OCR-like noise: full-width digits (０１２)
  kHtmlInJsString,  // the HTML page inside a JavaScript string literal, saved as .txt
};

// Every layout, in the order of the enum.
std::span<const Layout> AllLayouts();

// "cell-per-line", "pipe-rows", … (for the benchmark's table).
std::string_view LayoutName(Layout layout);

// The file name suffix the layout is saved under (".txt" or ".html").
std::string_view LayoutSuffix(Layout layout);

// `report` printed in `layout`. The text layouts are built from samples::RenderReportText: a
// line that is not a number starts a row, the numbers after it are its cells.
std::string RenderLayout(const domain::AnnualReport& report, Layout layout);

}  // namespace gongkai::layouts
