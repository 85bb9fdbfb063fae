#include "report/golden_testing.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "report/report_json.h"

namespace gongkai::report::testing {
namespace {

// Seed 002's statistics, typed in (so that the goldens do not depend on the shared folder).
constexpr std::string_view kSampleJson = R"({
 "agency": "重庆市市场监督管理局", "year": 2023, "template": "2021",
 "proactive": {
  "规章": {"本年制发件数": 0, "本年废止件数": 0, "现行有效件数": 0},
  "行政规范性文件": {"本年制发件数": 14, "本年废止件数": 13, "现行有效件数": 76},
  "行政许可": {"本年处理决定数量": 349257}, "行政处罚": {"本年处理决定数量": 14026},
  "行政强制": {"本年处理决定数量": 3293},
  "行政事业性收费": {"本年收费金额（单位：万元）": 38.949}},
 "requests": {
  "新收": [138, 5, 0, 0, 3, 0, 146], "上年结转": [0, 0, 0, 0, 0, 0, 0],
  "予以公开": [56, 1, 0, 0, 0, 0, 57], "部分公开": [14, 0, 0, 0, 0, 0, 14],
  "不予公开.1": [0, 0, 0, 0, 0, 0, 0], "不予公开.2": [0, 0, 0, 0, 0, 0, 0],
  "不予公开.3": [1, 1, 0, 0, 0, 0, 2], "不予公开.4": [2, 0, 0, 0, 0, 0, 2],
  "不予公开.5": [7, 0, 0, 0, 0, 0, 7], "不予公开.6": [6, 1, 0, 0, 0, 0, 7],
  "不予公开.7": [16, 0, 0, 0, 0, 0, 16], "不予公开.8": [3, 0, 0, 0, 0, 0, 3],
  "无法提供.1": [26, 2, 0, 0, 2, 0, 30], "无法提供.2": [0, 0, 0, 0, 0, 0, 0],
  "无法提供.3": [0, 0, 0, 0, 0, 0, 0], "不予处理.1": [1, 0, 0, 0, 0, 0, 1],
  "不予处理.2": [1, 0, 0, 0, 1, 0, 2], "不予处理.3": [0, 0, 0, 0, 0, 0, 0],
  "不予处理.4": [0, 0, 0, 0, 0, 0, 0], "不予处理.5": [0, 0, 0, 0, 0, 0, 0],
  "其他处理.1": [0, 0, 0, 0, 0, 0, 0], "其他处理.2": [0, 0, 0, 0, 0, 0, 0],
  "其他处理.3": [4, 0, 0, 0, 0, 0, 4], "总计": [137, 5, 0, 0, 3, 0, 145],
  "结转下年度": [1, 0, 0, 0, 0, 0, 1]},
 "review_litigation": [9, 1, 0, 0, 10, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0],
 "findings": []})";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return {};
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string FirstDifference(const std::string& expected, const std::string& actual) {
  std::istringstream a(expected), b(actual);
  std::string line_a, line_b;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, line_a));
    const bool more_b = static_cast<bool>(std::getline(b, line_b));
    if (!more_a && !more_b) {
      return "(no line differs; check the trailing newline)";
    }
    if (!more_a || !more_b || line_a != line_b) {
      return "line " + std::to_string(line) + "\n  golden: " + (more_a ? line_a : "<end>") +
             "\n  actual: " + (more_b ? line_b : "<end>");
    }
  }
}

}  // namespace

domain::AnnualReport SampleReport() {
  core::Result<domain::AnnualReport> report = ReportFromJson(kSampleJson);
  // The sample is a constant of this file; failing to read it is a bug in the test support.
  EXPECT_TRUE(report.has_value()) << report.error().message;
  return report.has_value() ? *report : domain::AnnualReport{};
}

domain::ReportText SampleText() {
  domain::ReportText text;
  text.agency_id = "cq-scjg";
  text.year = 2023;
  text.overview =
      "2023年，本局认真贯彻《中华人民共和国政府信息公开条例》，全年共收到政府信息公开申请146件。\n"
      "\n  （一）主动公开。全年通过网站主动公开信息2405条。\n"
      "（二）依申请公开。严格落实“收、办、发”流程 <登记、审核、答复> & 归档。";
  text.problems = "一是政务公开意识还需提升。\n二是政策解读形式还不够丰富。";
  text.other_matters = "";
  return text;
}

std::string GoldenPath(const std::string& name) {
  return std::string(GONGKAI_SOURCE_DIR) + "/tests/golden/report/" + name;
}

void ExpectMatchesGolden(const std::string& name, const std::string& actual) {
  const std::string path = GoldenPath(name);
  const char* update = std::getenv("GONGKAI_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc) << actual;
    return;
  }
  const std::string expected = ReadFile(path);
  ASSERT_FALSE(expected.empty()) << "missing golden file " << path
                                 << " (run the test with GONGKAI_UPDATE_GOLDEN=1 to create it)";
  EXPECT_TRUE(expected == actual) << name << " differs from its golden file at "
                                  << FirstDifference(expected, actual)
                                  << "\n(GONGKAI_UPDATE_GOLDEN=1 regenerates it after review)";
}

}  // namespace gongkai::report::testing
