#include "web/handlers/calendar_handler.h"

#include <spdlog/spdlog.h>

#include "domain/calendar_import.h"
#include "web/error_mapping.h"
#include "web/handlers/page_response.h"
#include "web/views/calendar_view.h"
#include "web/views/page_layout.h"

namespace gongkai::web {
namespace {

constexpr char kTitle[] = "节假日安排";

core::Result<CalendarPageModel> LoadModel(WebContext& web, const StaffSession& session) {
  CalendarPageModel model;
  model.years = web.calendars.Current()->years();
  GONGKAI_ASSIGN_OR_RETURN(const auto stored, web.store.calendars().ListCalendarYears());
  for (const auto& entry : stored) {
    model.stored_years.insert(entry.first);
  }
  model.csrf_token = session.csrf_token;
  return model;
}

}  // namespace

HttpResponse HandleCalendarPage(WebContext& web, const HttpRequest& /*request*/,
                                const std::optional<StaffSession>& session) {
  const auto model = LoadModel(web, *session);  // the route table guarantees a session
  if (!model.has_value()) {
    return ErrorPageResponse(model.error(), session);
  }
  return PageResponse(200, kTitle, RenderCalendarPage(*model), session);
}

HttpResponse HandleCalendarImport(WebContext& web, const HttpRequest& request,
                                  const std::optional<StaffSession>& session) {
  const std::string file = request.Param("file").value_or("");
  const std::string text = file.empty() ? request.Param("json").value_or("") : file;
  domain::CalendarImportOptions options;
  options.existing = request.Param("replace").value_or("") == "1" ? domain::ExistingYears::kReplace
                                                                  : domain::ExistingYears::kRefuse;
  options.clock_policy = web.cases.policy();
  core::Result<domain::CalendarImportResult> imported =
      core::Error::InvalidArgument("请选择节假日安排文件，或粘贴文件内容");
  if (!text.empty()) {
    imported = domain::ImportCalendar(web.store, text, options, {session->user});
  }
  if (imported.has_value()) {
    // This server sees the new years at once; others within their recheck interval.
    if (const auto refreshed = web.calendars.Refresh(); !refreshed.has_value()) {
      spdlog::error("calendar reload after import failed: {}", refreshed.error().message);
    }
  }
  auto model = LoadModel(web, *session);
  if (!model.has_value()) {
    return ErrorPageResponse(model.error(), session);
  }
  if (!imported.has_value()) {
    model->json_text = file.empty() ? text : "";
    model->replace = options.existing == domain::ExistingYears::kReplace;
    return PageResponse(HttpStatusFor(imported.error().code), kTitle, RenderCalendarPage(*model),
                        session, Notice(NoticeKind::kError, "未导入：" + imported.error().message));
  }
  std::string lines;
  for (const std::string& line : domain::DescribeImport(*imported)) {
    lines += (lines.empty() ? "" : "；") + line;
  }
  // The alert was computed before the import: recompute it for this page.
  std::optional<StaffSession> shown = session;
  shown->alert = StaffAlertFor(*web.calendars.Current(), web.clock.Today());
  return PageResponse(200, kTitle, RenderCalendarPage(*model), shown,
                      Notice(NoticeKind::kSuccess, lines));
}

}  // namespace gongkai::web
