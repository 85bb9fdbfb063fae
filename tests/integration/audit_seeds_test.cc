// `gongkai audit --json` on the shared seeds and real published reports, compared with the values a
// careful person read from them (the *.expected.json beside each, in GONGKAI_SHARED_DIR):
// - seeds: every cell the person could read (non-null in the fixture) must come out equal;
// - real reports: every cell the auditor prints (non-null in the output) must equal the reading,
//   since the auditor may leave a cell null (with a finding) but must never guess wrong.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "integration/audit_cli_runner.h"

namespace gongkai::integration {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kShared = GONGKAI_SHARED_DIR;

std::vector<std::string> ListFiles(const fs::path& directory, std::vector<std::string> extensions) {
  std::vector<std::string> names;
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(directory, error)) {
    const std::string extension = entry.path().extension().string();
    if (std::find(extensions.begin(), extensions.end(), extension) != extensions.end()) {
      names.push_back(entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

json ReadJson(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

bool SameValue(const json& a, const json& b) {
  if (a.is_number() && b.is_number()) {
    return std::abs(a.get<double>() - b.get<double>()) < 1e-9;
  }
  return a == b;
}

// Checks that every non-null leaf of `driver` is present and equal in `other`; `where` names the
// leaf in failure messages, `driver_name` says which side was read.
void ExpectLeavesAgree(const json& driver, const json& other, const std::string& where,
                       const char* driver_name) {
  if (driver.is_null()) {
    return;
  }
  if (driver.is_object() || driver.is_array()) {
    if (other.type() != driver.type() || other.size() != driver.size()) {
      ADD_FAILURE() << where << ": " << driver_name << " has " << driver.dump()
                    << " but the other side has " << other.dump();
      return;
    }
    for (auto it = driver.begin(); it != driver.end(); ++it) {
      const std::string key =
          driver.is_object() ? it.key() : std::to_string(std::distance(driver.begin(), it));
      const json& other_value =
          driver.is_object() ? other.value(key, json()) : other[std::stoul(key)];
      ExpectLeavesAgree(*it, other_value, where + "/" + key, driver_name);
    }
    return;
  }
  EXPECT_TRUE(SameValue(driver, other)) << where << ": " << driver_name << " has " << driver.dump()
                                        << ", the other side " << other.dump();
}

// Some readings qualify the agency with its province, e.g. "淮安市人民政府（江苏省）", which the
// report itself does not print; the name without that note is the same agency.
json WithoutProvinceNote(const json& agency) {
  if (!agency.is_string()) {
    return agency;
  }
  std::string name = agency.get<std::string>();
  const std::size_t note = name.rfind("（");
  if (note != std::string::npos && note > 0 && name.ends_with("省）")) {
    name.resize(note);
  }
  return name;
}

void ExpectAgenciesAgree(const json& actual, const json& expected) {
  if (actual.is_null() || expected.is_null()) {
    return;
  }
  EXPECT_EQ(WithoutProvinceNote(actual), WithoutProvinceNote(expected));
}

// The parts of report-json.md that hold values read from the report (besides the agency).
constexpr std::array<const char*, 5> kValueKeys = {"year", "template", "proactive", "requests",
                                                   "review_litigation"};

json AuditJson(const fs::path& path, int* exit_code) {
  const CliRun run = RunGongkai({"audit", "--json", path.string()});
  *exit_code = run.exit_code;
  EXPECT_NE(run.exit_code, 2) << path << " unreadable: " << run.err;
  if (run.out.empty()) {
    return json();
  }
  return json::parse(run.out);
}

std::string TestName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name;
  for (char c : info.param) {
    name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  }
  return name;
}

class AuditSeedTest : public ::testing::TestWithParam<std::string> {};

TEST_P(AuditSeedTest, EveryCellReadByAPersonComesOutEqual) {
  const fs::path seed = kShared / "seeds" / GetParam();
  const fs::path expected_path = kShared / "fixtures" / (seed.stem().string() + ".expected.json");
  ASSERT_TRUE(fs::exists(expected_path)) << expected_path;
  const json expected = ReadJson(expected_path);
  int exit_code = -1;
  const json actual = AuditJson(seed, &exit_code);
  ASSERT_TRUE(actual.is_object()) << seed;
  EXPECT_FALSE(actual.value("agency", json()).is_null()) << "the fixture names the agency";
  ExpectAgenciesAgree(actual.value("agency", json()), expected.value("agency", json()));
  for (const char* key : kValueKeys) {
    ExpectLeavesAgree(expected.value(key, json()), actual.value(key, json()), key, "the fixture");
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, AuditSeedTest,
                         ::testing::ValuesIn(ListFiles(kShared / "seeds", {".txt"})), TestName);

class AuditRealReportTest : public ::testing::TestWithParam<std::string> {};

TEST_P(AuditRealReportTest, EveryCellPrintedEqualsThePersonsReading) {
  const fs::path report = kShared / "reports" / GetParam();
  const json expected = ReadJson(kShared / "reports" / (report.stem().string() + ".expected.json"));
  int exit_code = -1;
  const json actual = AuditJson(report, &exit_code);
  ASSERT_TRUE(actual.is_object()) << report;
  ExpectAgenciesAgree(actual.value("agency", json()), expected.value("agency", json()));
  for (const char* key : kValueKeys) {
    ExpectLeavesAgree(actual.value(key, json()), expected.value(key, json()), key, "the auditor");
  }
}

INSTANTIATE_TEST_SUITE_P(Reports, AuditRealReportTest,
                         ::testing::ValuesIn(ListFiles(kShared / "reports", {".pdf", ".txt"})),
                         TestName);

TEST(AuditExitStatusTest, HongzeTwentyTwentyThreeHasErrorsInTableFour) {
  const CliRun run = RunGongkai({"audit", (kShared / "reports" / "hongze-2023.pdf").string()});
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_NE(run.out.find("四、政府信息公开行政复议、行政诉讼情况"), std::string::npos) << run.out;
}

TEST(AuditExitStatusTest, SeedTwoIsConsistent) {
  const CliRun run =
      RunGongkai({"audit", (kShared / "seeds" / "002_8ada8d9c032649de.txt").string()});
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
}

}  // namespace
}  // namespace gongkai::integration
