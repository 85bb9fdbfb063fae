#include "audit/fused_text_segmenter.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <utility>

#include "audit/byte_words.h"
#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

// A line shorter than this is a line a person or a layout broke; it is kept as it is.
constexpr std::size_t kMinFusedLength = 300;
// A row name is the end of the text before a run when at most this many characters follow it
// ("政府集中采购（元）").
constexpr std::size_t kMaxRowNameTail = 6;
constexpr std::size_t kYearDigits = 4;
constexpr std::size_t kMaxTitleLength = 40;
// Fewer digits than one request row's seven cells and the table's others: not a fused table.
constexpr std::size_t kMinFusedDigits = 21;
constexpr unsigned kAfterDigits = '9' + 1;

constexpr std::array<std::u32string_view, 13> kHeadingTitles = {
    U"总体情况",          U"主动公开",
    U"收到和处理",        U"政府信息公开行政复议",
    U"因政府信息公开",    U"政府信息公开工作存在",
    U"存在的主要问题",    U"当前存在",
    U"存在问题",          U"其他需要报告",
    U"其他需说明",        U"其他事项",
    U"政府信息公开的收费"};

constexpr std::array<std::u32string_view, 4> kTableAnchors = {U"第二十条", U"申请人情况",
                                                              U"本年新收", U"结果维持"};

constexpr std::array<std::u32string_view, 9> kProactiveRowNames = {
    U"规章",     U"行政规范性文件", U"规范性文件",     U"行政许可",    U"其他对外管理服务事项",
    U"行政处罚", U"行政强制",       U"行政事业性收费", U"政府集中采购"};

constexpr std::u32string_view kArticleBlock = U"第二十条";

bool IsHeadingNumeral(char32_t c) {
  return std::u32string_view(U"一二三四五六七八").find(c) != std::u32string_view::npos;
}

bool IsEnumerationComma(char32_t c) {
  return c == U'、' || c == U',';
}

bool StartsWithAt(std::u32string_view text, std::size_t at, std::u32string_view word) {
  return text.substr(at, word.size()) == word;
}

// Positions where a section heading (一、总体情况 …) starts.
std::vector<std::size_t> HeadingStarts(std::u32string_view text) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (!IsHeadingNumeral(text[i]) || !IsEnumerationComma(text[i + 1])) {
      continue;
    }
    std::size_t title = i + 2;
    while (title < text.size() && IsSpaceChar(text[title])) {
      ++title;
    }
    for (std::u32string_view word : kHeadingTitles) {
      if (StartsWithAt(text, title, word)) {
        starts.push_back(i);
        break;
      }
    }
  }
  return starts;
}

bool HasTableAnchor(std::u32string_view text) {
  return std::any_of(kTableAnchors.begin(), kTableAnchors.end(), [&](std::u32string_view anchor) {
    return text.find(anchor) != std::u32string_view::npos;
  });
}

bool IsSign(char32_t c) {
  return c == U'+' || c == U'-';
}

// True when text[i] belongs to a value run: a digit, a space, a sign before a digit, or a decimal
// point or thousands comma between two digits.
bool IsRunChar(std::u32string_view text, std::size_t i) {
  const char32_t c = text[i];
  if (IsAsciiDigit(c) || IsSpaceChar(c)) {
    return true;
  }
  const bool digit_after = i + 1 < text.size() && IsAsciiDigit(text[i + 1]);
  if (IsSign(c)) {
    return digit_after;
  }
  const bool digit_before = i > 0 && IsAsciiDigit(text[i - 1]);
  return (c == U'.' || c == U',') && digit_before && digit_after;
}

