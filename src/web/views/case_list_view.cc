#include "web/views/case_list_view.h"

#include <cstdlib>

#include "web/receipt_code.h"
#include "web/views/due_date_view.h"
#include "web/views/form_fields.h"
#include "web/views/html_escape.h"

namespace gongkai::web {
namespace {

std::string FilterForm(const std::string& state_filter) {
  std::vector<SelectOption> options;
  for (const domain::CaseState state : AllCaseStates()) {
    options.push_back({std::string(domain::CaseStateCode(state)),
                       std::string(domain::CaseStateLabel(state)), ""});
  }
  options.push_back({"all", "全部（含已办结）", ""});
  FieldSpec spec;
  spec.name = "state";
  spec.label = "按状态筛选";
  spec.hint = "不选则显示尚未办结的申请";
  spec.value = state_filter;
  return "<form method=\"get\" action=\"/staff/cases\" class=\"no-print\">" +
         SelectField(spec, options) + "<button type=\"submit\">筛选</button></form>";
}

std::string DueCell(const QueueEntry& entry) {
  const domain::RequestCase& c = entry.request_case;
  if (!c.due_on.has_value()) {
    return c.closed_on.has_value() ? "已办结" : "计时暂停";
  }
  std::string text = DueDateHtml(*c.due_on, c.due_provisional);
  if (entry.urgency == Urgency::kOverdue) {
    text += " <span class=\"badge overdue\">已超期</span>";
  } else if (entry.urgency == Urgency::kNearDue) {
    text += " <span class=\"badge near-due\">即将到期</span>";
  }
  if (entry.working_days_left.has_value()) {
    text +=
        "<div class=\"hint\">剩余 " + std::to_string(*entry.working_days_left) + " 个工作日</div>";
  }
  return text;
}

std::string Row(const QueueEntry& entry) {
  const domain::RequestCase& c = entry.request_case;
  const char* css = entry.urgency == Urgency::kOverdue   ? " class=\"overdue\""
                    : entry.urgency == Urgency::kNearDue ? " class=\"near-due\""
                                                         : "";
  const std::string number = c.tracking_number.empty() ? ReceiptCode(c) : c.tracking_number;
  return std::string("<tr") + css + "><td><a href=\"/staff/cases/" + std::to_string(c.id) + "\">" +
         HtmlEscape(number) + "</a></td><td>" + HtmlEscape(entry.agency_name) + "</td><td>" +
         HtmlEscape(c.applicant.name) + "</td><td>" +
         HtmlEscape(std::string(domain::CaseStateLabel(c.state))) + "</td><td>" +
         (c.received_on.has_value() ? c.received_on->ToString() : "—") + "</td><td>" +
         DueCell(entry) + "</td></tr>";
}

std::string PageHref(const std::string& state_filter, int page) {
  return "/staff/cases?" +
         (state_filter.empty() ? "" : "state=" + UrlEncode(state_filter) + "&amp;") +
         "page=" + std::to_string(page);
}

// Page links: previous, the first, the last and two on each side of the current one, next.
std::string PageLinks(const QueuePage& page, const std::string& state_filter) {
  if (page.page_count <= 1) {
    return "";
  }
  std::string html = "<nav class=\"pagination no-print\" aria-label=\"分页\"><ul>";
  if (page.page > 1) {
    html += "<li><a rel=\"prev\" href=\"" + PageHref(state_filter, page.page - 1) +
            "\">上一页</a></li>";
  }
  bool gap = false;
  for (int number = 1; number <= page.page_count; ++number) {
    if (number != 1 && number != page.page_count && std::abs(number - page.page) > 2) {
      html += gap ? "" : "<li>…</li>";
      gap = true;
      continue;
    }
    gap = false;
    html += number == page.page
                ? "<li><span aria-current=\"page\">" + std::to_string(number) + "</span></li>"
                : "<li><a href=\"" + PageHref(state_filter, number) + "\">" +
                      std::to_string(number) + "</a></li>";
  }
  if (page.page < page.page_count) {
    html += "<li><a rel=\"next\" href=\"" + PageHref(state_filter, page.page + 1) +
            "\">下一页</a></li>";
  }
  return html + "</ul></nav>";
}

}  // namespace

std::string RenderCaseList(const QueuePage& page, const std::string& state_filter) {
  std::string html = FilterForm(state_filter);
  html += "<p id=\"case-count\">共 " + std::to_string(page.total) + " 件，按法定答复期限排序";
  if (page.page_count > 1) {
    html += "；第 " + std::to_string(page.page) + " / " + std::to_string(page.page_count) +
            " 页，每页 " + std::to_string(kQueuePageSize) + " 件";
  }
  html += "。</p>";
  html +=
      "<table id=\"case-list\"><thead><tr><th scope=\"col\">编号</th><th "
      "scope=\"col\">受理机关</th>"
      "<th scope=\"col\">申请人</th><th scope=\"col\">状态</th>"
      "<th scope=\"col\">收到申请之日</th><th scope=\"col\">答复期限</th></tr></thead><tbody>";
  for (const QueueEntry& entry : page.entries) {
    html += Row(entry);
  }
  return html + "</tbody></table>" + PageLinks(page, state_filter);
}

}  // namespace gongkai::web
