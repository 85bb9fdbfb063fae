#include "report/report_json.h"

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "domain/report_checks.h"

namespace gongkai::report {
namespace {

using domain::AnnualReport;
using domain::RequestRow;
using domain::TemplateVersion;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string SharedFile(const std::string& relative) {
  return std::string(GONGKAI_SHARED_DIR) + "/" + relative;
}

// The fixture text with its prose keys replaced by an empty findings list: what ReportToJson must
// print, byte for byte, after reading the fixture.
std::string ExpectedReprint(const std::string& fixture_text) {
  nlohmann::ordered_json fixture = nlohmann::ordered_json::parse(fixture_text);
  for (const char* key : {"malformed", "inconsistencies", "notes", "layout"}) {
    fixture.erase(key);
  }
  fixture["findings"] = nlohmann::ordered_json::array();
  return fixture.dump(1);
}

class FixtureRoundTripTest : public testing::TestWithParam<std::string> {};

TEST_P(FixtureRoundTripTest, ReprintsTheFixtureExactly) {
  const std::string text = ReadFile(SharedFile(GetParam()));
  ASSERT_FALSE(text.empty()) << "missing " << GetParam();
  const core::Result<AnnualReport> report = ReportFromJson(text);
  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_EQ(ReportToJson(*report), ExpectedReprint(text));
}

INSTANTIATE_TEST_SUITE_P(SharedFixtures, FixtureRoundTripTest,
                         testing::Values("fixtures/000_1ec9b8d8ffb3b045.expected.json",
                                         "fixtures/002_8ada8d9c032649de.expected.json",
                                         "reports/hongze-2023.expected.json",
                                         "reports/hongze-2024.expected.json",
                                         "reports/real-012.expected.json",
                                         "reports/real-013.expected.json",
                                         "reports/real-014.expected.json"));

TEST(ReportJsonTest, ReadsSeed002Values) {
  const core::Result<AnnualReport> report =
      ReportFromJson(ReadFile(SharedFile("fixtures/002_8ada8d9c032649de.expected.json")));
  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_EQ(report->agency, "重庆市市场监管系统");
  EXPECT_EQ(report->year, 2023);
  EXPECT_FALSE(report->single_other_row);
  EXPECT_EQ(report->row(RequestRow::kNewlyReceived)[0], 138);
  EXPECT_EQ(report->row(RequestRow::kUnavailable1)[4], 2);
  EXPECT_EQ(report->row(RequestRow::kOther3)[6], 4);
  EXPECT_EQ((*report->review_litigation)[4], 10);
  EXPECT_DOUBLE_EQ(*report->proactive->at("行政事业性收费").at("本年收费金额（单位：万元）"),
                   38.949);
  EXPECT_FALSE(domain::HasErrors(domain::CheckReport(*report)));
}

TEST(ReportJsonTest, SingleOtherRowUsesOneKey) {
  const core::Result<AnnualReport> report =
      ReportFromJson(ReadFile(SharedFile("reports/hongze-2023.expected.json")));
  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_TRUE(report->single_other_row);
  const std::string json = ReportToJson(*report);
  EXPECT_NE(json.find("\"其他处理\""), std::string::npos);
  EXPECT_EQ(json.find("\"其他处理.1\""), std::string::npos);
}

TEST(ReportJsonTest, PrintsNullCellsAndFindings) {
  AnnualReport report = AnnualReport::Empty(TemplateVersion::k2021, false);
  report.agency = "测试局";
  report.year = 2024;
  report.row(RequestRow::kGranted)[0] = 3;
  report.findings.push_back(
      {"requests.balance", domain::Severity::kInfo, "三 / 自然人列", "无法核对", true});
  const std::string json = ReportToJson(report, {JsonLayout::kCompact});
  EXPECT_NE(json.find("\"予以公开\":[3,null,null,null,null,null,null]"), std::string::npos);
  EXPECT_NE(
      json.find("\"规章\":{\"本年制发件数\":null,\"本年废止件数\":null,\"现行有效件数\":null}"),
      std::string::npos);
  EXPECT_NE(json.find("{\"rule\":\"requests.balance\",\"severity\":\"info\",\"where\":\"三 / "
                      "自然人列\",\"message\":\"无法核对\",\"not_checkable\":true}"),
            std::string::npos);
  const core::Result<AnnualReport> back = ReportFromJson(json);
  ASSERT_TRUE(back.has_value()) << back.error().message;
  EXPECT_EQ(ReportToJson(*back, {JsonLayout::kCompact}), json);
}

TEST(ReportJsonTest, PreTemplateReportHasNullSections) {
  AnnualReport report = AnnualReport::Empty(TemplateVersion::kPre2019, false);
  report.year = 2015;
  EXPECT_EQ(ReportToJson(report, {JsonLayout::kCompact}),
            "{\"agency\":null,\"year\":2015,\"template\":\"pre-2019\",\"proactive\":null,"
            "\"requests\":null,\"review_litigation\":null,\"findings\":[]}");
}

TEST(ReportJsonTest, AmountsKeepDecimalsAndCountsPrintAsIntegers) {
  AnnualReport report = AnnualReport::Empty(TemplateVersion::k2021, false);
  (*report.proactive)["行政事业性收费"]["本年收费金额（单位：万元）"] = 12.3456;
  (*report.proactive)["行政许可"]["本年处理决定数量"] = 349257;
  const std::string json = ReportToJson(report, {JsonLayout::kCompact});
  EXPECT_NE(json.find("\"本年收费金额（单位：万元）\":12.3456"), std::string::npos);
  EXPECT_NE(json.find("\"本年处理决定数量\":349257}"), std::string::npos);
}

struct BadInput {
  std::string json;
  std::string message_part;
};

class ReportFromJsonErrorTest : public testing::TestWithParam<BadInput> {};

TEST_P(ReportFromJsonErrorTest, ExplainsWhatIsWrong) {
  const core::Result<AnnualReport> report = ReportFromJson(GetParam().json);
  ASSERT_FALSE(report.has_value());
  EXPECT_EQ(report.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_NE(report.error().message.find(GetParam().message_part), std::string::npos)
      << report.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ReportFromJsonErrorTest,
    testing::Values(
        BadInput{"{\"template\": \"2021\",", "无法解析"}, BadInput{"[1, 2]", "顶层应为对象"},
        BadInput{"{}", "template"}, BadInput{"{\"template\": \"2030\"}", "2030"},
        BadInput{"{\"template\": \"2021\", \"extra\": 1}", "extra"},
        BadInput{"{\"template\": \"2021\", \"year\": \"2024\"}", "year"},
        BadInput{"{\"template\": \"2021\", \"requests\": {\"新收\": [1, 2]}}", "requests.新收"},
        BadInput{"{\"template\": \"2021\", \"requests\": {\"新收\": "
                 "[1, 2, 3, 4, 5, 6, 7.5]}}",
                 "requests.新收[总计]"},
        BadInput{"{\"template\": \"2021\", \"requests\": {\"转出\": []}}", "转出"},
        BadInput{"{\"template\": \"2021\", \"requests\": {\"其他处理\": [0,0,0,0,0,0,"
                 "0], \"其他处理.2\": [0,0,0,0,0,0,0]}}",
                 "不能同时"},
        BadInput{"{\"template\": \"2019\", \"requests\": {\"其他处理.1\": "
                 "[0,0,0,0,0,0,0]}}",
                 "其他处理.1"},
        BadInput{"{\"template\": \"2021\", \"proactive\": {\"规范性文件\": {}}}", "规范性文件"},
        BadInput{"{\"template\": \"2021\", \"proactive\": {\"规章\": "
                 "{\"本年制发件数\": \"三\"}}}",
                 "proactive.规章.本年制发件数"},
        BadInput{"{\"template\": \"2021\", \"review_litigation\": [1]}", "15"},
        BadInput{"{\"template\": \"2021\", \"findings\": [{\"rule\": \"x\"}]}", "findings[0]"}));

}  // namespace
}  // namespace gongkai::report
