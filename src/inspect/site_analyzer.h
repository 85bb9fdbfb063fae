// Collects what the checks find while the site is crawled: the per-page problems, the columns
// and 互动 messages read from list pages, and the homepage's newest date. Its state is saved
// with the crawl state so that a resumed inspection keeps what the first run found.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "inspect/columns.h"
#include "inspect/inspect_rules.h"
#include "inspect/inspection.h"
#include "inspect/page_scan.h"
#include "inspect/traditional_chars.h"
#include "inspect/wording.h"

namespace gongkai::inspect {

struct AnalysisState {
  std::vector<Problem> problems;
  std::vector<ColumnObservation> columns;
  std::vector<MessageObservation> messages;
  bool homepage_seen = false;
  std::optional<core::Date> homepage_newest;
  std::size_t homepage_links = 0;
};

class SiteAnalyzer {
 public:
  // `wording` and `traditional` are borrowed and must outlive the analyzer.
  SiteAnalyzer(const InspectRules& rules, const WordingList& wording,
               TraditionalDetector& traditional)
      : rules_(rules), wording_(wording), traditional_(traditional) {}

  // Runs the page checks on one fetched page and keeps what the verdict needs.
  void OnPage(const std::string& url, bool homepage, const PageScan& scan, int elapsed_ms);
  void AddProblem(Problem problem) { state_.problems.push_back(std::move(problem)); }

  const AnalysisState& state() const { return state_; }
  void Restore(AnalysisState state) { state_ = std::move(state); }

 private:
  const InspectRules& rules_;
  const WordingList& wording_;
  TraditionalDetector& traditional_;
  AnalysisState state_;
};

}  // namespace gongkai::inspect
