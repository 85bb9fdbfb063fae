#include "audit/layout_tokenizer.h"

#include <algorithm>

#include "audit/label_normalizer.h"
#include "audit/number_cell.h"
#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

constexpr std::size_t kArenaSlack = 1024;

struct Piece {
  std::size_t begin = 0;  // code point range of the piece within the cell
  std::size_t end = 0;
  bool hard_break_before = false;
};

bool IsHardSeparator(char32_t c) {
  return c == '|' || c == 0xFF5C || c == '\t';
}

// Splits a cell's text at white space, remembering which gaps separate columns (two or more
// spaces, a tab, a '|') and which are typing noise inside a label (one space, a line break).
// Positions are code points, which is also how `pdftotext -layout` and the text reader count
// character columns.
void SplitPieces(std::u32string_view text, std::vector<Piece>& pieces) {
  pieces.clear();
  int spaces = 0;
  bool hard = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (IsHardSeparator(c)) {
      hard = true;
    } else if (c == '\f') {
      continue;
    } else if (IsSpaceChar(c)) {
      spaces += (c == '\n' || c == '\r') ? 0 : 1;
    } else {
      if (pieces.empty() || spaces > 0 || hard) {
        pieces.push_back(Piece{i, i, hard || spaces >= 2});
      }
      pieces.back().end = i + 1;
      spaces = 0;
      hard = false;
    }
  }
}

void SetColumns(LayoutToken& token, const TextCell& cell, const Piece& piece) {
  token.x_begin = *cell.x_begin + static_cast<double>(piece.begin);
  token.x_end = *cell.x_begin + static_cast<double>(piece.end);
}

// Bytes of the UTF-8 encoding of `c` (a replacement character for a non-character).
std::size_t Utf8Length(char32_t c) {
  if (c < 0x80) {
    return 1;
  }
  if (c < 0x800) {
    return 2;
  }
  return c < 0x10000 || c > 0x10FFFF ? 3 : 4;
}

// Byte offset in `utf8` of every code point of `text` = DecodeUtf8(utf8), plus the end. Returns
// false when the decoder replaced an ill-formed byte (each replacement turns one byte into three),
// so that re-encoding a slice would not give back the original bytes.
bool MapByteOffsets(std::string_view utf8, std::u32string_view text,
                    std::vector<std::size_t>& offsets) {
  offsets.resize(text.size() + 1);
  std::size_t byte = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    offsets[i] = byte;
    byte += Utf8Length(text[i]);
  }
  offsets[text.size()] = byte;
  return byte == utf8.size();
}

// Scratch buffers reused for every cell of a run of lines.
struct CellScratch {
  std::pmr::memory_resource* memory = nullptr;  // the arena of the tokens' strings
  std::vector<Piece> pieces;
  std::vector<std::size_t> offsets;
  std::u32string text;     // the decoded cell
  std::u32string compact;  // FoldCompact of one piece
  bool sliceable = false;  // the cell is well-formed UTF-8: `offsets` map `text` to its bytes
};

// The common cell, well-formed UTF-8 without white space, '\f' or column separators: one piece,
// the whole cell, decoded and folded into `scratch.compact` in one pass instead of decoding it,
// splitting it (SplitPieces, MapByteOffsets) and folding the piece, which give the same for it.
// False, with `scratch` unset, for any other cell.
bool FoldSinglePiece(std::string_view utf8, CellScratch& scratch) {
  std::u32string& compact = scratch.compact;
  compact.resize(utf8.size());  // at most one code point per byte; trimmed below
  std::size_t characters = 0;
  std::size_t bytes = 0;  // of the decoded text re-encoded: differs after a replacement
  for (std::size_t i = 0; i < utf8.size();) {
    const char32_t c = DecodeUtf8At(utf8, i);
    if (IsSpaceChar(c) || IsHardSeparator(c) || c == '\f') {
      return false;
    }
    bytes += Utf8Length(c);
    compact[characters++] = FoldChar(c);  // no folded character is white space
  }
  if (characters == 0 || bytes != utf8.size()) {
    return false;
  }
  compact.resize(characters);
  scratch.pieces.assign(1, Piece{0, characters, false});
  scratch.offsets.resize(characters + 1);
  scratch.offsets.front() = 0;
  scratch.offsets.back() = bytes;
  scratch.sliceable = true;
  return true;
}

// Appends the UTF-8 text of `piece` of the cell decoded into `scratch` to `to`.
void AppendPieceText(const TextCell& cell, const CellScratch& scratch, const Piece& piece,
                     std::pmr::string& to) {
  if (scratch.sliceable) {
    to.append(cell.text, scratch.offsets[piece.begin],
              scratch.offsets[piece.end] - scratch.offsets[piece.begin]);
  } else {
    std::string encoded;
    AppendUtf8(std::u32string_view(scratch.text).substr(piece.begin, piece.end - piece.begin),
               encoded);
    to += encoded;
  }
}

