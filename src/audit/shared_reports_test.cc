// Every report in ../shared, found by listing the folders (not by a list of names): each input
// file (any extension) of `reports/` and `seeds/` with a hand-read `*.expected.json` must have
// every non-null expected cell read right; a report whose fixture lists inconsistencies must get
// an error finding and any other report none.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "audit/document_reader.h"
#include "audit/expected_report_for_testing.h"
#include "audit/report_extractor.h"

namespace gongkai::audit {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct SharedCase {
  fs::path input;
  fs::path expected;
};

constexpr std::string_view kExpectedSuffix = ".expected.json";

// The report's id: the file name up to the first '.' ("pingtan-04.html" -> "pingtan-04").
std::string StemOf(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.substr(0, name.find('.'));
}

std::vector<SharedCase> ListCases(const fs::path& inputs, const fs::path& expectations) {
  std::vector<SharedCase> cases;
  for (const fs::directory_entry& entry : fs::directory_iterator(inputs)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || name.ends_with(".json") || name.ends_with(".md")) {
      continue;
    }
    const fs::path expected = expectations / (StemOf(entry.path()) + std::string(kExpectedSuffix));
    if (fs::exists(expected)) {
      cases.push_back(SharedCase{entry.path(), expected});
    }
  }
  std::sort(cases.begin(), cases.end(),
            [](const SharedCase& a, const SharedCase& b) { return a.input < b.input; });
  return cases;
}

std::vector<SharedCase> AllCases() {
  const fs::path shared(GONGKAI_SHARED_DIR);
  std::vector<SharedCase> cases = ListCases(shared / "reports", shared / "reports");
  const std::vector<SharedCase> seeds = ListCases(shared / "seeds", shared / "fixtures");
  cases.insert(cases.end(), seeds.begin(), seeds.end());
  return cases;
}

json ReadJson(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return json::parse(buffer.str());
}

// What the hand reader says of the printed report. kWrong: a malformed cell or row, or a broken
// rule. kNotes: only notes that are not errors in every layout ("structure:" notes, such as a 2021
// report printing one （六）其他处理 row or no 规章 row, are warnings in some fixtures and
// inconsistencies in others (real-013 vs pingtan-09); a note that says "warning" (pingtan-11: the
// blank cell page.html shows, which page.txt prints as six digits for seven cells). kClean: none.
enum class Verdict { kClean, kNotes, kWrong };

Verdict ExpectedVerdict(const json& expected) {
  Verdict verdict = Verdict::kClean;
  for (const char* key : {"inconsistencies", "malformed"}) {
    if (!expected.contains(key) || !expected[key].is_array()) {
      continue;
    }
    for (const json& note : expected[key]) {
      const std::string text = note.is_string() ? note.get<std::string>() : "";
      if (!text.starts_with("structure:") && text.find("warning") == std::string::npos) {
        return Verdict::kWrong;
      }
      verdict = Verdict::kNotes;
    }
  }
  return verdict;
}

// Errors from the table's arithmetic (勾稽关系), which a report with notes only must not get.
int CountRuleErrors(const domain::AnnualReport& report) {
  int count = 0;
  for (const domain::Finding& finding : report.findings) {
    const bool arithmetic = finding.rule.starts_with("requests.") ||
                            finding.rule.starts_with("review.") ||
                            finding.rule.starts_with("litigation");
    count += finding.severity == domain::Severity::kError && arithmetic ? 1 : 0;
  }
  return count;
}

// Cells a layout cannot give (the fixture was read from the report's other file, e.g. the
// page.html beside a page.txt): left null with an unread finding in one file, right in another.
bool ReadRightElsewhere(const std::string& where, const std::string& stem,
                        const std::vector<std::pair<std::string, CellTally>>& tallies) {
  for (const auto& [other_stem, tally] : tallies) {
    if (other_stem == stem &&
        std::find(tally.missed.begin(), tally.missed.end(), where) == tally.missed.end()) {
      return true;
    }
  }
  return false;
}

int CountSeverity(const domain::AnnualReport& report, domain::Severity severity) {
  int count = 0;
  for (const domain::Finding& finding : report.findings) {
    count += finding.severity == severity ? 1 : 0;
  }
  return count;
}

bool HasRule(const domain::AnnualReport& report, std::string_view rule) {
  return std::any_of(report.findings.begin(), report.findings.end(),
                     [&](const domain::Finding& finding) { return finding.rule == rule; });
}

int CountErrors(const domain::AnnualReport& report) {
  return CountSeverity(report, domain::Severity::kError);
}

TEST(SharedReportsTest, EveryExpectedCellOfEveryReportIsReadRight) {
  const std::vector<SharedCase> cases = AllCases();
  ASSERT_GE(cases.size(), 20u) << "../shared/reports and ../shared/seeds not found";
  int matched = 0;
  int expected_cells = 0;
  std::vector<std::pair<std::string, CellTally>> tallies;
  for (const SharedCase& c : cases) {
    SCOPED_TRACE(c.input.string());
    const auto document = ReadDocumentFile(c.input.string());
    ASSERT_TRUE(document.has_value()) << document.error().message;
    const auto report = ExtractReport(*document);
    ASSERT_TRUE(report.has_value()) << report.error().message;
    const json expected = ReadJson(c.expected);
    const CellTally tally = CompareWithExpected(*report, expected.dump(), false);
    EXPECT_TRUE(tally.mismatches.empty()) << ::testing::PrintToString(tally.mismatches);
    tallies.emplace_back(StemOf(c.input), tally);
    if (!tally.missed.empty()) {
      EXPECT_GT(CountSeverity(*report, domain::Severity::kUnread), 0) << DescribeFindings(*report);
    }
    // The hand reader's "narrative vs table" warnings are prose.mismatch findings.
    const bool narrative =
        expected.contains("warnings") &&
        expected["warnings"].dump().find("narrative vs table") != std::string::npos;
    EXPECT_EQ(HasRule(*report, "prose.mismatch"), narrative) << DescribeFindings(*report);
    switch (ExpectedVerdict(expected)) {
      case Verdict::kWrong:
        EXPECT_GT(CountErrors(*report), 0) << DescribeFindings(*report);
        break;
      case Verdict::kNotes:
        EXPECT_EQ(CountRuleErrors(*report), 0) << DescribeFindings(*report);
        break;
      case Verdict::kClean:
        EXPECT_EQ(CountErrors(*report), 0) << DescribeFindings(*report);
        break;
    }
    const int total = tally.matched + tally.null_output + static_cast<int>(tally.mismatches.size());
    std::cerr << c.input.filename().string() << ": " << tally.matched << "/" << total
              << " cells read right, " << tally.null_output << " left null, "
              << tally.mismatches.size() << " wrong\n";
    matched += tally.matched;
    expected_cells += total;
  }
  std::cerr << "all: " << matched << "/" << expected_cells << " cells read right\n";
  for (const auto& [stem, tally] : tallies) {
    for (const std::string& where : tally.missed) {
      EXPECT_TRUE(ReadRightElsewhere(where, stem, tallies)) << stem << ": " << where;
    }
  }
}

}  // namespace
}  // namespace gongkai::audit
