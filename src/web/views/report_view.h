// Annual report pages: the public list of published reports, the staff statistics page (findings,
// and the section 三 / 四 tables with a link behind every cell to the records it counts) and the
// explanation of one cell.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "domain/agency.h"
#include "domain/annual_inputs.h"
#include "domain/annual_report.h"
#include "report/cell_explanation.h"

namespace gongkai::web {

struct PublishedReport {
  std::string agency_id;
  std::string agency_name;
  int year = 0;
};

// Content HTML of the public list (newest year first). Pure.
std::string RenderReportList(const std::vector<PublishedReport>& reports);

struct StaffReportModel {
  std::vector<domain::Agency> agencies;
  std::string agency_id;
  int year = 0;
  bool whole_system = false;  // 全系统 (the agency and everything below it)
  domain::AnnualReport report;
  std::optional<domain::ReportText> text;  // the agency's sections 一, 五, 六, when entered
};

// Content HTML of the staff report page: links to the entry page and the downloads, findings,
// then sections 一 to 六 as far as they are known. Pure.
std::string RenderStaffReport(const StaffReportModel& model);

// Content HTML of the page refusing an export: `error` (the exporter's message, first line) and
// every error finding of `report`, with a link back to `back_link`. Pure.
std::string RenderExportRefused(const domain::AnnualReport& report, const core::Error& error,
                                const std::string& back_link);

// Content HTML of one cell's explanation. `query` is the report's query string (agency, year,
// scope) for the back link. Pure.
std::string RenderCellExplanation(const report::CellExplanation& explanation,
                                  const std::string& back_link);

// The report document of report::RenderHtml with a screen-only link bar after <body>, so that
// the printable page still leads back to the site. Pure.
std::string AddBackLink(std::string document, const std::string& href, const std::string& label);

}  // namespace gongkai::web
