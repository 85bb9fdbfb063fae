#include "audit/layout_tokenizer.h"

#include <gtest/gtest.h>

#include "audit/label_normalizer.h"
#include "audit/text_document_for_testing.h"
#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

std::string Describe(const LayoutLine& line) {
  std::string out;
  for (const LayoutToken& token : line.tokens) {
    out += token.kind == TokenKind::kText ? "T:" : token.kind == TokenKind::kNumber ? "N:" : "B:";
    out += token.text + " ";
  }
  return out;
}

std::vector<std::string> Tokenize(std::string_view text) {
  const Document document = TextDocumentForTesting(text);
  std::vector<std::string> out;
  for (const LayoutLine& line : TokenizeLines(document, 0, document.lines.size())) {
    out.push_back(Describe(line));
  }
  return out;
}

TEST(LayoutTokenizerTest, ColumnsSplitAtWideGapsAndLabelsKeepTheirStraySpaces) {
  EXPECT_EQ(Tokenize("本            2.其他法律行政法规禁止公开     30   1   0"),
            (std::vector<std::string>{"T:本 T:2.其他法律行政法规禁止公开 N:30 N:1 N:0 "}));
  EXPECT_EQ(Tokenize("   4.无正当理由大量反复 申请        0    0"),
            (std::vector<std::string>{"T:4.无正当理由大量反复申请 N:0 N:0 "}));
  EXPECT_EQ(Tokenize(" 三 、本 年 度办 理 结果"),
            (std::vector<std::string>{"T:三、本年度办理结果 "}));
}

TEST(LayoutTokenizerTest, PipesSeparateCells) {
  EXPECT_EQ(Tokenize("行政许可 |\n349257 | ||"),
            (std::vector<std::string>{"T:行政许可 ", "N:349257 "}));
}

TEST(LayoutTokenizerTest, PageFootersAndBreaksDisappear) {
  EXPECT_EQ(Tokenize("规章  0\n          -3-\n\f 行政强制  1\n第2页共5页\n- 4 -"),
            (std::vector<std::string>{"T:规章 N:0 ", "T:行政强制 N:1 "}));
}

TEST(LayoutTokenizerTest, NumbersInRunningTextAreNotCells) {
  EXPECT_EQ(Tokenize("2023 年，洪泽区人民政府坚持"),
            (std::vector<std::string>{"T:2023 T:年，洪泽区人民政府坚持 "}));
  EXPECT_EQ(Tokenize("全年收取信息处理费 0 元。"),
            (std::vector<std::string>{"T:全年收取信息处理费 T:0 T:元。 "}));
}

TEST(LayoutTokenizerTest, TableRowsKeepEmptyCellsAsBlanks) {
  Document document;
  TextLine row;
  row.kind = LineKind::kTableRow;
  for (const char* text : {"（一）予以公开", "3", "", "—"}) {
    TextCell cell;
    cell.text = text;
    row.cells.push_back(cell);
  }
  document.lines.push_back(row);
  const auto lines = TokenizeLines(document, 0, 1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(Describe(lines[0]), "T:（一）予以公开 N:3 B: N:— ");
}

// Token texts are sliced from well-formed cells and re-encoded (with U+FFFD) from ill-formed ones;
// blank cells may hold non-ASCII white space.
TEST(LayoutTokenizerTest, IllFormedBytesAndWideBlanksInCells) {
  Document document;
  TextLine row;
  row.kind = LineKind::kTableRow;
  for (const char* text : {"行政\xFF许可   5", "\xE3\x80\x80 ", " x", "其他  \xC3\xA9 7"}) {
    TextCell cell;
    cell.text = text;
    row.cells.push_back(cell);
  }
  document.lines.push_back(row);
  const auto lines = TokenizeLines(document, 0, 1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(Describe(lines[0]), "T:行政\xEF\xBF\xBD许可 N:5 B: T:x T:其他 T:\xC3\xA9 N:7 ");
}

TEST(LayoutTokenizerTest, CharacterColumnsGivePositions) {
  Document document;
  TextLine line;
  TextCell cell;
  cell.text = "规章   1   22";
  cell.x_begin = 10;
  cell.x_end = 23;
  line.cells.push_back(cell);
  document.lines.push_back(line);
  const auto lines = TokenizeLines(document, 0, 1);
  ASSERT_EQ(lines[0].tokens.size(), 3u);
  EXPECT_EQ(lines[0].tokens[1].x_begin, 15);
  EXPECT_EQ(lines[0].tokens[2].x_begin, 19);
  EXPECT_EQ(lines[0].tokens[2].x_end, 21);
}

TEST(LayoutTokenizerTest, OnePieceCellsAreFoldedAsTheGeneralPathFoldsThem) {
  Document document;
  document.format = SourceFormat::kText;
  TextLine line;
  for (const char* text : {"（三）不予公开", "\xEF\xBF\xBD替换符", "一、总体情况", "12"}) {
    TextCell cell;
    cell.text = text;
    cell.x_begin = 4;
    line.cells.push_back(cell);
  }
  document.lines.push_back(line);
  const auto lines = TokenizeLines(document, 0, 1);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].tokens.size(), 4u);
  EXPECT_EQ(lines[0].tokens[0].text, "（三）不予公开");
  EXPECT_EQ(lines[0].tokens[0].compact, U"(三)不予公开");
  EXPECT_EQ(lines[0].tokens[0].x_end, 4 + 7);
  EXPECT_EQ(lines[0].tokens[1].compact, U"\uFFFD替换符");
  EXPECT_EQ(lines[0].tokens[2].compact, U"一、总体情况");
  EXPECT_EQ(lines[0].tokens[3].kind, TokenKind::kNumber);
}

TEST(LayoutTokenizerTest, LineCompactEqualsFoldingTheJoinedLine) {
  TextLine line;
  for (const char* text : {"二、主动公开", "", "截断\xE4\xB8", "\xB8（一）", "　规章 ５ "}) {
    TextCell cell;
    cell.text = text;
    line.cells.push_back(cell);
  }
  std::u32string compact = U"前";
  AppendLineCompact(line, compact);
  EXPECT_EQ(compact, U"前" + FoldCompact(DecodeUtf8(LineText(line))));
}

TEST(PageFooterTest, RecognisesPageNumbersOnly) {
  EXPECT_TRUE(IsPageFooter(U"-3-"));
  EXPECT_TRUE(IsPageFooter(U"第3页"));
  EXPECT_TRUE(IsPageFooter(U"第3页共12页"));
  EXPECT_FALSE(IsPageFooter(U"-3"));
  EXPECT_FALSE(IsPageFooter(U"3"));
  EXPECT_FALSE(IsPageFooter(U"第二十条第(一)项"));
}

}  // namespace
}  // namespace gongkai::audit
