// The extractor against the project's fixtures: the seeds (fixtures/*.expected.json) and real
// published reports (reports/*.expected.json), read from GONGKAI_SHARED_DIR.
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "audit/document_reader.h"
#include "audit/expected_report_for_testing.h"
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

// kLinesAtPipes: the simplest possible reading (a line per line, cells at '|'); kDocumentFile: the
// project's readers, chosen by extension (ReadDocumentFile).
enum class Reader { kLinesAtPipes, kDocumentFile };

// One fixture: an input file, the values a careful person read from it, and what else must hold.
struct FixtureCase {
  const char* name;
  const char* input;
  const char* expected;
  Reader reader;
  bool seed;         // fixture nulls must be null too; the agency must match exactly
  bool every_cell;   // every non-null fixture cell must be found
  bool no_errors;    // no error finding at all
  bool no_warnings;  // no warning finding at all
  std::vector<std::string_view> rules;         // rule ids that must be reported
  std::vector<std::string_view> absent_rules;  // rule ids that must not be reported
};

std::string PrintCase(const ::testing::TestParamInfo<FixtureCase>& info) {
  return info.param.name;
}

core::Result<Document> Read(const FixtureCase& c) {
  if (c.reader == Reader::kDocumentFile) {
    return ReadDocumentFile(SharedPath(c.input));
  }
  const std::string bytes = ReadFileForTesting(SharedPath(c.input));
  if (bytes.empty()) {
    return core::Error::NotFound(std::string("cannot read ") + c.input);
  }
  return TextDocumentForTesting(bytes);
}

class FixtureTest : public ::testing::TestWithParam<FixtureCase> {};

TEST_P(FixtureTest, EveryCellReadIsRight) {
  const FixtureCase& c = GetParam();
  const auto document = Read(c);
  ASSERT_TRUE(document.has_value()) << document.error().message;
  const auto extracted = ExtractReport(*document);
  ASSERT_TRUE(extracted.has_value()) << extracted.error().message;
  const AnnualReport& report = *extracted;
  const json expected = json::parse(ReadFileForTesting(SharedPath(c.expected)));
  if (std::getenv("GONGKAI_DUMP_FINDINGS") != nullptr) {
    std::cerr << c.input << "\n" << DescribeFindings(report);
  }
  EXPECT_EQ(domain::TemplateName(report.template_version), expected["template"].get<std::string>());
  EXPECT_EQ(report.year, expected["year"].get<int>());
  EXPECT_EQ(report.single_other_row, expected["requests"].contains("其他处理"));
  ASSERT_TRUE(report.agency.has_value());
  const std::string agency = expected["agency"].get<std::string>();
  if (c.seed) {
    EXPECT_EQ(*report.agency, agency);
  } else {
    EXPECT_EQ(agency.rfind(*report.agency, 0), 0u) << *report.agency << " vs " << agency;
  }
  const CellTally tally = CompareWithExpected(report, expected.dump(), c.seed);
  EXPECT_TRUE(tally.mismatches.empty()) << ::testing::PrintToString(tally.mismatches);
  std::cerr << c.name << ": " << tally.matched << " cells read right, " << tally.null_output
            << " left null, " << tally.expected_null << " null in the fixture\n";
  EXPECT_GT(tally.matched, 0);
  if (c.every_cell) {
    EXPECT_EQ(tally.null_output, 0) << DescribeFindings(report);
  }
  if (c.no_errors) {
    EXPECT_EQ(CountSeverity(report, domain::Severity::kError), 0) << DescribeFindings(report);
  }
  if (c.no_warnings) {
    EXPECT_EQ(CountSeverity(report, domain::Severity::kWarning), 0) << DescribeFindings(report);
  }
  for (std::string_view rule : c.rules) {
    EXPECT_TRUE(HasRule(report, rule)) << rule << "\n" << DescribeFindings(report);
  }
  for (std::string_view rule : c.absent_rules) {
    EXPECT_FALSE(HasRule(report, rule)) << rule << "\n" << DescribeFindings(report);
  }
}

constexpr std::string_view kMissing = "cells.missing";
constexpr std::string_view kLeadingZero = "cells.leading_zero";
constexpr std::string_view kExtra = "cells.extra";
constexpr std::string_view kUnplaced = "cells.unplaced";
constexpr std::string_view kColumnOrder = "cells.column_order";

