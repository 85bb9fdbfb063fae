// AnnualReport: the statistics of one 政府信息公开工作年度报告 (sections 二, 三 and 四) in the
// model of report-json.md. The same type is filled by the auditor (from a published report) and by
// the generator (from case records). A cell that is unknown is std::nullopt, never a guess.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/finding.h"
#include "domain/report_taxonomy.h"

namespace gongkai::domain {

using CountCell = std::optional<std::int64_t>;
using RequestRowCells = std::array<CountCell, kApplicantColumnCount>;

// One row of the proactive table: column label -> value (counts, or 万元 for the fee amount).
using ProactiveRow = std::map<std::string, std::optional<double>>;

struct AnnualReport {
  std::optional<std::string> agency;
  std::optional<int> year;
  TemplateVersion template_version = TemplateVersion::k2021;
  // True when （六）其他处理 is one row (key "其他处理") instead of three sub-rows.
  bool single_other_row = false;

  // Row label -> cells, in the template's canonical wording; absent for pre-2019 reports.
  std::optional<std::map<std::string, ProactiveRow>> proactive;
  // Indexed by RequestRow; rows not in the template stay all-null and are not printed.
  std::optional<std::array<RequestRowCells, kRequestRowCount>> requests;
  std::optional<std::array<CountCell, kReviewLitigationCount>> review_litigation;

  std::vector<Finding> findings;

  // Convenience accessors. REQUIRES: requests.has_value().
  const RequestRowCells& row(RequestRow r) const { return (*requests)[static_cast<int>(r)]; }
  RequestRowCells& row(RequestRow r) { return (*requests)[static_cast<int>(r)]; }

  // An empty (all-null) report of the given template, with every section present.
  static AnnualReport Empty(TemplateVersion version, bool single_other_row);
};

}  // namespace gongkai::domain
