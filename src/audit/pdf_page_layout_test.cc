#include "audit/pdf_page_layout.h"

#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace gongkai::audit {
namespace {

PdfTextBox Box(std::string text, double left, double top, double width, double height) {
  PdfTextBox box;
  box.text = std::move(text);
  box.left = left;
  box.top = top;
  box.right = left + width;
  box.bottom = top + height;
  return box;
}

std::vector<std::string> CellTexts(const TextLine& line) {
  std::vector<std::string> texts;
  for (const TextCell& cell : line.cells) {
    texts.push_back(cell.text);
  }
  return texts;
}

TEST(PdfPageLayoutTest, ColumnMajorBoxesComeOutRowByRow) {
  // poppler may list a table column by column; geometry must put the rows back together.
  std::vector<PdfTextBox> boxes = {Box("12", 320, 599, 7, 14),
                                   Box("34", 320, 619, 7, 14),
                                   Box("5", 350, 599, 7, 14),
                                   Box("6", 350, 619, 7, 14),
                                   Box("1.属于国家秘密", 180, 602, 60, 9),
                                   Box("2.其他法律行政法规禁止公开", 180, 622, 110, 9)};
  std::vector<TextLine> lines = LayOutPdfPage(boxes, 3);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(CellTexts(lines[0]), (std::vector<std::string>{"1.属于国家秘密", "12", "5"}));
  EXPECT_EQ(CellTexts(lines[1]),
            (std::vector<std::string>{"2.其他法律行政法规禁止公开", "34", "6"}));
  EXPECT_EQ(lines[0].kind, LineKind::kText);
  EXPECT_EQ(lines[0].page, 3);
  EXPECT_DOUBLE_EQ(*lines[0].cells[1].x_begin, 320);
  EXPECT_DOUBLE_EQ(*lines[0].cells[1].x_end, 327);
  EXPECT_DOUBLE_EQ(*lines[0].y_begin, 599);
  EXPECT_DOUBLE_EQ(*lines[0].y_end, 613);
}

TEST(PdfPageLayoutTest, MergesAdjacentBoxesIntoOneCell) {
  PdfTextBox word = Box("Annual", 100, 100, 30, 10);
  word.space_after = true;
  std::vector<TextLine> lines =
      LayOutPdfPage({Box("1.", 180, 100, 7, 13), Box("属于国家秘密", 187.1, 102, 54, 9), word,
                     Box("report", 132.5, 100, 30, 10)},
                    0);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(CellTexts(lines[0]), (std::vector<std::string>{"Annual report", "1.属于国家秘密"}));
}

TEST(PdfPageLayoutTest, WrappedLabelJoinsTheRowOfItsNumbers) {
  std::vector<TextLine> lines =
      LayOutPdfPage({Box("（二）部分公开（区分处理的，只计这一情形，不", 104, 569, 200, 9),
                     Box("9", 322, 572.6, 7, 14), Box("0", 352, 572.6, 7, 14),
                     Box("计其他情形）", 104, 582.7, 54, 9), Box("1.属于国家秘密", 180, 602, 60, 9),
                     Box("0", 322, 599, 7, 14)},
                    0);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(CellTexts(lines[0]),
            (std::vector<std::string>{"（二）部分公开（区分处理的，只计这一情形，不\n计其他情形）",
                                      "9", "0"}));
  EXPECT_DOUBLE_EQ(*lines[0].y_begin, 569);
  EXPECT_DOUBLE_EQ(*lines[0].y_end, 591.7);
}

TEST(PdfPageLayoutTest, CloseNumbersStayApart) {
  std::vector<TextLine> lines = LayOutPdfPage(
      {Box("自然人", 100, 100, 36, 12), Box("138", 150, 100, 18, 12), Box("5", 171, 100, 6, 12)},
      0);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(CellTexts(lines[0]), (std::vector<std::string>{"自然人", "138", "5"}));
}

TEST(PdfPageLayoutTest, LabelCentredBetweenRowsDoesNotChainThem) {
  // A rowspan label printed halfway between two tightly set rows of values.
  std::vector<TextLine> lines =
      LayOutPdfPage({Box("（一）予以公开", 172, 59.7, 84, 15.6), Box("56", 270, 58.7, 15, 15.6),
                     Box("三、本年度办理结果", 58, 69.8, 108, 15.6),
                     Box("（二）部分公开", 172, 79.9, 84, 15.6), Box("14", 270, 78.9, 15, 15.6)},
                    0);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(CellTexts(lines[1]), (std::vector<std::string>{"（二）部分公开", "14"}));
}

TEST(PdfPageLayoutTest, LabelBelowTheNumbersStartsTheNextRow) {
  // Narrow label column: row 4's label wraps around its numbers, row 5's label starts right
  // under them (LibreOffice export of seed 000).
  std::vector<TextLine> lines = LayOutPdfPage(
      {Box("4.保护第三方", 150.7, 230.5, 71.4, 15.6), Box("0", 232.1, 238.1, 7.6, 15.6),
       Box("0", 284.4, 238.1, 7.6, 15.6), Box("合法权益", 150.7, 247.8, 48, 15.6),
       Box("5.属于三类内", 150.7, 271.1, 71.4, 15.6), Box("1", 232.1, 278.7, 7.6, 15.6),
       Box("0", 284.4, 278.7, 7.6, 15.6), Box("部事务信息", 150.7, 288.3, 60, 15.6)},
      0);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(CellTexts(lines[0]), (std::vector<std::string>{"4.保护第三方\n合法权益", "0", "0"}));
  EXPECT_EQ(CellTexts(lines[1]), (std::vector<std::string>{"5.属于三类内\n部事务信息", "1", "0"}));
}

TEST(PdfPageLayoutTest, StackedHeaderWordsFormOneCell) {
  std::vector<TextLine> lines =
      LayOutPdfPage({Box("自然人", 310, 449, 30, 10), Box("社会", 402, 450.6, 20, 10),
                     Box("商业", 345, 457, 20, 10), Box("公益", 402, 463.6, 20, 10),
                     Box("企业", 345, 470, 20, 10), Box("组织", 402, 476.5, 20, 10)},
                    0);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(CellTexts(lines[0]),
            (std::vector<std::string>{"自然人", "商业\n企业", "社会\n公益\n组织"}));
}

TEST(PdfPageLayoutTest, RunningTextLinesStaySeparate) {
  // Tightly set paragraph lines (pitch = text height) cover the same width: never one row.
  std::vector<TextLine> lines =
      LayOutPdfPage({Box("第一行正文，内容很长很长很长很长很长很长", 74, 100, 445, 12),
                     Box("第二行正文", 74, 112, 120, 12), Box("一、总体情况", 100, 124, 70, 12)},
                    0);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[2].cells[0].text, "一、总体情况");
}

