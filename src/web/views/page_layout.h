// The page shell shared by every HTML page: header with navigation (public links, plus the staff
// links and logout when a clerk is logged in), the title, an optional notice and the content.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::web {

enum class NoticeKind { kInfo, kSuccess, kError };

struct PageFrame {
  std::string title;         // plain text; also the <h1>
  std::string content_html;  // trusted HTML built by a view (user text already escaped)
  std::optional<std::string> staff_user;  // logged-in clerk, shows the staff navigation
  std::string csrf_token;                 // for the logout form when staff_user is set
  std::string notice_html;                // from Notice(), or empty
  // Plain text shown to staff above every page (with a link to the calendar page), or empty.
  std::string staff_alert;
};

// The complete HTML document. Pure.
std::string RenderPage(const PageFrame& frame);

// A notice box (role=status, or role=alert for errors) with escaped `text`. Pure.
std::string Notice(NoticeKind kind, std::string_view text);

// A full error page for `status` with a Chinese explanation (404, 400, 422 …). Pure.
std::string RenderErrorPage(std::string_view title, std::string_view message,
                            const std::optional<std::string>& staff_user,
                            const std::string& csrf_token);

}  // namespace gongkai::web