std::u32string_view Trim(std::u32string_view text) {
  while (!text.empty() && IsSpaceChar(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && IsSpaceChar(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

// The value tokens of a run: split at spaces, and before a sign ("0+11" -> "0", "+11").
std::vector<std::u32string> RunTokens(std::u32string_view run) {
  std::vector<std::u32string> tokens;
  std::u32string current;
  for (char32_t c : run) {
    if (IsSpaceChar(c) || (IsSign(c) && !current.empty())) {
      if (!current.empty()) {
        tokens.push_back(std::move(current));
        current.clear();
      }
      if (IsSpaceChar(c)) {
        continue;
      }
    }
    current.push_back(c);
  }
  if (!current.empty()) {
    tokens.push_back(std::move(current));
  }
  return tokens;
}

// Where the row name that ends `text` starts ("…现行有效件数规章" -> the position of 规章).
std::optional<std::size_t> TrailingRowName(std::u32string_view text) {
  std::optional<std::size_t> best;
  for (std::u32string_view name : kProactiveRowNames) {
    const std::size_t at = text.rfind(name);
    if (at == std::u32string_view::npos || text.size() - at - name.size() > kMaxRowNameTail) {
      continue;
    }
    if (!best.has_value() || at < *best) {
      best = at;
    }
  }
  return best;
}

void AddText(std::u32string_view text, std::vector<SegmentedLine>& out) {
  text = Trim(text);
  if (!text.empty()) {
    out.push_back(SegmentedLine{std::u32string(text), {}});
  }
}

// Adds a label (cut before a 第二十条 block and before a trailing row name) and its values.
void AddLabelled(std::u32string_view label, std::vector<std::u32string> values,
                 std::vector<SegmentedLine>& out) {
  for (std::size_t block = label.find(kArticleBlock, 1); block != std::u32string_view::npos;
       block = label.find(kArticleBlock, 1)) {
    AddText(label.substr(0, block), out);
    label.remove_prefix(block);
  }
  if (!values.empty()) {
    const std::optional<std::size_t> name = TrailingRowName(label);
    if (name.has_value() && *name > 0) {
      AddText(label.substr(0, *name), out);
      label.remove_prefix(*name);
    }
  }
  label = Trim(label);
  if (label.empty() && values.empty()) {
    return;
  }
  out.push_back(SegmentedLine{std::u32string(label), std::move(values)});
}

bool StartsLabelNumbering(std::u32string_view text) {
  return !text.empty() && (text.front() == U'.' || text.front() == U'、' || text.front() == U'．');
}

bool StartsWithUnit(std::u32string_view text) {
  return !text.empty() && (text.front() == U'元' || StartsWithAt(text, 0, U"万元"));
}

bool StartsWithDatePart(std::u32string_view text) {
  return !text.empty() && (text.front() == U'年' || text.front() == U'月' || text.front() == U'日');
}

// Splits a table section into label and value-run lines.
void SegmentTableSection(std::u32string_view text, std::vector<SegmentedLine>& out) {
  std::u32string label;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsRunChar(text, i) || IsSpaceChar(text[i])) {
      label.push_back(text[i++]);
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && IsRunChar(text, end)) {
      ++end;
    }
    std::u32string_view run = Trim(text.substr(i, end - i));
    std::u32string_view rest = text.substr(end);
    std::u32string carried;  // characters of the run that belong to the next label
    if (StartsLabelNumbering(rest) && IsAsciiDigit(run.back())) {
      carried.push_back(run.back());
      run.remove_suffix(1);
    } else if (StartsWithDatePart(rest)) {
      const std::size_t keep = run.size() > kYearDigits ? run.size() - kYearDigits : 0;
      carried = std::u32string(run.substr(keep));
      run = run.substr(0, keep);
    }
    std::vector<std::u32string> values = RunTokens(run);
    if (values.empty()) {
      label += carried;
      i = end;
      continue;
    }
    AddLabelled(label, std::move(values), out);
    label = std::move(carried);
    i = end;
    if (StartsWithUnit(text.substr(i))) {
      i += text[i] == U'元' ? 1 : 2;
    }
  }
  AddLabelled(label, {}, out);
}

}  // namespace

std::vector<SegmentedLine> SegmentFusedText(std::u32string_view text) {
  std::u32string folded;
  folded.reserve(text.size());
  for (char32_t c : text) {
    folded.push_back(FoldChar(c));
  }
  std::vector<std::size_t> cuts = HeadingStarts(folded);
  cuts.insert(cuts.begin(), 0);
  cuts.push_back(folded.size());
  std::vector<SegmentedLine> out;
  for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
    const std::u32string_view section =
        std::u32string_view(folded).substr(cuts[k], cuts[k + 1] - cuts[k]);
    if (HasTableAnchor(section)) {
      // The heading of a table section ends at its first 情况; the table's header follows.
      const std::size_t title_end = section.find(U"情况");
      if (title_end != std::u32string_view::npos && title_end < kMaxTitleLength) {
        AddText(section.substr(0, title_end + 2), out);
        SegmentTableSection(section.substr(title_end + 2), out);
        continue;
      }
      SegmentTableSection(section, out);
    } else {
      AddText(section, out);
    }
  }
  return out;
}

