// Comparing what the auditor read from one layout of a report with the report itself.
#pragma once

#include <string>
#include <vector>

#include "domain/annual_report.h"

namespace gongkai::layouts {

struct LayoutTally {
  int right = 0;
  int null = 0;                          // left null by the auditor
  int wrong = 0;                         // a number other than the source's: never acceptable
  bool unread = false;                   // the reading has an unread finding
  std::vector<std::string> rules_erred;  // rule ids of the error findings
  std::vector<std::string> wrong_cells;  // where the wrong numbers are
  std::vector<std::string> null_cells;   // where the cells left null are
};

// Cell by cell: `read` (the auditor's reading of a layout) against `source` (what was printed).
LayoutTally CompareReading(const domain::AnnualReport& source, const domain::AnnualReport& read);

}  // namespace gongkai::layouts
