// BatchSummary: the totals and rule-frequency counters of a batch audit, updated one file at a
// time so that a batch over any number of reports keeps only these counters.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "audit/file_summary.h"

namespace gongkai::audit {

// How many reports violate one rule.
struct RuleCount {
  std::string rule;
  std::size_t reports = 0;
  bool operator==(const RuleCount&) const = default;
};

class BatchSummary {
 public:
  // Counts one audited file. Thread-compatible.
  void Add(const FileSummary& file);

  std::size_t files() const { return files_; }
  // Files that were read as annual reports (status ok, errors or partly_read).
  std::size_t reports_read() const { return reports_read_; }
  std::size_t reports_with_errors() const { return reports_with_errors_; }
  // Reports without errors that the auditor could not read in full (status partly_read).
  std::size_t reports_partly_read() const { return reports_partly_read_; }
  std::size_t unreadable() const { return unreadable_; }
  std::size_t error_findings() const { return error_findings_; }
  std::size_t warning_findings() const { return warning_findings_; }

  // The `limit` rules violated (error or warning) in the most reports, most frequent first; ties
  // in rule-id order, so the list is the same whatever order the files were added in.
  std::vector<RuleCount> TopRules(std::size_t limit) const;

 private:
  std::size_t files_ = 0;
  std::size_t reports_read_ = 0;
  std::size_t reports_with_errors_ = 0;
  std::size_t reports_partly_read_ = 0;
  std::size_t unreadable_ = 0;
  std::size_t error_findings_ = 0;
  std::size_t warning_findings_ = 0;
  std::map<std::string, std::size_t> rule_reports_;  // rule id -> reports violating it
};

}  // namespace gongkai::audit
