// ExtractReport on documents that carry structure: HTML/DOCX table rows with row and column spans,
// and text cells with x positions (PDF boxes, the text reader's columns).
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "audit/report_extractor.h"
#include "domain/report_checks.h"

namespace gongkai::audit {
namespace {

using domain::AnnualReport;
using domain::RequestRow;

struct Cell {
  std::string text;
  int rowspan = 1;
  int colspan = 1;
};

void AddText(Document& document, std::string text) {
  TextLine line;
  TextCell cell;
  cell.text = std::move(text);
  line.cells.push_back(std::move(cell));
  document.lines.push_back(std::move(line));
}

void AddRow(Document& document, int table, const std::vector<Cell>& cells) {
  TextLine line;
  line.kind = LineKind::kTableRow;
  line.table_index = table;
  for (const Cell& c : cells) {
    TextCell cell;
    cell.text = c.text;
    cell.rowspan = c.rowspan;
    cell.colspan = c.colspan;
    line.cells.push_back(std::move(cell));
  }
  document.lines.push_back(std::move(line));
}

std::vector<Cell> Numbers(std::vector<std::string> values) {
  std::vector<Cell> cells;
  for (std::string& v : values) {
    cells.push_back(Cell{std::move(v)});
  }
  return cells;
}

std::vector<Cell> Row(std::vector<Cell> labels, std::vector<std::string> values) {
  std::vector<Cell> numbers = Numbers(std::move(values));
  labels.insert(labels.end(), numbers.begin(), numbers.end());
  return labels;
}

const std::vector<std::string> kZeros = {"0", "0", "0", "0", "0", "0", "0"};

// The 2021 request table as an HTML page prints it: group cells span their rows and come first in
// the first row of their group.
Document HtmlReport() {
  Document d;
  d.format = SourceFormat::kHtml;
  AddText(d, "某区教育局2022年政府信息公开工作年度报告");
  AddText(d, "二、主动公开政府信息情况");
  AddRow(d, 0, {{"第二十条第（一）项", 1, 4}});
  AddRow(d, 0, Row({{"信息内容"}}, {"本年制发件数", "本年废止件数", "现行有效件数"}));
  AddRow(d, 0, Row({{"规章"}}, {"0", "0", "0"}));
  AddRow(d, 0, Row({{"行政规范性文件"}}, {"2", "1", "9"}));
  AddRow(d, 0, {{"第二十条第（五）项", 1, 4}});
  AddRow(d, 0, Row({{"信息内容"}}, {"本年处理决定数量"}));
  AddRow(d, 0, Row({{"行政许可"}}, {"1,024"}));
  AddRow(d, 0, {{"第二十条第（六）项", 1, 4}});
  AddRow(d, 0, Row({{"行政处罚"}}, {"37"}));
  AddRow(d, 0, Row({{"行政强制"}}, {""}));
  AddRow(d, 0, {{"第二十条第（八）项", 1, 4}});
  AddRow(d, 0, Row({{"行政事业性收费"}}, {"0.35"}));
  AddText(d, "三、收到和处理政府信息公开申请情况");
  AddRow(d, 1,
         {{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3},
          {"申请人情况", 1, 7}});
  AddRow(d, 1, {{"自然人", 2}, {"法人或其他组织", 1, 5}, {"总计", 2}});
  AddRow(d, 1, Numbers({"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"}));
  AddRow(d, 1,
         Row({{"一、本年新收政府信息公开申请数量", 1, 3}}, {"4", "1", "0", "0", "0", "0", "5"}));
  AddRow(d, 1, Row({{"二、上年结转政府信息公开申请数量", 1, 3}}, kZeros));
  AddRow(d, 1,
         Row({{"三、本年度办理结果", 22}, {"（一）予以公开", 1, 2}},
             {"3", "1", "0", "0", "0", "0", "4"}));
  AddRow(d, 1, Row({{"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2}}, kZeros));
  const char* groups[] = {"（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"};
  const int sizes[] = {8, 3, 5, 3};
  const RequestRow firsts[] = {RequestRow::kWithheld1, RequestRow::kUnavailable1,
                               RequestRow::kNotHandled1, RequestRow::kOther1};
  for (int g = 0; g < 4; ++g) {
    for (int k = 0; k < sizes[g]; ++k) {
      const auto row = static_cast<RequestRow>(static_cast<int>(firsts[g]) + k);
      std::vector<Cell> labels;
      if (k == 0) {
        labels.push_back({groups[g], sizes[g]});
      }
      labels.push_back({std::string(domain::RowInfo(row).label)});
      std::vector<std::string> values = kZeros;
      if (row == RequestRow::kUnavailable2) {
        values = {"1", "", "0", "0", "0", "0", "1"};
      }
      AddRow(d, 1, Row(labels, values));
    }
  }
  AddRow(d, 1, Row({{"（七）总计", 1, 2}}, {"4", "1", "0", "0", "0", "0", "5"}));
  AddRow(d, 1, Row({{"四、结转下年度继续办理", 1, 3}}, kZeros));
  AddText(d, "四、政府信息公开行政复议、行政诉讼情况");
  AddRow(d, 2, {{"行政复议", 1, 5}, {"行政诉讼", 1, 10}});
  AddRow(d, 2, Numbers({"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}));
  AddRow(d, 2,
         Numbers({"1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"}));
  AddText(d, "五、存在的主要问题及改进情况");
  return d;
}

std::string Findings(const AnnualReport& report) {
  std::string out;
  for (const domain::Finding& f : report.findings) {
    if (!f.not_checkable) {
      out += f.rule + " @ " + f.where + ": " + f.message + "\n";
    }
  }
  return out;
}

TEST(TableDocumentTest, HtmlTableWithSpansIsReadCellByCell) {
  auto report = ExtractReport(HtmlReport());
  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_EQ(report->agency, "某区教育局");
  EXPECT_EQ(report->year, 2022);
  EXPECT_FALSE(report->single_other_row);
  EXPECT_EQ(report->row(RequestRow::kGranted), (domain::RequestRowCells{3, 1, 0, 0, 0, 0, 4}));
  EXPECT_EQ(report->row(RequestRow::kUnavailable2),
            (domain::RequestRowCells{1, std::nullopt, 0, 0, 0, 0, 1}));
  EXPECT_EQ(report->row(RequestRow::kOther3), (domain::RequestRowCells{0, 0, 0, 0, 0, 0, 0}));
  EXPECT_EQ(report->row(RequestRow::kTotal), (domain::RequestRowCells{4, 1, 0, 0, 0, 0, 5}));
  EXPECT_EQ(report->proactive->at("行政许可").at("本年处理决定数量"), 1024);
  EXPECT_EQ(report->proactive->at("行政事业性收费").at("本年收费金额（单位：万元）"), 0.35);
  EXPECT_FALSE(report->proactive->at("行政强制").at("本年处理决定数量").has_value());
  EXPECT_EQ((*report->review_litigation)[0], 1);
  EXPECT_EQ((*report->review_litigation)[4], 1);
  int blanks = 0;
  int errors = 0;
  for (const domain::Finding& f : report->findings) {
    blanks += f.rule == "cells.blank" ? 1 : 0;
    errors += f.severity == domain::Severity::kError ? 1 : 0;
  }
  EXPECT_EQ(blanks, 2) << Findings(*report);
  EXPECT_EQ(errors, 0) << Findings(*report);
}

// Text cells with x positions (character columns): a row that prints six numbers has them placed
// by the columns the complete rows above establish.
TEST(TableDocumentTest, PositionedCellsPlaceAShortRow) {
  Document d;
  AddText(d, "某镇人民政府2023年政府信息公开工作年度报告");
  AddText(d, "三、收到和处理政府信息公开申请情况");
  auto positioned = [&](const std::string& label,
                        const std::vector<std::pair<int, std::string>>& cells) {
    TextLine line;
    TextCell head;
    head.text = label;
    head.x_begin = 0;
    head.x_end = static_cast<double>(label.size() / 3);
    line.cells.push_back(head);
    for (const auto& [x, text] : cells) {
      TextCell cell;
      cell.text = text;
      cell.x_begin = x;
      cell.x_end = x + static_cast<double>(text.size());
      line.cells.push_back(cell);
    }
    d.lines.push_back(line);
  };
  const std::vector<int> xs = {40, 48, 56, 64, 72, 80, 88};
  auto full = [&](const std::string& label, const std::vector<std::string>& values) {
    std::vector<std::pair<int, std::string>> cells;
    for (std::size_t i = 0; i < values.size(); ++i) {
      cells.emplace_back(xs[i], values[i]);
    }
    positioned(label, cells);
  };
  full("一、本年新收政府信息公开申请数量", {"5", "0", "0", "0", "0", "1", "6"});
  full("二、上年结转政府信息公开申请数量", {"0", "0", "0", "0", "0", "0", "0"});
  positioned("（一）予以公开", {{40, "5"}, {48, "0"}, {64, "0"}, {72, "0"}, {80, "1"}, {88, "6"}});
  AddText(d, "四、政府信息公开行政复议、行政诉讼情况");
  auto report = ExtractReport(d);
  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_EQ(report->row(RequestRow::kGranted),
            (domain::RequestRowCells{5, 0, std::nullopt, 0, 0, 1, 6}));
  const auto it = std::find_if(report->findings.begin(), report->findings.end(),
                               [](const domain::Finding& f) { return f.rule == "cells.missing"; });
  ASSERT_NE(it, report->findings.end());
  EXPECT_NE(it->message.find("“科研机构”列空缺"), std::string::npos) << it->message;
}

}  // namespace
}  // namespace gongkai::audit
