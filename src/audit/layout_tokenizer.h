// Turning the lines of a Document into tokens the table parsers read: label fragments and value
// cells, whatever the layout (one cell per line, pipe-delimited rows, `pdftotext -layout` columns,
// HTML/DOCX table rows). Page breaks and page footers ("-3-", "第3页") disappear here, and numbers
// in running text ("2023 年，…") are not taken for cells.
#pragma once

#include <cstddef>
#include <memory>
#include <memory_resource>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "audit/document.h"

namespace gongkai::audit {

enum class TokenKind {
  kText,    // a label fragment (or any other text)
  kNumber,  // a value cell: a number, or a placeholder such as "-" or "无"
  kBlank,   // an empty table cell (HTML/DOCX rows only)
};

// TokenizeLines allocates the strings of its tokens from the arena of their LayoutLines.
struct LayoutToken {
  LayoutToken() = default;
  // A token of `token_kind` whose strings are allocated from `memory`.
  LayoutToken(TokenKind token_kind, std::pmr::memory_resource* memory)
      : kind(token_kind), text(memory), compact(memory) {}

  TokenKind kind = TokenKind::kText;
  std::pmr::string text;        // as printed (UTF-8); spaces typed inside a label are removed
  std::pmr::u32string compact;  // FoldCompact(text)
  // Horizontal position, when the source carries it (see TextCell).
  std::optional<double> x_begin;
  std::optional<double> x_end;
  // From a TextLine::fused line: a number token may hold several cells.
  bool fused = false;
};

struct LayoutLine {
  std::size_t source_line = 0;          // index into Document::lines
  int page = 0;                         // TextLine::page
  bool table_row = false;               // from a real table row (HTML/DOCX)
  std::span<const LayoutToken> tokens;  // held by the LayoutLines this line belongs to
};

// The tokenised lines of a range. Every token sits in one vector and each line views its share,
// so that a line costs no allocation of its own; the tokens' strings come from one arena. Movable,
// not copyable (the views would dangle).
class LayoutLines {
 public:
  LayoutLines() = default;
  // REQUIRES: the tokens of every line in `lines` are views into `tokens` (moving a vector keeps
  // its elements in place, so the views stay valid), and `memory`, when given, holds the strings
  // of the tokens.
  LayoutLines(std::vector<LayoutToken> tokens, std::vector<LayoutLine> lines,
              std::unique_ptr<std::pmr::monotonic_buffer_resource> memory = nullptr)
      : memory_(std::move(memory)), tokens_(std::move(tokens)), lines_(std::move(lines)) {}
  LayoutLines(LayoutLines&&) = default;
  // The tokens' strings are released before the arena they live in.
  LayoutLines& operator=(LayoutLines&& other) noexcept {
    lines_ = std::move(other.lines_);
    tokens_ = std::move(other.tokens_);
    memory_ = std::move(other.memory_);
    return *this;
  }
  LayoutLines(const LayoutLines&) = delete;
  LayoutLines& operator=(const LayoutLines&) = delete;

  std::vector<LayoutLine>::const_iterator begin() const { return lines_.begin(); }
  std::vector<LayoutLine>::const_iterator end() const { return lines_.end(); }
  std::size_t size() const { return lines_.size(); }
  bool empty() const { return lines_.empty(); }
  const LayoutLine& operator[](std::size_t index) const { return lines_[index]; }

 private:
  std::unique_ptr<std::pmr::monotonic_buffer_resource> memory_;  // released after the tokens
  std::vector<LayoutToken> tokens_;
  std::vector<LayoutLine> lines_;
};

// Tokenises document.lines[begin, end). Within a cell, runs of two or more spaces, tabs and '|'
// separate tokens; a single space or line break inside a label is typing noise and is dropped, so
// "4.无正当理由大量反复 申请" stays one fragment. On running-text lines, numbers followed by text
// or sitting in a sentence (one with '。') are text, not cells. Lines that are page footers, and
// page breaks, are skipped. Linear in the text size; thread-safe.
LayoutLines TokenizeLines(const Document& document, std::size_t begin, std::size_t end);

// The text of a line: its cells joined by single spaces.
std::string LineText(const TextLine& line);

// FoldCompact(DecodeUtf8(LineText(line))) appended to `out`, without joining the cells first.
void AppendLineCompact(const TextLine& line, std::u32string& out);

// True for a page number standing alone: "-3-", "— 3 —", "第3页", "第3页共5页".
// `compact` is FoldCompact of the whole line.
bool IsPageFooter(std::u32string_view compact);

}  // namespace gongkai::audit
