// Annual report pages: the public list of published reports, the staff statistics page (findings,
// and the section 三 / 四 tables with a link behind every cell to the records it counts) and the
// explanation of one cell.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/agency.h"
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
};

// Content HTML of the staff report page. Pure.
std::string RenderStaffReport(const StaffReportModel& model);

// Content HTML of one cell's explanation. `query` is the report's query string (agency, year,
// scope) for the back link. Pure.
std::string RenderCellExplanation(const report::CellExplanation& explanation,
                                  const std::string& back_link);

// The report document of report::RenderHtml with a screen-only link bar after <body>, so that
// the printable page still leads back to the site. Pure.
std::string AddBackLink(std::string document, const std::string& href, const std::string& label);

}  // namespace gongkai::web
