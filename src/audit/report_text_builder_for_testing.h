// Test-only: writes an annual report as plain text in one of the layouts published reports use,
// from figures chosen by the test, so that extractor tests can vary the layout, the labels and the
// cells one at a time.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/annual_report.h"
#include "domain/report_taxonomy.h"

namespace gongkai::audit {

enum class TextLayout {
  kOnePerLine,  // every label and every number on its own line (web page copied as text)
  kPipes,       // "label |" then "138 |" per line (flattened table)
  kColumns,     // label and its numbers on one line, group labels floating (pdftotext -layout)
};

struct ReportTextSpec {
  std::string title = "某市某某局2023年政府信息公开工作年度报告";
  domain::TemplateVersion version = domain::TemplateVersion::k2021;
  bool single_other_row = false;
  TextLayout layout = TextLayout::kOnePerLine;
  // Figures: the printed text of each cell (numbers as text so that tests can print "00", "—").
  std::map<domain::RequestRow, std::vector<std::string>> requests;
  std::vector<std::string> review;
  // Proactive cells in ProactiveRowsOf(version) order, one vector per row.
  std::vector<std::vector<std::string>> proactive;
  // Printed labels replacing the canonical ones.
  std::map<domain::RequestRow, std::string> labels;
};

// A consistent set of figures for `version`: every 勾稽关系 holds.
ReportTextSpec ConsistentSpecForTesting(domain::TemplateVersion version, bool single_other_row,
                                        TextLayout layout);

// The report as text.
std::string RenderReportForTesting(const ReportTextSpec& spec);

// The figures of `spec` as numbers (cells that do not parse as integers are null).
domain::AnnualReport ExpectedReportForTesting(const ReportTextSpec& spec);

}  // namespace gongkai::audit
