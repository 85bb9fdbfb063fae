#include "web/views/report_view.h"

#include <cmath>

#include "report/cell_path.h"
#include "web/views/form_fields.h"
#include "web/views/html_escape.h"
#include "web/views/outcome_options.h"
#include "web/views/page_layout.h"

namespace gongkai::web {
namespace {

std::string ReportQuery(const StaffReportModel& model) {
  return "/staff/reports/" + UrlEncode(model.agency_id) + "/" + std::to_string(model.year);
}

std::string ScopeSuffix(const StaffReportModel& model) {
  return model.whole_system ? "scope=all" : "scope=agency";
}

std::string CellLink(const StaffReportModel& model, const report::CellPath& path,
                     const domain::CountCell& value) {
  if (!value.has_value()) {
    return "";
  }
  return "<a href=\"" + ReportQuery(model) + "/explain?" + ScopeSuffix(model) +
         "&amp;cell=" + UrlEncode(report::CellPathText(path)) + "\" title=\"" +
         HtmlEscape(report::CellPathWhere(path)) + "\">" + std::to_string(*value) + "</a>";
}

std::string RequestTable(const StaffReportModel& model) {
  std::string html =
      "<h2>三、收到和处理政府信息公开申请情况</h2><table class=\"report-cells\" "
      "id=\"request-table\"><thead><tr><th scope=\"col\">项目</th>";
  for (int column = 0; column < domain::kApplicantColumnCount; ++column) {
    html += "<th scope=\"col\">" + std::string(domain::ApplicantColumnLabel(column)) + "</th>";
  }
  html += "</tr></thead><tbody>";
  for (const domain::RequestRow row :
       domain::RowsOf(model.report.template_version, model.report.single_other_row)) {
    const domain::RequestRowCells& cells = model.report.row(row);
    html += "<tr><th scope=\"row\" class=\"label\">" + HtmlEscape(OutcomeLabel(row)) + "</th>";
    for (int column = 0; column < domain::kApplicantColumnCount; ++column) {
      html += "<td class=\"num\">" +
              CellLink(model, report::RequestCellPath{row, column},
                       cells[static_cast<std::size_t>(column)]) +
              "</td>";
    }
    html += "</tr>";
  }
  return html + "</tbody></table>";
}

std::string ReviewTable(const StaffReportModel& model) {
  if (!model.report.review_litigation.has_value()) {
    return "";
  }
  std::string html =
      "<h2>四、政府信息公开行政复议、行政诉讼情况</h2><table class=\"report-cells\">"
      "<thead><tr><th scope=\"col\">项目</th><th scope=\"col\">数量</th></tr></thead>"
      "<tbody>";
  for (int index = 0; index < domain::kReviewLitigationCount; ++index) {
    html += "<tr><th scope=\"row\" class=\"label\">" +
            HtmlEscape(domain::ReviewLitigationCellLabel(index)) + "</th><td class=\"num\">" +
            CellLink(model, report::ReviewCellPath{index},
                     (*model.report.review_litigation)[static_cast<std::size_t>(index)]) +
            "</td></tr>";
  }
  return html + "</tbody></table>";
}

std::string Findings(const domain::AnnualReport& report) {
  std::string html = "<h2>勾稽关系检查</h2>";
  if (report.findings.empty()) {
    return html + Notice(NoticeKind::kSuccess, "全部勾稽关系检查通过。");
  }
  html += "<ul class=\"findings\" id=\"findings\">";
  for (const domain::Finding& finding : report.findings) {
    html += "<li class=\"" + std::string(domain::SeverityName(finding.severity)) + "\"><strong>" +
            HtmlEscape(finding.where) + "</strong>：" + HtmlEscape(finding.message) + " <code>" +
            HtmlEscape(finding.rule) + "</code></li>";
  }
  return html + "</ul>";
}

std::string ChooserForm(const StaffReportModel& model) {
  std::vector<SelectOption> agencies;
  for (const domain::Agency& agency : model.agencies) {
    agencies.push_back({agency.id, agency.name, ""});
  }
  FieldSpec agency;
  agency.name = "agency";
  agency.label = "机关";
  agency.value = model.agency_id;
  FieldSpec year;
  year.name = "year";
  year.label = "年度";
  year.value = std::to_string(model.year);
  FieldSpec scope;
  scope.name = "scope";
  scope.label = "统计范围";
  scope.value = model.whole_system ? "all" : "agency";
  const std::vector<SelectOption> scopes = {{"agency", "本机关", ""},
                                            {"all", "全系统（含下级机关）", ""}};
  return "<form method=\"get\" action=\"/staff/reports\" class=\"no-print\">" +
         SelectField(agency, agencies) + InputField(year, "number") + SelectField(scope, scopes) +
         "<button type=\"submit\">查看</button></form>";
}

}  // namespace

std::string RenderReportList(const std::vector<PublishedReport>& reports) {
  if (reports.empty()) {
    return "<p>尚无已发布的年度报告。</p>";
  }
  std::string html =
      "<table id=\"report-list\"><thead><tr><th scope=\"col\">年度</th>"
      "<th scope=\"col\">机关</th><th scope=\"col\">报告</th></tr></thead><tbody>";
  for (const PublishedReport& entry : reports) {
    html += "<tr><td>" + std::to_string(entry.year) + "年</td><td>" +
            HtmlEscape(entry.agency_name) + "</td><td><a href=\"/reports/" +
            UrlEncode(entry.agency_id) + "/" + std::to_string(entry.year) + "\">" +
            HtmlEscape(entry.agency_name) + std::to_string(entry.year) +
            "年政府信息公开工作年度报告</a></td></tr>";
  }
  return html + "</tbody></table>";
}

std::string RenderStaffReport(const StaffReportModel& model) {
  std::string html = ChooserForm(model);
  html += "<p class=\"no-print\"><a href=\"/reports/" + UrlEncode(model.agency_id) + "/" +
          std::to_string(model.year) + "?" + ScopeSuffix(model) +
          "\">按国家模板格式查看、打印全文</a> · <a href=\"/api/v1/reports/" +
          UrlEncode(model.agency_id) + "/" + std::to_string(model.year) + "?" + ScopeSuffix(model) +
          "\">JSON</a></p>";
  html += "<p>点击表中数字，可查看计入该项的具体记录。</p>";
  html += Findings(model.report);
  html += RequestTable(model);
  html += ReviewTable(model);
  return html;
}

std::string RenderCellExplanation(const report::CellExplanation& explanation,
                                  const std::string& back_link) {
  std::string html = "<p><a href=\"" + HtmlEscape(back_link) + "\">返回年度报告统计</a></p>";
  html += "<dl class=\"facts\"><dt>位置</dt><dd>" + HtmlEscape(explanation.where) +
          "</dd><dt>年度</dt><dd>" + std::to_string(explanation.year) +
          "</dd><dt>数值</dt><dd id=\"cell-value\">" +
          HtmlEscape(std::to_string(std::llround(explanation.value))) + "</dd></dl>";
  if (!explanation.cases.empty()) {
    html +=
        "<table id=\"explained-cases\"><thead><tr><th scope=\"col\">申请编号</th>"
        "<th scope=\"col\">申请人类型</th><th scope=\"col\">收到申请之日</th>"
        "<th scope=\"col\">办结日期</th><th scope=\"col\">结果</th></tr></thead><tbody>";
    for (const report::ExplainedCase& item : explanation.cases) {
      html += "<tr><td><a href=\"/staff/cases/by-number?number=" + UrlEncode(item.tracking_number) +
              "\">" + HtmlEscape(item.tracking_number) + "</a></td><td>" +
              std::string(domain::ApplicantColumnLabel(item.applicant_kind)) + "</td><td>" +
              (item.received_on.has_value() ? item.received_on->ToString() : "—") + "</td><td>" +
              (item.closed_on.has_value() ? item.closed_on->ToString() : "—") + "</td><td>" +
              (item.outcome.has_value() ? HtmlEscape(OutcomeLabel(*item.outcome)) : "办理中") +
              "</td></tr>";
    }
    html += "</tbody></table>";
  }
  if (!explanation.reviews.empty()) {
    html +=
        "<table><thead><tr><th scope=\"col\">案号</th><th scope=\"col\">类型</th>"
        "<th scope=\"col\">收到日期</th><th scope=\"col\">结果</th></tr></thead><tbody>";
    for (const report::ExplainedReview& item : explanation.reviews) {
      html += "<tr><td>" + HtmlEscape(item.reference) + "</td><td>" +
              std::string(domain::ReviewKindLabel(item.kind)) + "</td><td>" +
              item.filed_on.ToString() + "</td><td>" +
              std::string(domain::ReviewResultLabel(item.result)) + "</td></tr>";
    }
    html += "</tbody></table>";
  }
  if (explanation.cases.empty() && explanation.reviews.empty() && explanation.figures.empty()) {
    html += "<p>没有计入该项的记录。</p>";
  }
  return html;
}

std::string AddBackLink(std::string document, const std::string& href, const std::string& label) {
  const std::string bar =
      "<nav class=\"gk-back\" style=\"font-family:sans-serif;padding:6px 12px;background:#9b1b1b\">"
      "<a style=\"color:#fff\" href=\"" +
      HtmlEscape(href) + "\">" + HtmlEscape(label) +
      "</a></nav><style>@media print{.gk-back{display:none}}</style>";
  const auto body = document.find("<body>");
  if (body == std::string::npos) {
    return document;
  }
  document.insert(body + 6, bar);
  return document;
}

}  // namespace gongkai::web