// A new token whose strings are allocated from `memory`.
LayoutToken& NewToken(TokenKind kind, std::pmr::memory_resource* memory,
                      std::vector<LayoutToken>& out) {
  return out.emplace_back(kind, memory);
}

bool IsAsciiDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The cell every table is mostly made of, "0" or "17": one number token, which is what the general
// path below gives for it, without decoding, splitting or folding.
void AppendDigitsToken(const TextCell& cell, bool char_columns, std::pmr::memory_resource* memory,
                       std::vector<LayoutToken>& out) {
  LayoutToken& token = NewToken(TokenKind::kNumber, memory, out);
  token.text = cell.text;
  token.compact.assign(cell.text.begin(), cell.text.end());
  if (!char_columns) {
    token.x_begin = cell.x_begin;
    token.x_end = cell.x_end;
  } else if (cell.x_begin.has_value()) {
    token.x_begin = *cell.x_begin;
    token.x_end = *cell.x_begin + static_cast<double>(cell.text.size());
  }
}

// Appends the token of `piece` of the cell decoded into `scratch`, or extends the previous one when
// both are text and only a soft gap separates them. Returns whether the piece is text.
// `scratch.compact` holds the piece folded (FoldCompact).
bool AppendPiece(const TextCell& cell, bool columns, CellScratch& scratch, const Piece& piece,
                 bool previous_text, std::vector<LayoutToken>& out) {
  const std::u32string& compact = scratch.compact;
  const bool number = LooksLikeNumberCell(compact);
  if (!number && previous_text && !piece.hard_break_before) {
    LayoutToken& last = out.back();
    AppendPieceText(cell, scratch, piece, last.text);
    last.compact += compact;
    if (columns) {
      last.x_end = *cell.x_begin + static_cast<double>(piece.end);
    }
    return true;
  }
  LayoutToken& token =
      NewToken(number ? TokenKind::kNumber : TokenKind::kText, scratch.memory, out);
  AppendPieceText(cell, scratch, piece, token.text);
  token.compact = compact;
  if (columns) {
    SetColumns(token, cell, piece);
  }
  return !number;
}

// Text pieces separated by a soft gap are one label typed with stray spaces; numbers always stand
// alone. A piece's UTF-8 text is sliced from the cell when the cell is well-formed UTF-8 (the
// same bytes re-encoding would give), re-encoded otherwise.
void AppendCellTokens(const TextCell& cell, bool char_columns, CellScratch& scratch,
                      std::vector<LayoutToken>& out) {
  if (IsAsciiDigits(cell.text)) {
    AppendDigitsToken(cell, char_columns, scratch.memory, out);
    return;
  }
  const std::size_t first = out.size();
  const bool columns = char_columns && cell.x_begin.has_value();
  if (FoldSinglePiece(cell.text, scratch)) {
    AppendPiece(cell, columns, scratch, scratch.pieces.front(), false, out);
  } else {
    DecodeUtf8Into(cell.text, scratch.text);
    SplitPieces(scratch.text, scratch.pieces);
    scratch.sliceable = MapByteOffsets(cell.text, scratch.text, scratch.offsets);
    bool previous_text = false;
    for (const Piece& piece : scratch.pieces) {
      scratch.compact.clear();
      AppendFoldCompact(
          std::u32string_view(scratch.text).substr(piece.begin, piece.end - piece.begin),
          scratch.compact);
      previous_text = AppendPiece(cell, columns, scratch, piece, previous_text, out);
    }
  }
  if (!char_columns && out.size() == first + 1) {
    out.back().x_begin = cell.x_begin;
    out.back().x_end = cell.x_end;
  }
}

bool IsFooterLine(std::span<const LayoutToken> tokens) {
  if (tokens.size() > 3) {
    return false;  // "-", "3", "-" at most
  }
  // A footer starts with '-' or 第 and ends with '-' or 页: test that before joining the tokens.
  std::u32string_view all_front;
  std::u32string_view all_back;
  for (const LayoutToken& token : tokens) {
    if (!token.compact.empty()) {
      all_front = all_front.empty() ? std::u32string_view(token.compact) : all_front;
      all_back = token.compact;
    }
  }
  if (all_front.empty() || (all_front.front() != '-' && all_front.front() != U'第') ||
      (all_back.back() != '-' && all_back.back() != U'页')) {
    return false;
  }
  std::u32string compact;
  for (const LayoutToken& token : tokens) {
    compact += token.compact;
  }
  return IsPageFooter(compact);
}

bool IsBlankText(std::string_view text) {
  // Decodes one character at a time: the first that is not white space settles the answer.
  for (std::size_t i = 0; i < text.size();) {
    if (!IsSpaceChar(DecodeUtf8At(text, i))) {
      return false;
    }
  }
  return true;
}

