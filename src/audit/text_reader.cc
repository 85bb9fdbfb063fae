#include "audit/text_reader.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "audit/byte_words.h"
#include "audit/cell_text.h"
#include "audit/encoding.h"

namespace gongkai::audit {
namespace {

constexpr int kTabWidth = 8;
constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";

bool IsUtf8Lead(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
}

// Bytes of the blank (space, tab or U+3000) starting at `line[i]`, 0 when it is not blank.
std::size_t BlankLengthAt(std::string_view line, std::size_t i) {
  if (line[i] == ' ' || line[i] == '\t') {
    return 1;
  }
  return line.substr(i, kIdeographicSpace.size()) == kIdeographicSpace ? kIdeographicSpace.size()
                                                                       : 0;
}

// Bytes of the blank ending just before `line[end]`, 0 when there is none.
std::size_t BlankLengthBefore(std::string_view line, std::size_t end) {
  if (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t')) {
    return 1;
  }
  return end >= kIdeographicSpace.size() &&
                 line.substr(end - kIdeographicSpace.size(), kIdeographicSpace.size()) ==
                     kIdeographicSpace
             ? kIdeographicSpace.size()
             : 0;
}

int NextColumn(char byte, int column) {
  return byte == '\t' ? (column / kTabWidth + 1) * kTabWidth : column + (IsUtf8Lead(byte) ? 1 : 0);
}

int AdvanceColumns(std::string_view line, std::size_t from, std::size_t to, int column) {
  const std::string_view part = line.substr(from, to - from);
  if (part.find('\t') != std::string_view::npos) {
    for (const char byte : part) {
      column = NextColumn(byte, column);
    }
    return column;
  }
  // Without tabs a column is a character: count the bytes that start one (branch-free).
  int leads = 0;
  for (const char byte : part) {
    leads += IsUtf8Lead(byte) ? 1 : 0;
  }
  return column + leads;
}

// Newlines in `text`, counted eight bytes at a time.
std::size_t CountNewlines(std::string_view text) {
  std::size_t count = 0;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    count += CountMarkedBytes(BytesEqual(LoadWord(text.data() + i), '\n'));
  }
  for (; i < text.size(); ++i) {
    count += text[i] == '\n' ? 1 : 0;
  }
  return count;
}

// Appends the cell for `line[begin, end)`, whose first byte sits at `column`, unless it is blank.
// The cell's columns are those of its visible text, without the surrounding blanks.
void AddCell(std::string_view line, std::size_t begin, std::size_t end, int column,
             std::pmr::vector<TextCell>& cells) {
  std::string text = ValidUtf8CleanCellText(line.substr(begin, end - begin));
  if (text.empty()) {
    return;
  }
  for (std::size_t blank = 0; begin < end && (blank = BlankLengthAt(line, begin)) > 0;) {
    column = NextColumn(line[begin], column);
    begin += blank;
  }
  for (std::size_t blank = 0; end > begin && (blank = BlankLengthBefore(line, end)) > 0;) {
    end -= blank;
  }
  TextCell cell;
  cell.text = std::move(text);
  cell.x_begin = column;
  cell.x_end = AdvanceColumns(line, begin, end, column);
  cells.push_back(std::move(cell));
}

void SplitAtPipes(std::string_view line, std::pmr::vector<TextCell>& cells) {
  std::size_t begin = 0;
  int column = 0;
  while (true) {
    const std::size_t bar = line.find('|', begin);
    const std::size_t end = bar == std::string_view::npos ? line.size() : bar;
    AddCell(line, begin, end, column, cells);
    if (bar == std::string_view::npos) {
      return;
    }
    column = AdvanceColumns(line, begin, bar + 1, column);
    begin = bar + 1;
  }
}

// Splits at tabs and at runs of two or more blank columns, as `pdftotext -layout` separates the
// columns of a table; single spaces stay inside a cell.
void SplitAtGaps(std::string_view line, std::pmr::vector<TextCell>& cells) {
  constexpr std::size_t kNone = std::string_view::npos;
  std::size_t cell_begin = kNone;
  int cell_column = 0;
  std::size_t gap_begin = kNone;
  int gap_columns = 0;
  bool gap_has_tab = false;
  int column = 0;
  for (std::size_t i = 0; i < line.size();) {
    if (const std::size_t blank = BlankLengthAt(line, i); blank > 0) {
      if (gap_begin == kNone) {
        gap_begin = i;
        gap_columns = 0;
        gap_has_tab = false;
      }
      const int next = line[i] == '\t' ? NextColumn('\t', column) : column + 1;
      gap_columns += next - column;
      gap_has_tab = gap_has_tab || line[i] == '\t';
      column = next;
      i += blank;
      continue;
    }
    if (gap_begin != kNone && cell_begin != kNone && (gap_columns >= 2 || gap_has_tab)) {
      AddCell(line, cell_begin, gap_begin, cell_column, cells);
      cell_begin = kNone;
    }
    gap_begin = kNone;
    if (cell_begin == kNone) {
      cell_begin = i;
      cell_column = column;
    }
    column = NextColumn(line[i], column);
    ++i;
    // Most bytes cannot start a blank: count their columns without the blank test.
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\xE3') {
      column += IsUtf8Lead(line[i]) ? 1 : 0;
      ++i;
    }
  }
  if (cell_begin != kNone) {
    AddCell(line, cell_begin, gap_begin == kNone ? line.size() : gap_begin, cell_column, cells);
  }
}