TEST(PdfPageLayoutTest, VerticalLabelSpansItsRows) {
  PdfTextBox top = Box("三、本", 90, 600, 10, 30);
  PdfTextBox bottom = Box("年度办理结果", 90, 631, 10, 60);
  top.vertical_writing = true;
  bottom.vertical_writing = true;
  top.rotation = 1;
  bottom.rotation = 1;
  std::vector<TextLine> lines =
      LayOutPdfPage({Box("1.属于国家秘密", 180, 602, 60, 9), Box("0", 322, 600, 7, 12),
                     Box("2.其他", 180, 632, 60, 9), Box("1", 322, 630, 7, 12),
                     Box("3.危及", 180, 662, 60, 9), Box("2", 322, 660, 7, 12),
                     Box("（七）总计", 104, 702, 45, 9), Box("3", 322, 700, 7, 12), top, bottom},
                    0);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(CellTexts(lines[0]),
            (std::vector<std::string>{"三、本年度办理结果", "1.属于国家秘密", "0"}));
  EXPECT_EQ(lines[0].cells[0].rowspan, 3);
  EXPECT_DOUBLE_EQ(*lines[0].y_end, 612);  // the tall cell does not stretch its first row
  EXPECT_EQ(CellTexts(lines[3]), (std::vector<std::string>{"（七）总计", "3"}));
}

TEST(PdfPageLayoutTest, TurnsBackAPageSetSideways) {
  // Text reading downwards (rotation 1): lines stack from right to left.
  auto turned = [](std::string text, double left, double top, double width, double height) {
    PdfTextBox box = Box(std::move(text), left, top, width, height);
    box.rotation = 1;
    return box;
  };
  std::vector<TextLine> lines =
      LayOutPdfPage({turned("14026", 480, 400, 12, 30), turned("行政处罚", 480, 100, 12, 48),
                     turned("3293", 460, 400, 12, 24), turned("行政强制", 460, 100, 12, 48)},
                    0);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(CellTexts(lines[0]), (std::vector<std::string>{"行政处罚", "14026"}));
  EXPECT_EQ(CellTexts(lines[1]), (std::vector<std::string>{"行政强制", "3293"}));
}

TEST(PdfPageLayoutTest, IgnoresBrokenAndBlankBoxes) {
  PdfTextBox broken = Box("x", 0, 0, 1, 1);
  broken.left = std::numeric_limits<double>::quiet_NaN();
  PdfTextBox odd = Box("y", 0, 0, 1, 1);
  odd.rotation = 7;
  std::vector<TextLine> lines =
      LayOutPdfPage({broken, odd, Box(" \t", 5, 5, 5, 5), Box("规章", 81, 587, 24, 12)}, 0);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(CellTexts(lines[0]), std::vector<std::string>{"规章"});
  EXPECT_TRUE(LayOutPdfPage({}, 0).empty());
}

}  // namespace
}  // namespace gongkai::audit
