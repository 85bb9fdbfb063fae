// The metamorphic layout suite, bounded share: generated reports (random values; some with a
// planted error) printed in every layout of layout_renderer.h must read back to the same cells, or
// to null with an unread finding, never to a wrong number; a planted error is found (or the cells
// it breaks are left unread, where the layout has no other way to split them); a clean report gets
// no error. The full run is bench/layout_bench.
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string>

#include <gtest/gtest.h>

#include "audit/document_reader.h"
#include "audit/report_extractor.h"
#include "layouts/layout_check.h"
#include "layouts/layout_renderer.h"
#include "testing/sample_report.h"

namespace gongkai::layouts {
namespace {

// GONGKAI_LAYOUT_REPORTS raises the count for the full run (bench/run_layout_bench.sh).
std::uint32_t ReportCount() {
  const char* count = std::getenv("GONGKAI_LAYOUT_REPORTS");
  return count != nullptr ? static_cast<std::uint32_t>(std::strtoul(count, nullptr, 10)) : 12;
}

enum class Plant { kNone, kRowTotal, kReviewTotal };

domain::AnnualReport Planted(std::uint32_t seed, Plant plant) {
  domain::AnnualReport report = samples::MakeConsistentReport(seed);
  if (plant == Plant::kRowTotal) {
    *report.row(domain::RequestRow::kGranted)[seed % 6] += 1;
  } else if (plant == Plant::kReviewTotal) {
    *(*report.review_litigation)[4] += 1;
  }
  return report;
}

std::string_view PlantedRule(Plant plant) {
  return plant == Plant::kRowTotal ? "requests.row_total" : "review.total";
}

class LayoutSuiteTest : public ::testing::TestWithParam<Layout> {};

TEST_P(LayoutSuiteTest, SameCellsOrHonestNullAndNoFalseAccusation) {
  const Layout layout = GetParam();
  int right = 0;
  int null = 0;
  int false_accusations = 0;
  int wrong = 0;
  int planted = 0;
  int planted_found = 0;
  const std::uint32_t reports = ReportCount();
  for (std::uint32_t seed = 0; seed < reports; ++seed) {
    const Plant plant = static_cast<Plant>(seed % 3);
    const domain::AnnualReport source = Planted(seed, plant);
    const std::string bytes = RenderLayout(source, layout);
    const std::string name = "report" + std::string(LayoutSuffix(layout));
    const auto document = audit::ReadDocumentBytes(bytes, name);
    ASSERT_TRUE(document.has_value()) << document.error().message;
    const auto read = audit::ExtractReport(*document);
    ASSERT_TRUE(read.has_value()) << LayoutName(layout) << " " << read.error().message;
    const LayoutTally tally = CompareReading(source, *read);
    SCOPED_TRACE(std::string(LayoutName(layout)) + " seed " + std::to_string(seed));
    // A wrong number is never silent: on a clean report there is none; on a report with a planted
    // error, a fused row whose broken sum still fits one other split (report-json.md keeps the
    // split the row's own arithmetic decides) may be misread, and the report is then flagged.
    if (plant == Plant::kNone || tally.rules_erred.empty()) {
      EXPECT_EQ(tally.wrong, 0) << ::testing::PrintToString(tally.wrong_cells);
    }
    if (tally.null > 0) {
      EXPECT_TRUE(tally.unread) << tally.null << " cells null without an unread finding";
    }
    wrong += tally.wrong;
    if (plant == Plant::kNone) {
      EXPECT_TRUE(tally.rules_erred.empty()) << ::testing::PrintToString(tally.rules_erred);
      false_accusations += tally.rules_erred.empty() ? 0 : 1;
    } else {
      const bool found = std::find(tally.rules_erred.begin(), tally.rules_erred.end(),
                                   PlantedRule(plant)) != tally.rules_erred.end();
      EXPECT_TRUE(found || tally.unread) << ::testing::PrintToString(tally.rules_erred);
      ++planted;
      planted_found += found ? 1 : 0;
    }
    if (std::getenv("GONGKAI_LAYOUT_DUMP") != nullptr && tally.null > 0) {
      for (const std::string& cell : tally.null_cells) {
        std::cerr << LayoutName(layout) << " seed " << seed << " null: " << cell << "\n";
      }
    }
    right += tally.right;
    null += tally.null;
  }
  // One row of the table in docs/ACCURACY.md.
  std::cerr << "| " << LayoutName(layout) << " | " << reports << " | " << right << " | " << null
            << " | " << wrong << " | " << false_accusations << " | " << planted_found << "/"
            << planted << " |\n";
}

std::string PrintLayout(const ::testing::TestParamInfo<Layout>& param_info) {
  std::string name(LayoutName(param_info.param));
  std::erase(name, '-');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Layouts, LayoutSuiteTest, ::testing::ValuesIn(AllLayouts()), PrintLayout);

}  // namespace
}  // namespace gongkai::layouts
