// Annual report pages (public and staff) and the report JSON of the API.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "report/report_builder.h"
#include "web/http_message.h"
#include "web/session_store.h"
#include "web/views/report_view.h"
#include "web/web_context.h"

namespace gongkai::web {

// The reports published so far: (agency, year) pairs, up to the current year, for which the
// agency has entered its report text. Newest year first.
core::Result<std::vector<PublishedReport>> ListPublishedReports(WebContext& web);

// "{agency}" / "{year}" / "?scope=" of a report URL. kInvalidArgument for a year that is not a
// number in 1901..2999 or an unknown scope. Pure.
struct ReportAddress {
  std::string agency_id;
  int year = 0;
  report::Scope scope = report::Scope::kAgencyOnly;
};
core::Result<ReportAddress> ParseReportAddress(const HttpRequest& request);

// GET /reports
HttpResponse HandleReportList(WebContext& web, const HttpRequest& request,
                              const std::optional<StaffSession>& session);
// GET /reports/{agency}/{year}[?scope=all]: the printable report in the national template.
HttpResponse HandleReportDocument(WebContext& web, const HttpRequest& request,
                                  const std::optional<StaffSession>& session);
// GET /staff/reports[?agency=&year=&scope=]: redirects to the chosen (or a default) report.
HttpResponse HandleStaffReportChooser(WebContext& web, const HttpRequest& request,
                                      const std::optional<StaffSession>& session);
// GET /staff/reports/{agency}/{year}[?scope=all][&saved=1|0]: findings, sections 一 to 六 with
// explain links behind the cells of 三 and 四, links to the entry page and the downloads.
HttpResponse HandleStaffReport(WebContext& web, const HttpRequest& request,
                               const std::optional<StaffSession>& session);
// GET /staff/reports/{agency}/{year}/export/{format}[?scope=all], format html|xlsx|json|md: the
// report as a file through the CLI's exporter. 422 with the error findings listed when the
// report has any (the exporter refuses it); 404 for another format or an unknown agency.
HttpResponse HandleReportExport(WebContext& web, const HttpRequest& request,
                                const std::optional<StaffSession>& session);
// GET /staff/reports/{agency}/{year}/explain?cell=…[&scope=all]
HttpResponse HandleCellExplanation(WebContext& web, const HttpRequest& request,
                                   const std::optional<StaffSession>& session);
// GET /api/v1/reports/{agency}/{year}[?scope=all]: report-json.md JSON.
HttpResponse HandleApiReport(WebContext& web, const HttpRequest& request,
                             const std::optional<StaffSession>& session);

}  // namespace gongkai::web
