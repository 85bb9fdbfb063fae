#include "layouts/layout_renderer.h"

#include <array>
#include <vector>

#include "testing/sample_report.h"

namespace gongkai::layouts {
namespace {

constexpr std::array<Layout, 9> kLayouts = {
    Layout::kCellPerLine,  Layout::kPipeRows,       Layout::kMarkdownTables,
    Layout::kTabSeparated, Layout::kOneLineFused,   Layout::kOneLineSpaced,
    Layout::kHtmlTable,    Layout::kFullWidthNoise, Layout::kHtmlInJsString};

// `html` as the JavaScript statement `let content = "…";` (quotes, backslashes and line breaks
// escaped), the way some saved pages hold their article.
std::string JsStringOf(std::string_view html) {
  std::string out = "var site = 1;\nlet content = \"";
  for (char c : html) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out + "\";\n";
}

// Every ASCII digit as its full-width form (U+FF10…U+FF19), as OCR and some editors print them.
std::string FullWidthDigits(std::string_view text) {
  std::string out;
  out.reserve(text.size() * 2);
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      out += "\xEF\xBC";
      out += static_cast<char>(0x90 + (c - '0'));
    } else {
      out += c;
    }
  }
  return out;
}

struct Row {
  std::string label;
  std::vector<std::string> cells;
};

bool IsNumber(std::string_view text) {
  if (text.empty()) {
    return false;
  }
  for (char c : text) {
    if ((c < '0' || c > '9') && c != '.' && c != '-' && c != '+') {
      return false;
    }
  }
  return true;
}

std::vector<std::string> NonEmptyLines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end;
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) {
      line.remove_suffix(1);
    }
    if (!line.empty()) {
      lines.emplace_back(line);
    }
    start = end + 1;
  }
  return lines;
}

// Labels with the numbers that follow them.
std::vector<Row> Rows(const std::vector<std::string>& lines) {
  std::vector<Row> rows;
  for (const std::string& line : lines) {
    if (IsNumber(line) && !rows.empty()) {
      rows.back().cells.push_back(line);
    } else {
      rows.push_back(Row{line, {}});
    }
  }
  return rows;
}

std::string Join(const std::vector<std::string>& lines, std::string_view separator) {
  std::string out;
  for (const std::string& line : lines) {
    out += out.empty() ? "" : separator;
    out += line;
  }
  return out + "\n";
}

std::string RowsText(const std::vector<Row>& rows, Layout layout) {
  std::string out;
  for (const Row& row : rows) {
    if (row.cells.empty()) {
      out += row.label + "\n";
      continue;
    }
    const bool markdown = layout == Layout::kMarkdownTables;
    const std::string_view separator = layout == Layout::kTabSeparated ? "\t" : " | ";
    std::string line = markdown ? "| " + row.label : row.label;
    for (const std::string& cell : row.cells) {
      line += std::string(separator) + cell;
    }
    if (markdown) {
      out += "| 列1" + std::string(row.cells.size(), ' ') + "|\n";  // a placeholder header row
      out += "|---|" + std::string(row.cells.size() * 4, '-') + "|\n";
      line += " |";
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace

std::span<const Layout> AllLayouts() {
  return kLayouts;
}

std::string_view LayoutName(Layout layout) {
  switch (layout) {
    case Layout::kCellPerLine:
      return "cell-per-line";
    case Layout::kPipeRows:
      return "pipe-rows";
    case Layout::kMarkdownTables:
      return "markdown";
    case Layout::kTabSeparated:
      return "tab-separated";
    case Layout::kOneLineFused:
      return "one-line-fused";
    case Layout::kOneLineSpaced:
      return "one-line-spaced";
    case Layout::kHtmlTable:
      return "html-table";
    case Layout::kFullWidthNoise:
      return "full-width-digits";
    case Layout::kHtmlInJsString:
      return "html-in-js-string";
  }
  return "?";
}

std::string_view LayoutSuffix(Layout layout) {
  return layout == Layout::kHtmlTable ? ".html" : ".txt";
}

std::string RenderLayout(const domain::AnnualReport& report, Layout layout) {
  if (layout == Layout::kHtmlTable) {
    return samples::RenderReportHtml(report);
  }
  if (layout == Layout::kHtmlInJsString) {
    return JsStringOf(samples::RenderReportHtml(report));
  }
  const std::string text = samples::RenderReportText(report);
  switch (layout) {
    case Layout::kCellPerLine:
      return text;
    case Layout::kFullWidthNoise:
      return FullWidthDigits(text);
    case Layout::kOneLineFused:
      return Join(NonEmptyLines(text), "");
    case Layout::kOneLineSpaced:
      return Join(NonEmptyLines(text), " ");
    default:
      return RowsText(Rows(NonEmptyLines(text)), layout);
  }
}

}  // namespace gongkai::layouts