namespace {

std::u32string LineText(const TextLine& line) {
  std::u32string text;
  for (const TextCell& cell : line.cells) {
    if (!text.empty()) {
      text.push_back(U' ');
    }
    DecodeUtf8Into(cell.text, text);
  }
  return text;
}

constexpr std::array<std::string_view, 4> kTableAnchorsUtf8 = {"第二十条", "申请人情况", "本年新收",
                                                               "结果维持"};

// Cheap on the common line: byte lengths first, then the anchors searched in the UTF-8 bytes.
bool IsFusedTableLine(const TextLine& line) {
  if (line.kind != LineKind::kText) {
    return false;
  }
  std::size_t length = 0;
  for (const TextCell& cell : line.cells) {
    length += cell.text.size();
  }
  // Byte length bounds the code point count from above; check the real count only when needed.
  if (length < kMinFusedLength) {
    return false;
  }
  // A table run together holds many digits; prose paragraphs (the other long lines) few. Counting
  // them is cheap, unlike searching CJK anchors whose lead byte is everywhere in Chinese text.
  std::size_t digits = 0;
  for (const TextCell& cell : line.cells) {
    const std::string_view text = cell.text;
    for (std::size_t i = SkipToByteBelow(text, 0, kAfterDigits); i < text.size();
         i = SkipToByteBelow(text, i + 1, kAfterDigits)) {
      digits += text[i] >= '0' ? 1 : 0;
    }
  }
  if (digits < kMinFusedDigits) {
    return false;
  }
  const bool anchored = std::any_of(line.cells.begin(), line.cells.end(), [](const TextCell& cell) {
    return std::any_of(
        kTableAnchorsUtf8.begin(), kTableAnchorsUtf8.end(),
        [&](std::string_view anchor) { return cell.text.find(anchor) != std::string::npos; });
  });
  return anchored && LineText(line).size() >= kMinFusedLength;
}

}  // namespace

bool HasFusedTables(const Document& document) {
  return std::any_of(document.lines.begin(), document.lines.end(), IsFusedTableLine);
}

Document SegmentFusedDocument(const Document& document) {
  Document out;
  out.format = document.format;
  out.kind = document.kind;
  out.detected_encoding = document.detected_encoding;
  out.warnings = document.warnings;
  for (const TextLine& line : document.lines) {
    if (!IsFusedTableLine(line)) {
      out.lines.push_back(line);
      continue;
    }
    for (const SegmentedLine& piece : SegmentFusedText(LineText(line))) {
      TextLine& made = out.NewLine();
      made.fused = true;
      made.page = line.page;  // no y: the lines were cut from one, their gaps say nothing
      if (!piece.text.empty()) {
        made.cells.push_back(TextCell{.text = EncodeUtf8(piece.text),
                                      .colspan = 1,
                                      .rowspan = 1,
                                      .x_begin = std::nullopt,
                                      .x_end = std::nullopt});
      }
      for (const std::u32string& value : piece.values) {
        made.cells.push_back(TextCell{.text = EncodeUtf8(value),
                                      .colspan = 1,
                                      .rowspan = 1,
                                      .x_begin = std::nullopt,
                                      .x_end = std::nullopt});
      }
    }
  }
  return out;
}

}  // namespace gongkai::audit
