#include "web/views/due_date_view.h"

#include "web/views/html_escape.h"

namespace gongkai::web {

std::string DueDateHtml(core::Date due, bool provisional) {
  std::string html = "<span class=\"due-date\">" + HtmlEscape(due.ToString()) + "</span>";
  if (provisional) {
    html += " <span class=\"badge provisional\" title=\"" + HtmlEscape(kProvisionalExplanation) +
            "\">暂定</span>";
  }
  return html;
}

std::string DueDateWithExplanationHtml(core::Date due, bool provisional) {
  return DueDateHtml(due, provisional) +
         (provisional ? "<div class=\"hint\">" + std::string(kProvisionalExplanation) + "</div>"
                      : std::string());
}

}  // namespace gongkai::web
