#include "report/report_html.h"

#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <gumbo.h>

#include "report/golden_testing.h"

namespace gongkai::report {
namespace {

std::string Attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* attribute = gumbo_get_attribute(&node->v.element.attributes, name);
  return attribute == nullptr ? std::string() : std::string(attribute->value);
}

std::string TextOf(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEXT) {
    return node->v.text.text;
  }
  std::string text;
  if (node->type == GUMBO_NODE_ELEMENT) {
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      text += TextOf(static_cast<const GumboNode*>(children.data[i]));
    }
  }
  return text;
}

void Collect(const GumboNode* node, GumboTag tag, std::vector<const GumboNode*>& out) {
  if (node->type != GUMBO_NODE_ELEMENT) {
    return;
  }
  if (node->v.element.tag == tag) {
    out.push_back(node);
  }
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    Collect(static_cast<const GumboNode*>(children.data[i]), tag, out);
  }
}

// The table as a grid of cell texts, with every spanning cell copied into each slot it covers:
// what a reader of the page sees.
using Grid = std::vector<std::vector<std::string>>;

Grid GridOf(const GumboNode* table) {
  std::vector<const GumboNode*> rows;
  Collect(table, GUMBO_TAG_TR, rows);
  Grid grid(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::vector<const GumboNode*> cells;
    const GumboVector& children = rows[r]->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type == GUMBO_NODE_ELEMENT &&
          (child->v.element.tag == GUMBO_TAG_TD || child->v.element.tag == GUMBO_TAG_TH)) {
        cells.push_back(child);
      }
    }
    std::size_t column = 0;
    for (const GumboNode* cell : cells) {
      while (column < grid[r].size() && !grid[r][column].empty()) {
        ++column;
      }
      const int row_span =
          Attribute(cell, "rowspan").empty() ? 1 : std::stoi(Attribute(cell, "rowspan"));
      const int col_span =
          Attribute(cell, "colspan").empty() ? 1 : std::stoi(Attribute(cell, "colspan"));
      const std::string text = TextOf(cell).empty() ? "<empty>" : TextOf(cell);
      for (int dr = 0; dr < row_span && r + dr < grid.size(); ++dr) {
        auto& line = grid[r + static_cast<std::size_t>(dr)];
        if (line.size() < column + static_cast<std::size_t>(col_span)) {
          line.resize(column + static_cast<std::size_t>(col_span));
        }
        for (int dc = 0; dc < col_span; ++dc) {
          line[column + static_cast<std::size_t>(dc)] = text;
        }
      }
      column += static_cast<std::size_t>(col_span);
    }
  }
  return grid;
}

std::map<std::string, Grid> TablesByClass(const std::string& html) {
  GumboOutput* output = gumbo_parse(html.c_str());
  std::vector<const GumboNode*> tables;
  Collect(output->root, GUMBO_TAG_TABLE, tables);
  std::map<std::string, Grid> out;
  for (const GumboNode* table : tables) {
    out[Attribute(table, "class")] = GridOf(table);
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return out;
}

TEST(ReportHtmlTest, MatchesGolden) {
  testing::ExpectMatchesGolden("sample.html",
                               RenderHtml(testing::SampleReport(), testing::SampleText()));
}

TEST(ReportHtmlTest, RequestTableHasTheTemplateGrid) {
  const auto tables = TablesByClass(RenderHtml(testing::SampleReport(), testing::SampleText()));
  const Grid& grid = tables.at("requests");
  ASSERT_EQ(grid.size(), 3u + 25u);  // three header rows, 25 data rows
  for (const auto& row : grid) {
    EXPECT_EQ(row.size(), 10u);  // three label columns, seven value columns
  }
  EXPECT_EQ(grid[0][0], "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
  EXPECT_EQ(grid[2][2], grid[0][0]);  // the note spans 3×3
  EXPECT_EQ(grid[0][3], "申请人情况");
  EXPECT_EQ(grid[2][3], "自然人");
  EXPECT_EQ(grid[1][4], "法人或其他组织");
  EXPECT_EQ(grid[2][8], "其他");
  EXPECT_EQ(grid[2][9], "总计");
  EXPECT_EQ(grid[3][0], "一、本年新收政府信息公开申请数量");
  EXPECT_EQ(grid[3][9], "146");
  // 三、本年度办理结果 covers rows 5..26 (22 rows); （三）不予公开 covers its 8 sub-rows.
  for (std::size_t r = 5; r <= 26; ++r) {
    EXPECT_EQ(grid[r][0], "三、本年度办理结果") << r;
  }
  EXPECT_EQ(grid[27][0], "四、结转下年度继续办理");
  EXPECT_EQ(grid[11][1], "（三）不予公开");
  EXPECT_EQ(grid[11][2], "5.属于三类内部事务信息");
  EXPECT_EQ(grid[11][3], "7");
  EXPECT_EQ(grid[14][1], "（三）不予公开");
  EXPECT_EQ(grid[15][1], "（四）无法提供");
  EXPECT_EQ(grid[5][1], "（一）予以公开");
  EXPECT_EQ(grid[5][2], "（一）予以公开");
  EXPECT_EQ(grid[26][1], "（七）总计");
  EXPECT_EQ(grid[26][9], "145");
}

TEST(ReportHtmlTest, ReviewAndProactiveTablesHaveTheTemplateGrid) {
  const auto tables = TablesByClass(RenderHtml(testing::SampleReport(), testing::SampleText()));
  const Grid& review = tables.at("review-litigation");
  ASSERT_EQ(review.size(), 4u);
  for (const auto& row : review) {
    EXPECT_EQ(row.size(), 15u);
  }
  EXPECT_EQ(review[0][4], "行政复议");
  EXPECT_EQ(review[0][5], "行政诉讼");
  EXPECT_EQ(review[2][4], "总计");
  EXPECT_EQ(review[1][9], "未经复议直接起诉");
  EXPECT_EQ(review[2][10], "结果维持");
  EXPECT_EQ(review[3][4], "10");
  EXPECT_EQ(review[3][7], "1");
  const Grid& proactive = tables.at("proactive");
  ASSERT_EQ(proactive.size(), 14u);  // 4 blocks × 2 header rows + 6 rows
  for (const auto& row : proactive) {
    EXPECT_EQ(row.size(), 4u);
  }
  EXPECT_EQ(proactive[0][3], "第二十条第（一）项");
  EXPECT_EQ(proactive[3][3], "76");
  EXPECT_EQ(proactive[13][0], "行政事业性收费");
  EXPECT_EQ(proactive[13][1], "38.949");
}

TEST(ReportHtmlTest, SingleOtherRowSpansTwentyRows) {
  domain::AnnualReport report = testing::SampleReport();
  report.single_other_row = true;
  const auto tables = TablesByClass(RenderHtml(report, {}));
  const Grid& grid = tables.at("requests");
  ASSERT_EQ(grid.size(), 3u + 23u);
  EXPECT_EQ(grid[24][0], "三、本年度办理结果");
  EXPECT_EQ(grid[23][1], "（六）其他处理");
  EXPECT_EQ(grid[23][2], "（六）其他处理");
}

TEST(ReportHtmlTest, EscapesText) {
  const std::string html = RenderHtml(testing::SampleReport(), testing::SampleText());
  EXPECT_NE(html.find("&lt;登记、审核、答复&gt; &amp; 归档"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("<h2>六、其他需要报告的事项</h2>\n<p>（本部分内容尚未填写。）</p>"),
            std::string::npos);
}

}  // namespace
}  // namespace gongkai::report
