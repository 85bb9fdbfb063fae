// Test-only: comparing an extracted AnnualReport with a hand-read `*.expected.json` (the format of
// report-json.md), cell by cell.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/annual_report.h"

namespace gongkai::audit {

struct CellTally {
  int matched = 0;
  int null_output = 0;    // cells the extractor left null where the fixture has a number
  int expected_null = 0;  // cells the fixture itself has null
  std::vector<std::string> mismatches;
  std::vector<std::string> missed;  // where null_output happened
};

// Compares every cell of sections 二, 三 and 四 with `expected_json` (the text of an
// `*.expected.json`). With `nulls_must_agree`, a number where the fixture has null is a mismatch
// too.
CellTally CompareWithExpected(const domain::AnnualReport& report, std::string_view expected_json,
                              bool nulls_must_agree);

// The report's findings, one per line, for failure messages.
std::string DescribeFindings(const domain::AnnualReport& report);

}  // namespace gongkai::audit
