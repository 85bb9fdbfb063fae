#include "web/handlers/report_handler.h"

#include <algorithm>
#include <charconv>

#include "report/report_html.h"
#include "report/report_json.h"
#include "web/error_mapping.h"
#include "web/handlers/page_response.h"
#include "web/optional_record.h"
#include "web/report_download.h"
#include "web/views/html_escape.h"
#include "web/views/page_layout.h"

namespace gongkai::web {
namespace {

constexpr int kFirstReportYear = 2019;

// The agency's texts of sections 一, 五, 六, or nullopt when none were entered.
core::Result<std::optional<domain::ReportText>> StoredText(WebContext& web,
                                                           const ReportAddress& address) {
  return OptionalRecord(web.store.annual_inputs().GetReportText(address.agency_id, address.year));
}

domain::ReportText EmptyText(const ReportAddress& address) {
  return {address.agency_id, address.year, "", "", ""};
}

std::string ScopeQuery(report::Scope scope) {
  return scope == report::Scope::kAgencyAndBelow ? "scope=all" : "scope=agency";
}

std::string StaffReportPath(const ReportAddress& address) {
  return "/staff/reports/" + UrlEncode(address.agency_id) + "/" + std::to_string(address.year) +
         "?" + ScopeQuery(address.scope);
}

std::string SavedNotice(const HttpRequest& request) {
  const std::string saved = request.Param("saved").value_or("");
  if (saved == "1") {
    return Notice(NoticeKind::kSuccess, "已保存，修改已记入审计日志。");
  }
  return saved == "0" ? Notice(NoticeKind::kInfo, "内容没有变化，未作修改。") : "";
}

}  // namespace

core::Result<std::vector<PublishedReport>> ListPublishedReports(WebContext& web) {
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<domain::Agency> agencies,
                           web.store.agencies().ListAgencies());
  std::vector<PublishedReport> reports;
  for (const domain::Agency& agency : agencies) {
    for (int year = web.clock.Today().year(); year >= kFirstReportYear; --year) {
      if (web.store.annual_inputs().GetReportText(agency.id, year).has_value()) {
        reports.push_back({agency.id, agency.name, year});
      }
    }
  }
  std::stable_sort(
      reports.begin(), reports.end(),
      [](const PublishedReport& a, const PublishedReport& b) { return a.year > b.year; });
  return reports;
}

core::Result<ReportAddress> ParseReportAddress(const HttpRequest& request) {
  ReportAddress address;
  address.agency_id = request.PathParam("agency").value_or("");
  const std::string year = request.PathParam("year").value_or("");
  const auto [end, error] = std::from_chars(year.data(), year.data() + year.size(), address.year);
  if (year.empty() || error != std::errc() || end != year.data() + year.size() ||
      address.year < 1901 || address.year > 2999) {
    return core::Error::InvalidArgument("年度“" + year.substr(0, 20) + "”无效，应为四位数字年份");
  }
  const std::string scope = request.Param("scope").value_or("agency");
  if (scope == "all") {
    address.scope = report::Scope::kAgencyAndBelow;
  } else if (scope != "agency") {
    return core::Error::InvalidArgument("统计范围应为 agency（本机关）或 all（全系统）");
  }
  return address;
}

HttpResponse HandleReportList(WebContext& web, const HttpRequest& /*request*/,
                              const std::optional<StaffSession>& session) {
  const auto reports = ListPublishedReports(web);
  if (!reports.has_value()) {
    return ErrorPageResponse(reports.error(), session);
  }
  return PageResponse(200, "政府信息公开工作年度报告", RenderReportList(*reports), session);
}

HttpResponse HandleReportDocument(WebContext& web, const HttpRequest& request,
                                  const std::optional<StaffSession>& session) {
  const auto address = ParseReportAddress(request);
  if (!address.has_value()) {
    return ErrorPageResponse(address.error(), session);
  }
  const auto built =
      report::BuildAnnualReport(web.store, address->agency_id, address->year, address->scope);
  const auto text = StoredText(web, *address);
  if (!built.has_value() || !text.has_value()) {
    return ErrorPageResponse(built.has_value() ? text.error() : built.error(), session);
  }
  return HttpResponse::Html(
      200, AddBackLink(report::RenderHtml(*built, text->value_or(EmptyText(*address))), "/reports",
                       "← 返回年度报告列表"));
}

