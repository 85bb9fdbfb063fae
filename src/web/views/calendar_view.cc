#include "web/views/calendar_view.h"

#include "web/views/html_escape.h"

namespace gongkai::web {
namespace {

std::string YearTable(const CalendarPageModel& model) {
  std::string html =
      "<table id=\"calendar-years\"><thead><tr><th scope=\"col\">年度</th>"
      "<th scope=\"col\">放假日</th><th scope=\"col\">调休上班日</th><th scope=\"col\">来源</th>"
      "<th scope=\"col\">数据</th></tr></thead><tbody>";
  for (const domain::CalendarYear& year : model.years) {
    html += "<tr><td>" + std::to_string(year.year) + "</td><td class=\"num\">" +
            std::to_string(year.off.size()) + "</td><td class=\"num\">" +
            std::to_string(year.work.size()) + "</td><td>" + HtmlEscape(year.source) + "</td><td>" +
            (model.stored_years.contains(year.year) ? "已导入" : "内置") + "</td></tr>";
  }
  return html + "</tbody></table>";
}

std::string ImportForm(const CalendarPageModel& model) {
  return "<h2>导入节假日安排</h2>"
         "<p>国务院办公厅每年年底公布下一年部分节假日安排的通知。请按 working-days 格式整理为 JSON "
         "文件（按年度分组，含 source、off、work，可选 names），上传或粘贴后导入。导入后，"
         "所有未办结申请的答复期限立即按新安排重新计算，每项变化记入审计日志。</p>"
         "<form method=\"post\" action=\"/staff/calendar\" enctype=\"multipart/form-data\" "
         "class=\"stacked\"><input type=\"hidden\" name=\"csrf\" value=\"" +
         HtmlEscape(model.csrf_token) +
         "\"><div class=\"field\"><label for=\"calendar-file\">选择文件</label>"
         "<input type=\"file\" id=\"calendar-file\" name=\"file\" "
         "accept=\".json,application/json\">"
         "</div><div class=\"field\"><label for=\"calendar-json\">或粘贴文件内容</label>"
         "<textarea id=\"calendar-json\" name=\"json\" rows=\"10\">" +
         HtmlEscape(model.json_text) +
         "</textarea></div><div class=\"field\"><label><input type=\"checkbox\" name=\"replace\" "
         "value=\"1\"" +
         (model.replace ? " checked" : "") +
         "> 替换已载入的年度（仅用于更正后的通知）</label></div>"
         "<p><button type=\"submit\">导入</button></p></form>";
}

}  // namespace

std::string RenderCalendarPage(const CalendarPageModel& model) {
  return "<h2>已载入的年度</h2>" + YearTable(model) +
         "<p class=\"hint\">未载入的年度，期限暂按周六、周日休息计算并标为“暂定”。</p>" +
         ImportForm(model);
}

}  // namespace gongkai::web