// Turns the lines of a decoded text into Document lines.
class LineCollector {
 public:
  explicit LineCollector(Document& document) : document_(document) {}

  // The common line, one cell of visible characters only (no blank, control character or '|'),
  // `characters` long: added without splitting and cleaning it.
  void AddPlainLine(std::string_view line, std::size_t characters) {
    TextCell& cell = StartLine().cells.emplace_back();
    cell.text = line;
    cell.x_begin = 0;
    cell.x_end = static_cast<double>(characters);
    ++line_number_;
  }

  // Any other line. `line` has no '\n'; it may hold carriage returns and form feeds.
  void AddPhysicalLine(std::string_view line) {
    if (line.empty()) {
      ++line_number_;  // what AddLogicalLine does for it, in short
      return;
    }
    if (line.back() == '\r') {
      line.remove_suffix(1);
    }
    // A lone carriage return ends a line too (old Mac files).
    for (std::size_t cr = line.find('\r'); cr != std::string_view::npos; cr = line.find('\r')) {
      AddLogicalLine(line.substr(0, cr));
      line.remove_prefix(cr + 1);
    }
    AddLogicalLine(line);
  }

 private:
  void AddLogicalLine(std::string_view line) {
    for (std::size_t ff = line.find('\f'); ff != std::string_view::npos; ff = line.find('\f')) {
      AddCells(line.substr(0, ff));
      TextLine page_break;
      page_break.kind = LineKind::kPageBreak;
      page_break.page = page_;
      document_.lines.push_back(std::move(page_break));
      ++page_;
      line.remove_prefix(ff + 1);
    }
    AddCells(line);
    ++line_number_;
  }

  TextLine& StartLine() {
    TextLine& text_line = document_.NewLine();
    text_line.page = page_;
    text_line.y_begin = static_cast<double>(line_number_);
    text_line.y_end = static_cast<double>(line_number_ + 1);
    return text_line;
  }

  void AddCells(std::string_view line) {
    std::pmr::vector<TextCell>& cells = StartLine().cells;
    if (line.find('|') != std::string_view::npos) {
      SplitAtPipes(line, cells);
    } else {
      SplitAtGaps(line, cells);
    }
    if (cells.empty()) {
      document_.lines.pop_back();  // a blank line: its arena memory waits for the Document's end
    }
  }

  Document& document_;
  int page_ = 0;
  std::size_t line_number_ = 0;
};

// Adds the lines of `text` to `document`. Unless `kValidated` (the text is known to be well-formed
// UTF-8), stops and returns false at the first ill-formed byte, leaving `document` incomplete.
template <bool kValidated>
bool CollectLines(std::string_view text, Document& document) {
  // Reserving once avoids copying a large vector of lines while it grows.
  document.lines.reserve(CountNewlines(text) + 1);
  LineCollector collector(document);
  std::size_t start = 0;
  while (start < text.size()) {
    // One pass finds the end of a plain line and counts its characters (and, for text not yet
    // validated, checks its UTF-8).
    std::size_t characters = 0;
    const std::size_t run = kValidated ? ValidUtf8CleanRunEnd(text, start, characters)
                                       : CleanRunEnd(text, start, characters);
    if (run == text.size() || text[run] == '\n') {
      if (run > start) {
        collector.AddPlainLine(text.substr(start, run - start), characters);
      } else {
        collector.AddPhysicalLine({});  // an empty line
      }
      start = run + 1;
      continue;
    }
    const std::size_t newline = std::min(text.find('\n', run), text.size());
    const std::string_view line = text.substr(start, newline - start);
    if (!kValidated && FindInvalidUtf8(line.substr(run - start)).has_value()) {
      return false;
    }
    collector.AddPhysicalLine(line);
    start = newline + 1;
  }
  return true;
}

}  // namespace

core::Result<Document> ReadTextDocument(std::string_view bytes) {
  Document document;
  document.format = SourceFormat::kText;
  // Most files are UTF-8 without a byte-order mark: read them as such, validating while cutting
  // lines, which is what DecodeToUtf8 would conclude for them. At the first ill-formed byte, start
  // again from the decoded text (GB18030, or the error for an undecodable file).
  if (!StartsWithByteOrderMark(bytes) && CollectLines<false>(bytes, document)) {
    document.detected_encoding = "UTF-8";
    return document;
  }
  document = Document();
  document.format = SourceFormat::kText;
  GONGKAI_ASSIGN_OR_RETURN(DecodedText decoded, DecodeToUtf8(bytes, std::nullopt));
  document.detected_encoding = decoded.encoding;
  document.warnings = std::move(decoded.warnings);
  CollectLines<true>(decoded.text(), document);
  return document;
}

}  // namespace gongkai::audit
