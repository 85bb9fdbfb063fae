#include "audit/text_reader.h"

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace gongkai::audit {
namespace {

std::vector<std::string> CellTexts(const TextLine& line) {
  std::vector<std::string> texts;
  for (const TextCell& cell : line.cells) {
    texts.push_back(cell.text);
  }
  return texts;
}

Document MustRead(std::string_view text) {
  auto document = ReadTextDocument(text);
  EXPECT_TRUE(document.has_value()) << document.error().message;
  return document.has_value() ? std::move(*document) : Document{};
}

std::string ReadShared(const std::string& relative) {
  std::ifstream in(std::string(GONGKAI_SHARED_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

TEST(TextReaderTest, SplitsLayoutColumnsAtRunsOfSpaces) {
  Document document = MustRead(
      "一、本年新收政府信息公开申请数量                             21    0      0     0   0   0"
      "     21\n");
  ASSERT_EQ(document.lines.size(), 1u);
  const TextLine& line = document.lines[0];
  EXPECT_EQ(line.kind, LineKind::kText);
  EXPECT_EQ(CellTexts(line), (std::vector<std::string>{"一、本年新收政府信息公开申请数量", "21",
                                                       "0", "0", "0", "0", "0", "21"}));
  EXPECT_EQ(line.cells[0].x_begin, 0.0);
  EXPECT_EQ(line.cells[0].x_end, 16.0);  // one column per CJK character, as pdftotext aligns
  EXPECT_EQ(line.cells[1].x_begin, 45.0);
  EXPECT_EQ(line.cells[1].x_end, 47.0);
}

TEST(TextReaderTest, ColumnsLineUpWithPdftotextHeaders) {
  Document document = MustRead(
      "       信息内容   本年制发件数    本年废止件数    现行有效件数\n"
      "\n"
      "规章               0          0       0\n");
  ASSERT_EQ(document.lines.size(), 2u);
  const TextLine& header = document.lines[0];
  const TextLine& row = document.lines[1];
  ASSERT_EQ(header.cells.size(), 4u);
  ASSERT_EQ(row.cells.size(), 4u);
  for (int column = 1; column < 4; ++column) {
    EXPECT_GE(*row.cells[column].x_begin, *header.cells[column].x_begin) << column;
    EXPECT_LE(*row.cells[column].x_end, *header.cells[column].x_end) << column;
  }
  EXPECT_EQ(header.y_begin, 0.0);
  EXPECT_EQ(row.y_begin, 2.0);  // the blank line is omitted but its number is kept
  EXPECT_EQ(row.y_end, 3.0);
}

TEST(TextReaderTest, SingleSpacesStayInsideACell) {
  Document document = MustRead("号 ， 邮 编 ： 223100 ， 电 话\n");
  ASSERT_EQ(document.lines.size(), 1u);
  EXPECT_EQ(CellTexts(document.lines[0]),
            std::vector<std::string>{"号 ， 邮 编 ： 223100 ， 电 话"});
}

TEST(TextReaderTest, SplitsPipesAndDropsEmptyCells) {
  Document document = MustRead("第二十条第(一)项 | |||\n信息内容 |\nab | c|d\n");
  ASSERT_EQ(document.lines.size(), 3u);
  EXPECT_EQ(CellTexts(document.lines[0]), std::vector<std::string>{"第二十条第(一)项"});
  EXPECT_EQ(CellTexts(document.lines[1]), std::vector<std::string>{"信息内容"});
  const TextLine& last = document.lines[2];
  EXPECT_EQ(CellTexts(last), (std::vector<std::string>{"ab", "c", "d"}));
  EXPECT_EQ(last.cells[1].x_begin, 5.0);
  EXPECT_EQ(last.cells[1].x_end, 6.0);
  EXPECT_EQ(last.cells[2].x_begin, 7.0);
}

TEST(TextReaderTest, TabsSeparateCells) {
  Document document = MustRead("行政许可\t349257\n");
  ASSERT_EQ(document.lines.size(), 1u);
  EXPECT_EQ(CellTexts(document.lines[0]), (std::vector<std::string>{"行政许可", "349257"}));
  EXPECT_EQ(document.lines[0].cells[1].x_begin, 8.0);
}

TEST(TextReaderTest, FormFeedsBreakPages) {
  Document document = MustRead("第一页\n  -1-\n\f第二页\n\f");
  ASSERT_EQ(document.lines.size(), 5u);
  EXPECT_EQ(document.lines[1].cells[0].text, "-1-");
  EXPECT_EQ(document.lines[2].kind, LineKind::kPageBreak);
  EXPECT_EQ(document.lines[2].page, 0);
  EXPECT_TRUE(document.lines[2].cells.empty());
  EXPECT_EQ(document.lines[3].cells[0].text, "第二页");
  EXPECT_EQ(document.lines[3].page, 1);
  EXPECT_EQ(document.lines[3].cells[0].x_begin, 0.0);
  EXPECT_EQ(document.lines[4].kind, LineKind::kPageBreak);
}

TEST(TextReaderTest, AcceptsEveryLineEnding) {
  Document document = MustRead("a\r\nb\rc\nd");
  ASSERT_EQ(document.lines.size(), 4u);
  EXPECT_EQ(document.lines[1].cells[0].text, "b");
  EXPECT_EQ(document.lines[2].cells[0].text, "c");
  EXPECT_EQ(document.lines[3].cells[0].text, "d");
  EXPECT_EQ(document.lines[3].y_begin, 3.0);
}

TEST(TextReaderTest, IdeographicIndentIsNotACell) {
  Document document = MustRead("\xE3\x80\x80\xE3\x80\x80一、总体情况\n");
  ASSERT_EQ(document.lines.size(), 1u);
  EXPECT_EQ(CellTexts(document.lines[0]), std::vector<std::string>{"一、总体情况"});
  EXPECT_EQ(document.lines[0].cells[0].x_begin, 2.0);
}

TEST(TextReaderTest, DecodesGbk) {
  Document document = MustRead(
      "\xD0\xD0\xD5\xFE\xD0\xED\xBF\xC9   349257\r\n"
      "\xD0\xD0\xD5\xFE\xB4\xA6\xB7\xA3   14026\r\n");
  EXPECT_EQ(document.detected_encoding, "GB18030");
  ASSERT_EQ(document.lines.size(), 2u);
  EXPECT_EQ(CellTexts(document.lines[1]), (std::vector<std::string>{"行政处罚", "14026"}));
}

// UTF-8 is read while the lines are cut; a GBK byte found only later, in a plain line or after a
// blank inside a line, still makes the whole file GB18030.
TEST(TextReaderTest, DecodesGbkFoundAfterManyUtf8LookingLines) {
  const std::string head = "2023 annual report\n" + std::string(50, '\n') + "12\n";
  const std::pair<std::string, std::vector<std::string>> tails[] = {
      {"\xD0\xD0\xD5\xFE\xD0\xED\xBF\xC9\n", {"行政许可"}},
      {"ok \xD0\xD0\xD5\xFE\xD0\xED\xBF\xC9  5\n", {"ok 行政许可", "5"}},
  };
  for (const auto& [tail, cells] : tails) {
    Document document = MustRead(head + tail);
    EXPECT_EQ(document.detected_encoding, "GB18030");
    ASSERT_EQ(document.lines.size(), 3u);
    EXPECT_EQ(CellTexts(document.lines[0]), std::vector<std::string>{"2023 annual report"});
    EXPECT_EQ(CellTexts(document.lines[2]), cells);
  }
  Document utf8 = MustRead(head + "行政许可  5\n");
  EXPECT_EQ(utf8.detected_encoding, "UTF-8");
  ASSERT_EQ(utf8.lines.size(), 3u);
  EXPECT_EQ(CellTexts(utf8.lines[2]), (std::vector<std::string>{"行政许可", "5"}));
  Document bom = MustRead("\xEF\xBB\xBF规章  1\n");
  ASSERT_EQ(bom.lines.size(), 1u);
  EXPECT_EQ(CellTexts(bom.lines[0]), (std::vector<std::string>{"规章", "1"}));
}

TEST(TextReaderTest, RejectsUndecodableText) {
  auto document = ReadTextDocument("ok\n\xFF\xFE\xFD\xFC\x80\x81 junk");
  ASSERT_FALSE(document.has_value());
  EXPECT_EQ(document.error().code, core::ErrorCode::kInvalidArgument);
}

TEST(TextReaderTest, ReadsPipeSeed) {
  const std::string seed = ReadShared("seeds/002_8ada8d9c032649de.txt");
  ASSERT_FALSE(seed.empty());
  Document document = MustRead(seed);
  bool found = false;
  for (std::size_t i = 0; i + 1 < document.lines.size(); ++i) {
    if (CellTexts(document.lines[i]) == std::vector<std::string>{"行政许可"}) {
      EXPECT_EQ(CellTexts(document.lines[i + 1]), std::vector<std::string>{"349257"});
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST(TextReaderTest, ReadsPdftotextLayoutReport) {
  const std::string report = ReadShared("reports/real-012.txt");
  ASSERT_FALSE(report.empty());
  Document document = MustRead(report);
  int page_breaks = 0;
  bool found = false;
  for (const TextLine& line : document.lines) {
    page_breaks += line.kind == LineKind::kPageBreak ? 1 : 0;
    if (!line.cells.empty() && line.cells[0].text == "一、本年新收政府信息公开申请数量") {
      EXPECT_EQ(CellTexts(line), (std::vector<std::string>{"一、本年新收政府信息公开申请数量", "21",
                                                           "0", "0", "0", "0", "0", "21"}));
      EXPECT_EQ(line.page, 2);
      found = true;
    }
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(page_breaks, 5);  // pdftotext ends each of the five pages with a form feed
}

}  // namespace
}  // namespace gongkai::audit
