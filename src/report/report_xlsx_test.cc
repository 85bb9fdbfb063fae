#include "report/report_xlsx.h"

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <pugixml.hpp>
#include <zip.h>

#include "report/golden_testing.h"

namespace gongkai::report {
namespace {

// A worksheet as read back from the file: cell reference ("D12") -> text or number, and the
// merged ranges ("A2:C4").
struct Sheet {
  std::map<std::string, std::string> cells;
  std::set<std::string> merges;
};

std::string ReadEntry(zip_t* archive, const std::string& name) {
  zip_file_t* file = zip_fopen(archive, name.c_str(), 0);
  if (file == nullptr) {
    return {};
  }
  std::string data;
  char buffer[8192];
  zip_int64_t n = 0;
  while ((n = zip_fread(file, buffer, sizeof buffer)) > 0) {
    data.append(buffer, static_cast<std::size_t>(n));
  }
  zip_fclose(file);
  return data;
}

std::vector<Sheet> ReadWorkbook(const std::string& path) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (archive == nullptr) {
    ADD_FAILURE() << "cannot open " << path;
    return {};
  }
  std::vector<std::string> strings;
  pugi::xml_document shared;
  const std::string shared_xml = ReadEntry(archive, "xl/sharedStrings.xml");
  shared.load_buffer(shared_xml.data(), shared_xml.size());
  for (pugi::xml_node si : shared.child("sst").children("si")) {
    strings.emplace_back(si.child("t").text().get());
  }
  std::vector<Sheet> sheets;
  for (int i = 1;; ++i) {
    const std::string xml = ReadEntry(archive, "xl/worksheets/sheet" + std::to_string(i) + ".xml");
    if (xml.empty()) {
      break;
    }
    pugi::xml_document doc;
    doc.load_buffer(xml.data(), xml.size());
    Sheet sheet;
    for (pugi::xml_node row : doc.child("worksheet").child("sheetData").children("row")) {
      for (pugi::xml_node c : row.children("c")) {
        const std::string value = c.child("v").text().get();
        const bool shared_string = std::string(c.attribute("t").value()) == "s";
        sheet.cells[c.attribute("r").value()] =
            shared_string ? strings.at(static_cast<std::size_t>(std::stoi(value))) : value;
      }
    }
    for (pugi::xml_node m : doc.child("worksheet").child("mergeCells").children("mergeCell")) {
      sheet.merges.insert(m.attribute("ref").value());
    }
    sheets.push_back(std::move(sheet));
  }
  zip_close(archive);
  return sheets;
}

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          (name + "-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
           ".xlsx"))
      .string();
}

TEST(ReportXlsxTest, WritesOneSheetPerTableLikeTheTemplate) {
  const std::string path = TempPath("gongkai-report-xlsx");
  ASSERT_TRUE(WriteXlsx(testing::SampleReport(), path).has_value());
  const std::vector<Sheet> sheets = ReadWorkbook(path);
  std::filesystem::remove(path);
  ASSERT_EQ(sheets.size(), 3u);

  const Sheet& proactive = sheets[0];
  EXPECT_EQ(proactive.cells.at("A1"), "重庆市市场监督管理局2023年政府信息公开工作年度报告");
  EXPECT_EQ(proactive.cells.at("A2"), "第二十条第（一）项");
  EXPECT_TRUE(proactive.merges.count("A2:D2"));
  EXPECT_EQ(proactive.cells.at("D5"), "76");
  EXPECT_EQ(proactive.cells.at("A15"), "行政事业性收费");
  EXPECT_EQ(proactive.cells.at("B15"), "38.949");
  EXPECT_TRUE(proactive.merges.count("B15:D15"));

  const Sheet& requests = sheets[1];
  EXPECT_EQ(requests.cells.at("A2"),
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
  EXPECT_TRUE(requests.merges.count("A2:C4"));
  EXPECT_TRUE(requests.merges.count("D2:J2"));
  EXPECT_TRUE(requests.merges.count("D3:D4"));
  EXPECT_TRUE(requests.merges.count("E3:I3"));
  EXPECT_TRUE(requests.merges.count("J3:J4"));
  EXPECT_EQ(requests.cells.at("H4"), "法律服务机构");
  EXPECT_EQ(requests.cells.at("A5"), "一、本年新收政府信息公开申请数量");
  EXPECT_TRUE(requests.merges.count("A5:C5"));
  EXPECT_EQ(requests.cells.at("J5"), "146");
  EXPECT_EQ(requests.cells.at("A7"), "三、本年度办理结果");
  EXPECT_TRUE(requests.merges.count("A7:A28"));
  EXPECT_TRUE(requests.merges.count("B7:C7"));
  EXPECT_EQ(requests.cells.at("B9"), "（三）不予公开");
  EXPECT_TRUE(requests.merges.count("B9:B16"));
  EXPECT_EQ(requests.cells.at("C13"), "5.属于三类内部事务信息");
  EXPECT_EQ(requests.cells.at("D13"), "7");
  EXPECT_EQ(requests.cells.at("J28"), "145");
  EXPECT_EQ(requests.cells.at("A29"), "四、结转下年度继续办理");
  EXPECT_EQ(requests.cells.at("D29"), "1");

  const Sheet& review = sheets[2];
  EXPECT_TRUE(review.merges.count("A2:E2"));
  EXPECT_TRUE(review.merges.count("F2:O2"));
  EXPECT_TRUE(review.merges.count("A3:A4"));
  EXPECT_TRUE(review.merges.count("F3:J3"));
  EXPECT_TRUE(review.merges.count("K3:O3"));
  EXPECT_EQ(review.cells.at("K4"), "结果维持");
  EXPECT_EQ(review.cells.at("E5"), "10");
  EXPECT_EQ(review.cells.at("H5"), "1");
}

TEST(ReportXlsxTest, NullCellsAreBlank) {
  const std::string path = TempPath("gongkai-report-xlsx-null");
  domain::AnnualReport report = domain::AnnualReport::Empty(domain::TemplateVersion::k2021, false);
  report.row(domain::RequestRow::kGranted)[0] = 2;
  ASSERT_TRUE(WriteXlsx(report, path).has_value());
  const std::vector<Sheet> sheets = ReadWorkbook(path);
  std::filesystem::remove(path);
  ASSERT_EQ(sheets.size(), 3u);
  EXPECT_EQ(sheets[1].cells.at("D7"), "2");
  EXPECT_EQ(sheets[1].cells.at("E7"), "");
}

TEST(ReportXlsxTest, UnwritablePathIsUnavailable) {
  const core::Status status = WriteXlsx(testing::SampleReport(), "/nonexistent-dir/x/report.xlsx");
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, core::ErrorCode::kUnavailable);
  EXPECT_NE(status.error().message.find("/nonexistent-dir/x/report.xlsx"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::report
