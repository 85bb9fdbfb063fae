#include "web/views/page_layout.h"

#include "core/check.h"
#include "web/embedded_files.h"
#include "web/views/html_escape.h"
#include "web/views/template_renderer.h"

namespace gongkai::web {
namespace {

std::string StaffNav(const PageFrame& frame) {
  if (!frame.staff_user.has_value()) {
    return "<li><a href=\"/login\">机关登录</a></li>";
  }
  return "<li><a href=\"/staff/cases\">申请办理</a></li>"
         "<li><a href=\"/staff/reviews\">复议诉讼</a></li>"
         "<li><a href=\"/staff/reports\">年报统计</a></li>"
         "<li><a href=\"/staff/calendar\">节假日安排</a></li>"
         "<li><form method=\"post\" action=\"/logout\" class=\"inline\">"
         "<input type=\"hidden\" name=\"csrf\" value=\"" +
         HtmlEscape(frame.csrf_token) + "\"><button type=\"submit\" class=\"link\">退出（" +
         HtmlEscape(*frame.staff_user) + "）</button></form></li>";
}

std::string StaffAlert(const PageFrame& frame) {
  if (!frame.staff_user.has_value() || frame.staff_alert.empty()) {
    return "";
  }
  return "<div class=\"notice warning staff-alert\" role=\"alert\" id=\"staff-alert\">" +
         HtmlEscape(frame.staff_alert) + " <a href=\"/staff/calendar\">前往导入</a></div>";
}

}  // namespace

std::string RenderPage(const PageFrame& frame) {
  const auto layout = FindEmbeddedFile("templates/layout.html");
  GONGKAI_CHECK(layout.has_value());  // the layout is compiled in (CMakeLists.txt)
  return RenderTemplate(*layout, {{"title", frame.title},
                                  {"staff_nav", StaffNav(frame)},
                                  {"staff_alert", StaffAlert(frame)},
                                  {"flash", frame.notice_html},
                                  {"content", frame.content_html}});
}

std::string Notice(NoticeKind kind, std::string_view text) {
  const char* css = kind == NoticeKind::kError     ? "notice error"
                    : kind == NoticeKind::kSuccess ? "notice success"
                                                   : "notice";
  const char* role = kind == NoticeKind::kError ? "alert" : "status";
  return std::string("<div class=\"") + css + "\" role=\"" + role + "\">" + HtmlEscape(text) +
         "</div>";
}

std::string RenderErrorPage(std::string_view title, std::string_view message,
                            const std::optional<std::string>& staff_user,
                            const std::string& csrf_token) {
  PageFrame frame;
  frame.title = std::string(title);
  frame.staff_user = staff_user;
  frame.csrf_token = csrf_token;
  frame.content_html = Notice(NoticeKind::kError, message) + "<p><a href=\"/\">返回首页</a></p>";
  return RenderPage(frame);
}

}  // namespace gongkai::web