HttpResponse HandleStaffReportChooser(WebContext& web, const HttpRequest& request,
                                      const std::optional<StaffSession>& session) {
  std::string agency = request.Param("agency").value_or("");
  if (agency.empty()) {
    const auto agencies = web.store.agencies().ListAgencies();
    if (!agencies.has_value()) {
      return ErrorPageResponse(agencies.error(), session);
    }
    // Default to the first top-level organ: its 全系统 report covers everything.
    for (const domain::Agency& candidate : *agencies) {
      if (agency.empty() && !candidate.parent_id.has_value()) {
        agency = candidate.id;
      }
    }
    if (agency.empty()) {
      return ErrorPageResponse(core::Error::NotFound("尚未设置任何行政机关"), session);
    }
  }
  const std::string year = request.Param("year").value_or(std::to_string(web.clock.Today().year()));
  const std::string scope = request.Param("scope").value_or("agency");
  return HttpResponse::Redirect("/staff/reports/" + UrlEncode(agency) + "/" + UrlEncode(year) +
                                "?scope=" + UrlEncode(scope));
}

HttpResponse HandleStaffReport(WebContext& web, const HttpRequest& request,
                               const std::optional<StaffSession>& session) {
  const auto address = ParseReportAddress(request);
  if (!address.has_value()) {
    return ErrorPageResponse(address.error(), session);
  }
  StaffReportModel model;
  auto agencies = web.store.agencies().ListAgencies();
  auto built =
      report::BuildAnnualReport(web.store, address->agency_id, address->year, address->scope);
  auto text = StoredText(web, *address);
  if (!agencies.has_value() || !built.has_value() || !text.has_value()) {
    return ErrorPageResponse(!agencies.has_value() ? agencies.error()
                             : !built.has_value()  ? built.error()
                                                   : text.error(),
                             session);
  }
  model.text = std::move(*text);
  model.agencies = std::move(*agencies);
  model.agency_id = address->agency_id;
  model.year = address->year;
  model.whole_system = address->scope == report::Scope::kAgencyAndBelow;
  model.report = std::move(*built);
  const std::string title = model.report.agency.value_or(address->agency_id) +
                            std::to_string(address->year) + "年度报告统计";
  return PageResponse(200, title, RenderStaffReport(model), session, SavedNotice(request));
}

HttpResponse HandleReportExport(WebContext& web, const HttpRequest& request,
                                const std::optional<StaffSession>& session) {
  const auto address = ParseReportAddress(request);
  if (!address.has_value()) {
    return ErrorPageResponse(address.error(), session);
  }
  const std::string format_name = request.PathParam("format").value_or("");
  const auto format = report::ExportFormatFromName(format_name);
  if (!format.has_value()) {
    return ErrorPageResponse(core::Error::NotFound("没有“" + format_name.substr(0, 20) +
                                                   "”这种导出格式（可选 html、xlsx、json、md）"),
                             session);
  }
  const auto built =
      report::BuildAnnualReport(web.store, address->agency_id, address->year, address->scope);
  const auto text = StoredText(web, *address);
  if (!built.has_value() || !text.has_value()) {
    return ErrorPageResponse(built.has_value() ? text.error() : built.error(), session);
  }
  const std::string stem = address->agency_id + "-" + std::to_string(address->year) +
                           (address->scope == report::Scope::kAgencyAndBelow ? "-all" : "");
  const auto download =
      ExportReportDownload(*built, text->value_or(EmptyText(*address)), *format, stem);
  if (!download.has_value() && download.error().code == core::ErrorCode::kFailedPrecondition) {
    return PageResponse(HttpStatusFor(download.error().code), "不能导出年度报告",
                        RenderExportRefused(*built, download.error(), StaffReportPath(*address)),
                        session);
  }
  if (!download.has_value()) {
    return ErrorPageResponse(download.error(), session);
  }
  return DownloadResponse(*download);
}

HttpResponse HandleCellExplanation(WebContext& web, const HttpRequest& request,
                                   const std::optional<StaffSession>& session) {
  const auto address = ParseReportAddress(request);
  if (!address.has_value()) {
    return ErrorPageResponse(address.error(), session);
  }
  const auto explanation = report::Explain(web.store, address->agency_id, address->year,
                                           address->scope, request.Param("cell").value_or(""));
  if (!explanation.has_value()) {
    return ErrorPageResponse(explanation.error(), session);
  }
  return PageResponse(200, "统计数据说明：" + explanation->cell,
                      RenderCellExplanation(*explanation, StaffReportPath(*address)), session);
}

HttpResponse HandleApiReport(WebContext& web, const HttpRequest& request,
                             const std::optional<StaffSession>& /*session*/) {
  const auto address = ParseReportAddress(request);
  if (!address.has_value()) {
    return JsonError(address.error(), "year");
  }
  const auto built =
      report::BuildAnnualReport(web.store, address->agency_id, address->year, address->scope);
  if (!built.has_value()) {
    return JsonError(built.error());
  }
  return HttpResponse::Json(200, report::ReportToJson(*built));
}

}  // namespace gongkai::web
