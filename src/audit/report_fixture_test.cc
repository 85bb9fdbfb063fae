// The extractor against the project's fixtures: the seeds (fixtures/*.expected.json) and real
// published reports (reports/*.expected.json), read from GONGKAI_SHARED_DIR.
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "audit/report_extractor.h"
#include "audit/text_document_for_testing.h"
#include "domain/report_checks.h"

namespace gongkai::audit {
namespace {

using domain::AnnualReport;
using nlohmann::json;

std::string SharedPath(const std::string& relative) {
  return std::string(GONGKAI_SHARED_DIR) + "/" + relative;
}

struct Tally {
  int matched = 0;
  int null_output = 0;    // cells the extractor left null
  int expected_null = 0;  // cells the fixture itself has null
  std::vector<std::string> mismatches;
};

void CompareCell(const std::string& where, const json& expected, std::optional<double> actual,
                 bool nulls_must_agree, Tally& tally) {
  if (expected.is_null()) {
    ++tally.expected_null;
    if (nulls_must_agree && actual.has_value()) {
      tally.mismatches.push_back(where + ": expected null, got " + std::to_string(*actual));
    }
    return;
  }
  if (!actual.has_value()) {
    ++tally.null_output;
    return;
  }
  if (std::abs(expected.get<double>() - *actual) > 1e-9) {
    tally.mismatches.push_back(where + ": expected " + expected.dump() + ", got " +
                               std::to_string(*actual));
    return;
  }
  ++tally.matched;
}

std::optional<double> AsDouble(const domain::CountCell& cell) {
  return cell.has_value() ? std::optional<double>(static_cast<double>(*cell)) : std::nullopt;
}

Tally Compare(const AnnualReport& report, const json& expected, bool nulls_must_agree) {
  Tally tally;
  for (const auto& [row, columns] : expected["proactive"].items()) {
    const auto mine = report.proactive->find(row);
    for (const auto& [column, value] : columns.items()) {
      std::optional<double> actual;
      if (mine != report.proactive->end() && mine->second.contains(column)) {
        actual = mine->second.at(column);
      }
      CompareCell("二/" + row + "/" + column, value, actual, nulls_must_agree, tally);
    }
  }
  for (const auto& [key, cells] : expected["requests"].items()) {
    const auto row = domain::RowFromKey(key);
    if (!row.has_value()) {
      tally.mismatches.push_back("unknown key " + key);
      continue;
    }
    for (int c = 0; c < domain::kApplicantColumnCount; ++c) {
      CompareCell("三/" + key + "/" + std::to_string(c), cells[static_cast<std::size_t>(c)],
                  AsDouble(report.row(*row)[static_cast<std::size_t>(c)]), nulls_must_agree, tally);
    }
  }
  const json& review = expected["review_litigation"];
  for (int i = 0; i < domain::kReviewLitigationCount; ++i) {
    CompareCell("四/" + std::to_string(i), review[static_cast<std::size_t>(i)],
                AsDouble((*report.review_litigation)[static_cast<std::size_t>(i)]),
                nulls_must_agree, tally);
  }
  return tally;
}

std::string DescribeFindings(const AnnualReport& report) {
  std::string out;
  for (const domain::Finding& f : report.findings) {
    out += std::string(domain::SeverityName(f.severity)) + " " + f.rule + " @ " + f.where + ": " +
           f.message + "\n";
  }
  return out;
}

bool HasRule(const AnnualReport& report, std::string_view rule, std::string_view where_part = "") {
  for (const domain::Finding& f : report.findings) {
    if (f.rule == rule && f.where.find(where_part) != std::string::npos) {
      return true;
    }
  }
  return false;
}

int CountSeverity(const AnnualReport& report, domain::Severity severity) {
  int n = 0;
  for (const domain::Finding& f : report.findings) {
    n += f.severity == severity ? 1 : 0;
  }
  return n;
}

struct Loaded {
  AnnualReport report;
  json expected;
};

Loaded Load(const std::string& text_path, const std::string& json_path) {
  const std::string text = ReadFileForTesting(SharedPath(text_path));
  EXPECT_FALSE(text.empty()) << "cannot read " << text_path;
  auto report = ExtractReport(TextDocumentForTesting(text));
  EXPECT_TRUE(report.has_value()) << (report.has_value() ? "" : report.error().message);
  Loaded loaded{report.has_value() ? *report : AnnualReport{},
                json::parse(ReadFileForTesting(SharedPath(json_path)))};
  if (std::getenv("GONGKAI_DUMP_FINDINGS") != nullptr) {
    std::cerr << text_path << "\n" << DescribeFindings(loaded.report);
  }
  return loaded;
}

void ExpectIdentity(const Loaded& loaded, bool exact_agency) {
  EXPECT_EQ(domain::TemplateName(loaded.report.template_version),
            loaded.expected["template"].get<std::string>());
  EXPECT_EQ(loaded.report.year, loaded.expected["year"].get<int>());
  ASSERT_TRUE(loaded.report.agency.has_value());
  const std::string expected_agency = loaded.expected["agency"].get<std::string>();
  if (exact_agency) {
    EXPECT_EQ(*loaded.report.agency, expected_agency);
  } else {
    EXPECT_EQ(expected_agency.rfind(*loaded.report.agency, 0), 0u)
        << *loaded.report.agency << " vs " << expected_agency;
  }
  EXPECT_EQ(loaded.report.single_other_row, loaded.expected["requests"].contains("其他处理"));
}

TEST(ReportFixtureTest, Seed000MatchesEveryCellAndNamesTheMalformedRows) {
  const Loaded loaded =
      Load("seeds/000_1ec9b8d8ffb3b045.txt", "fixtures/000_1ec9b8d8ffb3b045.expected.json");
  ExpectIdentity(loaded, true);
  const Tally tally = Compare(loaded.report, loaded.expected, /*nulls_must_agree=*/true);
  EXPECT_TRUE(tally.mismatches.empty()) << ::testing::PrintToString(tally.mismatches);
  EXPECT_EQ(tally.null_output, 0);
  EXPECT_EQ(tally.expected_null, 3);
  EXPECT_TRUE(HasRule(loaded.report, "cells.missing", "2.没有现成信息需要另行制作"))
      << DescribeFindings(loaded.report);
  EXPECT_TRUE(HasRule(loaded.report, "cells.missing", "3.其他"));
  EXPECT_TRUE(HasRule(loaded.report, "cells.leading_zero", "1.申请人无正当理由逾期不补正"));
}

TEST(ReportFixtureTest, Seed002MatchesEveryCellWithoutErrorsOrWarnings) {
  const Loaded loaded =
      Load("seeds/002_8ada8d9c032649de.txt", "fixtures/002_8ada8d9c032649de.expected.json");
  ExpectIdentity(loaded, true);
  const Tally tally = Compare(loaded.report, loaded.expected, true);
  EXPECT_TRUE(tally.mismatches.empty()) << ::testing::PrintToString(tally.mismatches);
  EXPECT_EQ(tally.null_output, 0);
  EXPECT_EQ(CountSeverity(loaded.report, domain::Severity::kError), 0)
      << DescribeFindings(loaded.report);
  EXPECT_EQ(CountSeverity(loaded.report, domain::Severity::kWarning), 0)
      << DescribeFindings(loaded.report);
}

TEST(ReportFixtureTest, Real012LayoutTextFindsEveryCellAndBothReviewErrors) {
  const Loaded loaded = Load("reports/real-012.txt", "reports/real-012.expected.json");
  ExpectIdentity(loaded, false);
  const Tally tally = Compare(loaded.report, loaded.expected, false);
  EXPECT_TRUE(tally.mismatches.empty()) << ::testing::PrintToString(tally.mismatches);
  EXPECT_EQ(tally.null_output, 0) << DescribeFindings(loaded.report);
  EXPECT_TRUE(HasRule(loaded.report, domain::kRuleReviewTotal));
  EXPECT_TRUE(HasRule(loaded.report, domain::kRuleLitigationAfterReviewTotal));
  EXPECT_FALSE(HasRule(loaded.report, domain::kRuleLitigationDirectTotal));
  EXPECT_TRUE(HasRule(loaded.report, domain::kRuleOtherRows));
}

TEST(ReportFixtureTest, Real014LayoutTextWithVerticalLabelsFindsEveryCell) {
  const Loaded loaded = Load("reports/real-014.txt", "reports/real-014.expected.json");
  ExpectIdentity(loaded, false);
  const Tally tally = Compare(loaded.report, loaded.expected, false);
  EXPECT_TRUE(tally.mismatches.empty()) << ::testing::PrintToString(tally.mismatches);
  EXPECT_EQ(tally.null_output, 0) << DescribeFindings(loaded.report);
  EXPECT_FALSE(domain::HasErrors(loaded.report.findings)) << DescribeFindings(loaded.report);
}

TEST(ReportFixtureTest, Real013ScrambledTextOutputsOnlyCertainCells) {
  const Loaded loaded = Load("reports/real-013.txt", "reports/real-013.expected.json");
  ExpectIdentity(loaded, false);
  const Tally tally = Compare(loaded.report, loaded.expected, false);
  EXPECT_TRUE(tally.mismatches.empty()) << ::testing::PrintToString(tally.mismatches);
  std::cerr << "real-013: " << tally.matched << " cells read, " << tally.null_output
            << " left null\n";
  EXPECT_GT(tally.matched, 0);
  // What could not be placed is reported, not guessed.
  EXPECT_TRUE(HasRule(loaded.report, "cells.extra") || HasRule(loaded.report, "cells.missing"));
}

}  // namespace
}  // namespace gongkai::audit
