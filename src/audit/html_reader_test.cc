#include "audit/html_reader.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "audit/cell_text.h"

namespace gongkai::audit {
namespace {

std::vector<std::string> CellTexts(const TextLine& line) {
  std::vector<std::string> texts;
  for (const TextCell& cell : line.cells) {
    texts.push_back(cell.text);
  }
  return texts;
}

Document MustRead(std::string_view html) {
  auto document = ReadHtmlDocument(html);
  EXPECT_TRUE(document.has_value()) << document.error().message;
  return document.has_value() ? std::move(*document) : Document{};
}

TEST(HtmlReaderTest, BlocksBecomeTextLines) {
  Document document = MustRead(
      "<html><body><h1>某局2023年年度报告</h1><p>&emsp;&emsp;一、总体情况</p>"
      "<div>第一行<br>第二行<span>续</span></div>尾</body></html>");
  EXPECT_EQ(document.format, SourceFormat::kHtml);
  ASSERT_EQ(document.lines.size(), 5u);
  EXPECT_EQ(document.lines[0].kind, LineKind::kText);
  EXPECT_EQ(CellTexts(document.lines[1]), std::vector<std::string>{"一、总体情况"});
  EXPECT_EQ(CellTexts(document.lines[3]), std::vector<std::string>{"第二行续"});
  EXPECT_EQ(CellTexts(document.lines[4]), std::vector<std::string>{"尾"});
}

TEST(HtmlReaderTest, TableRowsKeepSpansAndEmptyCells) {
  Document document = MustRead(
      "<table><tr><td colspan=\"3\">第二十条第（一）项</td></tr>"
      "<tr><th>信息内容</th><th>本年制发<br/>件数</th><th></th></tr>"
      "<tr><td rowspan=2>三、本年度<p>办理结果</p></td><td>（一）予以公开</td><td> 56 </td></tr>"
      "<tr><td>（二）部分公开</td><td>14</td></tr></table>");
  ASSERT_EQ(document.lines.size(), 4u);
  for (const TextLine& line : document.lines) {
    EXPECT_EQ(line.kind, LineKind::kTableRow);
    EXPECT_EQ(line.table_index, 0);
  }
  EXPECT_EQ(document.lines[0].cells[0].colspan, 3);
  EXPECT_EQ(CellTexts(document.lines[1]),
            (std::vector<std::string>{"信息内容", "本年制发\n件数", ""}));
  EXPECT_EQ(CellTexts(document.lines[2]),
            (std::vector<std::string>{"三、本年度\n办理结果", "（一）予以公开", "56"}));
  EXPECT_EQ(document.lines[2].cells[0].rowspan, 2);
  EXPECT_EQ(CellTexts(document.lines[3]), (std::vector<std::string>{"（二）部分公开", "14"}));
}

TEST(HtmlReaderTest, ImpliedEndTagsCloseCellsAndRows) {
  Document document = MustRead("<table><tr><td>规章<td>0<td>0<tr><td>行政许可<td>9487</table>");
  ASSERT_EQ(document.lines.size(), 2u);
  EXPECT_EQ(CellTexts(document.lines[0]), (std::vector<std::string>{"规章", "0", "0"}));
  EXPECT_EQ(CellTexts(document.lines[1]), (std::vector<std::string>{"行政许可", "9487"}));
}

TEST(HtmlReaderTest, LayoutTablesAreReadAsBlocks) {
  Document document = MustRead(
      "<table><tr><td>网站导航</td><td><p>正文开头</p>"
      "<table><tr><td>规章</td><td>0</td></tr></table><p>正文结尾</p>"
      "<table><tr><td>行政许可</td><td>9487</td></tr></table></td></tr></table>"
      "<table><tr><td><p>单格表格里的一段话</p></td></tr></table>");
  ASSERT_EQ(document.lines.size(), 6u);
  EXPECT_EQ(CellTexts(document.lines[0]), std::vector<std::string>{"网站导航"});
  EXPECT_EQ(CellTexts(document.lines[1]), std::vector<std::string>{"正文开头"});
  EXPECT_EQ(document.lines[2].kind, LineKind::kTableRow);
  EXPECT_EQ(document.lines[2].table_index, 0);
  EXPECT_EQ(CellTexts(document.lines[3]), std::vector<std::string>{"正文结尾"});
  EXPECT_EQ(document.lines[4].table_index, 1);
  EXPECT_EQ(CellTexts(document.lines[4]), (std::vector<std::string>{"行政许可", "9487"}));
  EXPECT_EQ(document.lines[5].kind, LineKind::kText);
}

TEST(HtmlReaderTest, ArticleInACellIsLayout) {
  const std::string article(2000, 'x');
  Document document =
      MustRead("<table><tr><td>菜单</td><td><p>" + article + "</p><p>段落二</p></td></tr></table>");
  ASSERT_EQ(document.lines.size(), 3u);
  EXPECT_EQ(document.lines[1].kind, LineKind::kText);
}

TEST(HtmlReaderTest, SkipsScriptsStylesAndHiddenContent) {
  Document document = MustRead(
      "<script>document.write('<p>脚本</p>')</script><style>p{}</style>"
      "<div style=\"Display : None\"><div>隐藏</div>也隐藏</div><p hidden>藏</p>"
      "<template><p>模板</p></template><select><option>选项</option></select><p>可见</p>");
  ASSERT_EQ(document.lines.size(), 1u);
  EXPECT_EQ(CellTexts(document.lines[0]), std::vector<std::string>{"可见"});
}

TEST(HtmlReaderTest, AttributeNamesIgnoreCaseAndTheFirstOfTwinsCounts) {
  Document document = MustRead(
      "<DIV STYLE='color:red' style='display:none'>可见</DIV><P HIDDEN>藏</P>"
      "<SPAN Style='DISPLAY:NONE'>隐藏</SPAN>"
      "<table><TR><TD ColSpan=2 colspan=3 ROWSPAN=4>a</TD><td>b</td></TR></table>");
  ASSERT_EQ(document.lines.size(), 2u);
  EXPECT_EQ(CellTexts(document.lines[0]), std::vector<std::string>{"可见"});
  ASSERT_EQ(document.lines[1].cells.size(), 2u);
  EXPECT_EQ(document.lines[1].cells[0].colspan, 2);
  EXPECT_EQ(document.lines[1].cells[0].rowspan, 4);
}

TEST(HtmlReaderTest, CaptionAndMisplacedTextComeBeforeRows) {
  Document document =
      MustRead("<table>错位文字<caption>表一</caption><tr><td>a</td><td>b</td></tr></table>");
  ASSERT_EQ(document.lines.size(), 3u);
  EXPECT_EQ(CellTexts(document.lines[0]), std::vector<std::string>{"错位文字"});
  EXPECT_EQ(CellTexts(document.lines[1]), std::vector<std::string>{"表一"});
  EXPECT_EQ(document.lines[2].kind, LineKind::kTableRow);
}

TEST(HtmlReaderTest, PreKeepsLineBreaks) {
  Document document = MustRead("<pre>规章   0\n行政许可  9487</pre>");
  ASSERT_EQ(document.lines.size(), 2u);
  EXPECT_EQ(CellTexts(document.lines[1]), std::vector<std::string>{"行政许可 9487"});
}

TEST(HtmlReaderTest, BlockLinesAreCleanedAsAppendTextLinesCleansThem) {
  // Blocks outside tables, blocks inside a layout cell and text between rows.
  for (const std::string text : {"一、总体情况", "\u3000\u3000一、总体情况 ", "规章\u00A0\u00A0 0",
                                 "甲\u2028乙\u2029\u2029丙", "\u200B", "  ", "x\u200By\uFEFF",
                                 "a\u0085b", "全角（一）、“引号”"}) {
    std::vector<TextLine> expected;
    AppendTextLines(text, expected);
    for (const std::string& html :
         {"<p>" + text + "</p>", "<table><tr><td>" + text + "<table></table></td></tr></table>",
          "<table>" + text + "<tr><td>a</td><td>b</td></tr></table>"}) {
      const Document document = MustRead(html);
      ASSERT_GE(document.lines.size(), expected.size()) << html;
      for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(document.lines[i].kind, LineKind::kText) << html;
        EXPECT_EQ(CellTexts(document.lines[i]), CellTexts(expected[i])) << html;
      }
      const bool more_lines = document.lines.size() > expected.size();
      EXPECT_TRUE(!more_lines || document.lines[expected.size()].kind == LineKind::kTableRow)
          << html;
    }
  }
}

TEST(HtmlReaderTest, HonoursDeclaredGbk) {
  Document document = MustRead(
      "<html><head><meta charset=\"gb2312\"></head><body><p>\xD0\xD0\xD5\xFE\xD0\xED\xBF\xC9"
      "</p></body></html>");
  EXPECT_EQ(document.detected_encoding, "GB18030");
  ASSERT_EQ(document.lines.size(), 1u);
  EXPECT_EQ(document.lines[0].cells[0].text, "行政许可");
}

TEST(HtmlReaderTest, TruncatedPageKeepsWhatWasRead) {
  const std::string page =
      "<p>前言</p><table><tr><td>规章</td><td>0</td></tr><tr><td>行政许可</td><td>94";
  for (std::size_t size = 0; size <= page.size(); ++size) {
    // Cut inside a character, the file is reported as truncated; otherwise it reads.
    auto document = ReadHtmlDocument(std::string_view(page).substr(0, size));
    ASSERT_TRUE(document.has_value() || document.error().message.find("截断") != std::string::npos)
        << size;
  }
  Document document = MustRead(page);
  ASSERT_EQ(document.lines.size(), 3u);
  EXPECT_EQ(CellTexts(document.lines[2]), (std::vector<std::string>{"行政许可", "94"}));
}

TEST(HtmlReaderTest, HostileNestingStaysLinear) {
  // gumbo needed minutes for the divs and overflowed its stack on the tables.
  std::string divs;
  std::string tables;
  for (int i = 0; i < 200000; ++i) {
    divs += "<div>";
    tables += "<table><tr><td>";
  }
  // Quadratic work here would exceed the test's ctest TIMEOUT (src/audit/CMakeLists.txt).
  Document from_divs = MustRead(divs + "深");
  Document from_tables = MustRead(tables + "深");
  ASSERT_EQ(from_divs.lines.size(), 1u);
  ASSERT_EQ(from_tables.lines.size(), 1u);
  EXPECT_EQ(from_tables.lines[0].cells[0].text, "深");
}

TEST(HtmlReaderTest, ReadsLargePages) {
  // Throughput is measured in bench/audit_bench.cc; this checks that nothing is lost.
  const std::string row =
      "<tr><td>一、本年新收政府信息公开申请数量</td><td>138</td><td>5</td><td>0</td><td>0</td>"
      "<td>3</td><td>0</td><td>146</td></tr>\n";
  std::string page = "<html><body><p>根据《中华人民共和国政府信息公开条例》规定。</p><table>";
  std::size_t rows = 0;
  for (; page.size() < 8u * 1024 * 1024; ++rows) {
    page += row;
  }
  page += "</table></body></html>";
  Document document = MustRead(page);
  ASSERT_EQ(document.lines.size(), rows + 1);
  EXPECT_EQ(CellTexts(document.lines[rows]),
            (std::vector<std::string>{"一、本年新收政府信息公开申请数量", "138", "5", "0", "0", "3",
                                      "0", "146"}));
}

}  // namespace
}  // namespace gongkai::audit