// On running text a number followed by more text ("2023 年") or inside a sentence is not a cell.
void DemoteProseNumbers(std::span<LayoutToken> tokens) {
  bool seen_number = false;
  bool prose = false;
  for (const LayoutToken& token : tokens) {
    if (token.kind == TokenKind::kText) {
      prose = prose || seen_number || token.compact.find(U'。') != std::u32string::npos;
    } else {
      seen_number = true;
    }
  }
  if (!prose) {
    return;
  }
  for (LayoutToken& token : tokens) {
    token.kind = TokenKind::kText;
  }
}

}  // namespace

std::string LineText(const TextLine& line) {
  std::string text;
  for (const TextCell& cell : line.cells) {
    if (!text.empty() && !cell.text.empty()) {
      text.push_back(' ');
    }
    text += cell.text;
  }
  return text;
}

void AppendLineCompact(const TextLine& line, std::u32string& out) {
  // The spaces LineText puts between cells fold away: the cells can be folded one by one.
  for (const TextCell& cell : line.cells) {
    AppendFoldCompactUtf8(cell.text, out);
  }
}

bool IsPageFooter(std::u32string_view compact) {
  if (compact.size() >= 3 && compact.front() == '-' && compact.back() == '-') {
    const std::u32string_view inner = compact.substr(1, compact.size() - 2);
    bool digits = !inner.empty() && inner.size() <= 4;
    for (char32_t c : inner) {
      digits = digits && IsAsciiDigit(c);
    }
    return digits;
  }
  if (compact.size() < 3 || compact.front() != U'第' || compact.back() != U'页') {
    return false;
  }
  for (char32_t c : compact) {
    if (!IsAsciiDigit(c) && c != U'第' && c != U'页' && c != U'共' && c != '/' && c != ',') {
      return false;
    }
  }
  return true;
}

namespace {

// Appends the tokens of one source line to `tokens`; false when the line has none worth keeping
// (a page footer, nothing but blanks), whose tokens are then removed again.
bool AppendLineTokens(const TextLine& source, bool char_columns, CellScratch& scratch,
                      std::vector<LayoutToken>& tokens) {
  const std::size_t first = tokens.size();
  const bool table_row = source.kind == LineKind::kTableRow;
  for (const TextCell& cell : source.cells) {
    if (table_row && IsBlankText(cell.text)) {
      LayoutToken& blank = NewToken(TokenKind::kBlank, scratch.memory, tokens);
      blank.x_begin = cell.x_begin;
      blank.x_end = cell.x_end;
      continue;
    }
    AppendCellTokens(cell, char_columns, scratch, tokens);
  }
  const std::span<LayoutToken> line(tokens.data() + first, tokens.size() - first);
  for (LayoutToken& token : line) {
    token.fused = source.fused;
  }
  if (!table_row) {
    DemoteProseNumbers(line);
  }
  if (line.empty() || IsFooterLine(line)) {
    tokens.resize(first);
    return false;
  }
  return true;
}

}  // namespace

LayoutLines TokenizeLines(const Document& document, std::size_t begin, std::size_t end) {
  const std::size_t stop = std::min(end, document.lines.size());
  std::vector<LayoutLine> lines;
  std::vector<LayoutToken> tokens;
  std::vector<std::size_t> firsts;  // index of each line's first token
  std::size_t cells = 0;
  std::size_t bytes = 0;
  for (std::size_t i = begin; i < stop; ++i) {
    cells += document.lines[i].cells.size();
    for (const TextCell& cell : document.lines[i].cells) {
      bytes += cell.text.size();
    }
  }
  tokens.reserve(cells + cells / 4);
  const bool char_columns = document.format == SourceFormat::kText;
  // Room for the UTF-8 and UTF-32 copies of the text in one block.
  auto memory = std::make_unique<std::pmr::monotonic_buffer_resource>(bytes * 5 + kArenaSlack);
  CellScratch scratch;  // reused for every cell
  scratch.memory = memory.get();
  for (std::size_t i = begin; i < stop; ++i) {
    const TextLine& source = document.lines[i];
    const std::size_t first = tokens.size();
    if (source.kind == LineKind::kPageBreak ||
        !AppendLineTokens(source, char_columns, scratch, tokens)) {
      continue;
    }
    LayoutLine& line = lines.emplace_back();
    line.source_line = i;
    line.page = source.page;
    line.table_row = source.kind == LineKind::kTableRow;
    firsts.push_back(first);
  }
  // The token vector no longer grows: the lines can view it.
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const std::size_t last = k + 1 < lines.size() ? firsts[k + 1] : tokens.size();
    lines[k].tokens = std::span<const LayoutToken>(tokens.data() + firsts[k], last - firsts[k]);
  }
  return LayoutLines(std::move(tokens), std::move(lines), std::move(memory));
}

}  // namespace gongkai::audit
