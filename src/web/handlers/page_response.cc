#include "web/handlers/page_response.h"

#include "web/error_mapping.h"
#include "web/views/page_layout.h"

namespace gongkai::web {
namespace {

std::string TitleFor(core::ErrorCode code) {
  switch (code) {
    case core::ErrorCode::kInvalidArgument:
      return "输入有误";
    case core::ErrorCode::kNotFound:
      return "未找到";
    case core::ErrorCode::kConflict:
      return "记录已被修改";
    case core::ErrorCode::kFailedPrecondition:
      return "当前不能办理此步骤";
    case core::ErrorCode::kPermissionDenied:
      return "无权访问";
    case core::ErrorCode::kUnavailable:
      return "服务暂不可用";
    case core::ErrorCode::kResourceExhausted:
      return "请稍后再试";
    case core::ErrorCode::kInternal:
      return "系统错误";
  }
  return "系统错误";
}

}  // namespace

HttpResponse PageResponse(int status, std::string title, std::string content_html,
                          const std::optional<StaffSession>& session, std::string notice_html) {
  PageFrame frame;
  frame.title = std::move(title);
  frame.content_html = std::move(content_html);
  frame.notice_html = std::move(notice_html);
  if (session.has_value()) {
    frame.staff_user = session->user;
    frame.csrf_token = session->csrf_token;
    frame.staff_alert = session->alert;
  }
  return HttpResponse::Html(status, RenderPage(frame));
}

HttpResponse ErrorPageResponse(const core::Error& error,
                               const std::optional<StaffSession>& session) {
  std::optional<std::string> user;
  std::string csrf;
  if (session.has_value()) {
    user = session->user;
    csrf = session->csrf_token;
  }
  const core::Error shown = UserFacingError(error);
  return HttpResponse::Html(HttpStatusFor(error.code),
                            RenderErrorPage(TitleFor(error.code), shown.message, user, csrf));
}

}  // namespace gongkai::web