INSTANTIATE_TEST_SUITE_P(
    SharedFixtures, FixtureTest,
    ::testing::Values(
        FixtureCase{"Seed000",
                    "seeds/000_1ec9b8d8ffb3b045.txt",
                    "fixtures/000_1ec9b8d8ffb3b045.expected.json",
                    Reader::kLinesAtPipes,
                    true,
                    true,
                    false,
                    false,
                    {kMissing, kLeadingZero},
                    {}},
        FixtureCase{"Seed000Reader",
                    "seeds/000_1ec9b8d8ffb3b045.txt",
                    "fixtures/000_1ec9b8d8ffb3b045.expected.json",
                    Reader::kDocumentFile,
                    true,
                    true,
                    false,
                    false,
                    {kMissing, kLeadingZero},
                    {}},
        FixtureCase{"Seed002",
                    "seeds/002_8ada8d9c032649de.txt",
                    "fixtures/002_8ada8d9c032649de.expected.json",
                    Reader::kLinesAtPipes,
                    true,
                    true,
                    true,
                    true,
                    {},
                    {}},
        FixtureCase{"Seed002Reader",
                    "seeds/002_8ada8d9c032649de.txt",
                    "fixtures/002_8ada8d9c032649de.expected.json",
                    Reader::kDocumentFile,
                    true,
                    true,
                    true,
                    true,
                    {},
                    {}},
        FixtureCase{"Real012",
                    "reports/real-012.txt",
                    "reports/real-012.expected.json",
                    Reader::kLinesAtPipes,
                    false,
                    true,
                    false,
                    false,
                    {domain::kRuleReviewTotal, domain::kRuleLitigationAfterReviewTotal,
                     domain::kRuleOtherRows},
                    {domain::kRuleLitigationDirectTotal, kMissing, kExtra, kUnplaced}},
        FixtureCase{"Real012Reader",
                    "reports/real-012.txt",
                    "reports/real-012.expected.json",
                    Reader::kDocumentFile,
                    false,
                    true,
                    false,
                    false,
                    {domain::kRuleReviewTotal, domain::kRuleLitigationAfterReviewTotal,
                     domain::kRuleOtherRows},
                    {domain::kRuleLitigationDirectTotal, kMissing, kExtra, kUnplaced}},
        // Plain pdftotext: numbers apart from their labels, partly column by column. Every cell
        // is placed by the table's own arithmetic (cells.column_order), none is left null.
        FixtureCase{"Real013Scrambled",
                    "reports/real-013.txt",
                    "reports/real-013.expected.json",
                    Reader::kLinesAtPipes,
                    false,
                    true,
                    true,
                    false,
                    {kColumnOrder, domain::kRuleOtherRows},
                    {kExtra, kMissing, kUnplaced}},
        FixtureCase{"Real013ScrambledReader",
                    "reports/real-013.txt",
                    "reports/real-013.expected.json",
                    Reader::kDocumentFile,
                    false,
                    true,
                    true,
                    false,
                    {kColumnOrder, domain::kRuleOtherRows},
                    {kExtra, kMissing, kUnplaced}},
        FixtureCase{"Real014",
                    "reports/real-014.txt",
                    "reports/real-014.expected.json",
                    Reader::kLinesAtPipes,
                    false,
                    true,
                    true,
                    true,
                    {},
                    {}},
        FixtureCase{"Real014Reader",
                    "reports/real-014.txt",
                    "reports/real-014.expected.json",
                    Reader::kDocumentFile,
                    false,
                    true,
                    true,
                    true,
                    {},
                    {}},
        FixtureCase{"Hongze2023Pdf",
                    "reports/hongze-2023.pdf",
                    "reports/hongze-2023.expected.json",
                    Reader::kDocumentFile,
                    false,
                    true,
                    false,
                    false,
                    {domain::kRuleReviewTotal, domain::kRuleLitigationAfterReviewTotal},
                    {domain::kRuleLitigationDirectTotal, kMissing, kExtra, kUnplaced}},
        FixtureCase{"Hongze2024Pdf",
                    "reports/hongze-2024.pdf",
                    "reports/hongze-2024.expected.json",
                    Reader::kDocumentFile,
                    false,
                    true,
                    true,
                    false,
                    {domain::kRuleOtherRows},
                    {}}),
    PrintCase);

}  // namespace
}  // namespace gongkai::audit
