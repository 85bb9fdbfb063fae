// Test-only: a Document built from plain text the simplest way a text reader could: one kText line
// per input line, cells split at '|' (empty cells dropped), a form feed starting a new page. Used
// by the extractor tests so that they do not depend on a particular reader.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "audit/document.h"

namespace gongkai::audit {

inline std::string TrimForTesting(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r\f");
  if (begin == std::string_view::npos) {
    return {};
  }
  const auto end = text.find_last_not_of(" \t\r\f");
  return std::string(text.substr(begin, end - begin + 1));
}

inline Document TextDocumentForTesting(std::string_view text) {
  Document document;
  int page = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (line.find('\f') != std::string_view::npos) {
      TextLine page_break;
      page_break.kind = LineKind::kPageBreak;
      page_break.page = page++;
      document.lines.push_back(std::move(page_break));
    }
    TextLine out;
    out.page = page;
    std::size_t cell_start = 0;
    while (cell_start <= line.size()) {
      std::size_t bar = line.find('|', cell_start);
      if (bar == std::string_view::npos) {
        bar = line.size();
      }
      std::string cell = TrimForTesting(line.substr(cell_start, bar - cell_start));
      if (!cell.empty()) {
        TextCell text_cell;
        text_cell.text = std::move(cell);
        out.cells.push_back(std::move(text_cell));
      }
      cell_start = bar + 1;
    }
    if (!out.cells.empty()) {
      document.lines.push_back(std::move(out));
    }
    if (end == text.size()) {
      break;
    }
  }
  return document;
}

inline std::string ReadFileForTesting(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace gongkai::audit
