// Round trip through the real binary: `gongkai demo` fills a temporary SQLite file, every report
// of it is exported as JSON, HTML and Markdown, and `gongkai audit --json` reads the HTML and
// Markdown exports back. The auditor must find exactly the generated numbers in every cell and no
// error or warning: the generator's output is readable by the auditor.
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "integration/gongkai_process.h"

namespace gongkai::integration {
namespace {

using Json = nlohmann::json;

// Two years so that the later one has cases carried over (上年结转).
constexpr const char* kDemoYears = "2023,2024";
constexpr const char* kReportYear = "2024";

struct Scope {
  std::string agency;
  bool all_below = false;
};

// The auditor folds full-width brackets in the agency name read from a title ("（全系统）" →
// "(全系统)"), so names are compared folded.
std::string FoldBrackets(std::string name) {
  for (const auto& [wide, narrow] : {std::pair<std::string, std::string>{"（", "("}, {"）", ")"}}) {
    for (std::size_t at = name.find(wide); at != std::string::npos; at = name.find(wide, at)) {
      name.replace(at, wide.size(), narrow);
    }
  }
  return name;
}

// Every cell of the statistics sections where `audited` differs from `exported`, one line each.
std::vector<std::string> CellDifferences(const Json& exported, const Json& audited) {
  std::vector<std::string> differences;
  for (const char* section : {"proactive", "requests"}) {
    for (const auto& [row, cells] : exported[section].items()) {
      if (!audited[section].contains(row) || audited[section][row] != cells) {
        differences.push_back(std::string(section) + " / " + row + ": exported " + cells.dump() +
                              ", audited " + audited[section].value(row, Json()).dump());
      }
    }
    if (audited[section].size() != exported[section].size()) {
      differences.push_back(std::string(section) + ": audited has " +
                            std::to_string(audited[section].size()) + " rows, exported " +
                            std::to_string(exported[section].size()));
    }
  }
  if (audited["review_litigation"] != exported["review_litigation"]) {
    differences.push_back("review_litigation: exported " + exported["review_litigation"].dump() +
                          ", audited " + audited["review_litigation"].dump());
  }
  return differences;
}

class ReportRoundTripTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_FALSE(scratch_.path().empty()) << "cannot create a temporary folder";
    db_ = scratch_.File("demo.db");
    const ProcessRun demo = RunGongkaiBinary(
        {"demo", "--db", db_, "--years", kDemoYears, "--seed", "11", "--requests", "150"},
        scratch_);
    ASSERT_EQ(demo.exit_code, 0) << demo.err;
  }

  std::vector<std::string> ReportArgs(const Scope& scope, const std::string& format) const {
    std::vector<std::string> args = {"report",   "--db",       db_,        "--year", kReportYear,
                                     "--agency", scope.agency, "--format", format};
    if (scope.all_below) {
      args.emplace_back("--all-below");
    }
    return args;
  }

  // Exports `scope` as JSON (stdout) and as HTML and Markdown files, audits both files and
  // compares them with the JSON.
  void CheckRoundTrip(const Scope& scope) {
    const std::string label = scope.agency + (scope.all_below ? " --all-below" : "");
    const ProcessRun exported_run = RunGongkaiBinary(ReportArgs(scope, "json"), scratch_);
    ASSERT_EQ(exported_run.exit_code, 0) << label << ": " << exported_run.err;
    const Json exported = Json::parse(exported_run.out);
    ASSERT_TRUE(exported["findings"].empty()) << label << ": " << exported["findings"].dump();
    for (const std::string format : {"html", "md"}) {
      const std::string file =
          scratch_.File(scope.agency + (scope.all_below ? "-all." : ".") + format);
      std::vector<std::string> args = ReportArgs(scope, format);
      args.insert(args.end(), {"--output", file});
      const ProcessRun written = RunGongkaiBinary(args, scratch_);
      ASSERT_EQ(written.exit_code, 0) << label << " " << format << ": " << written.err;
      const ProcessRun audit = RunGongkaiBinary({"audit", "--json", file}, scratch_);
      ASSERT_EQ(audit.exit_code, 0) << label << " " << format << ": " << audit.err << audit.out;
      const Json audited = Json::parse(audit.out);
      SCOPED_TRACE(::testing::Message() << label << " as " << format);
      EXPECT_EQ(audited["year"], exported["year"]);
      EXPECT_EQ(audited["template"], exported["template"]);
      EXPECT_EQ(FoldBrackets(audited["agency"].get<std::string>()),
                FoldBrackets(exported["agency"].get<std::string>()));
      EXPECT_THAT(CellDifferences(exported, audited), ::testing::IsEmpty());
      for (const Json& finding : audited["findings"]) {
        EXPECT_EQ(finding["severity"], "info") << finding.dump();
      }
    }
  }

  ScratchDir scratch_;
  std::string db_;
};

TEST_F(ReportRoundTripTest, AuditorReadsBackEveryCellOfEveryExport) {
  const ProcessRun agencies = RunGongkaiBinary({"agency", "list", "--db", db_, "--json"}, scratch_);
  ASSERT_EQ(agencies.exit_code, 0) << agencies.err;
  const Json list = Json::parse(agencies.out);
  ASSERT_GE(list.size(), 2u);
  std::string root;
  for (const Json& agency : list) {
    CheckRoundTrip({agency["id"].get<std::string>(), false});
    if (agency["parent_id"].is_null()) {
      root = agency["id"].get<std::string>();
    }
  }
  ASSERT_FALSE(root.empty());
  CheckRoundTrip({root, true});
}

TEST(ReportRoundTripComparisonTest, SeesEveryChangedCell) {
  // Guards the comparison itself: a changed, missing or extra cell is reported.
  const Json exported = Json::parse(R"({
    "proactive": {"规章": {"本年制发件数": 1, "本年废止件数": 0, "现行有效件数": 4}},
    "requests": {"新收": [1, 0, 0, 0, 0, 0, 1], "总计": [1, 0, 0, 0, 0, 0, 1]},
    "review_litigation": [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]})");
  EXPECT_TRUE(CellDifferences(exported, exported).empty());
  Json audited = exported;
  audited["requests"]["新收"][0] = 2;
  audited["proactive"]["规章"]["现行有效件数"] = nullptr;
  audited["review_litigation"][14] = 1;
  EXPECT_EQ(CellDifferences(exported, audited).size(), 3u);
  audited = exported;
  audited["requests"].erase("总计");
  EXPECT_EQ(CellDifferences(exported, audited).size(), 2u);  // missing row; row count
}

}  // namespace
}  // namespace gongkai::integration
