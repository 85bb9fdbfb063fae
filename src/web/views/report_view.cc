#include "web/views/report_view.h"

#include <algorithm>
#include <cmath>

#include "report/cell_path.h"
#include "web/annual_input_form.h"
#include "web/views/annual_input_view.h"
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

std::string ProactiveValue(const std::optional<double>& value, bool amount) {
  if (!value.has_value()) {
    return "—";
  }
  return amount ? FormatFeeWanYuan(*value) : std::to_string(std::llround(*value));
}

std::string ProactiveTable(const StaffReportModel& model) {
  std::string html = "<h2>二、主动公开政府信息情况</h2>";
  if (!model.report.proactive.has_value()) {
    return html + "<p>本报告没有第二部分。</p>";
  }
  html +=
      "<table class=\"report-cells\" id=\"proactive-table\"><thead><tr><th scope=\"col\">"
      "信息内容</th><th scope=\"col\">项目</th><th scope=\"col\">数值</th></tr></thead><tbody>";
  for (const domain::ProactiveRowSpec& spec :
       domain::ProactiveRowsOf(model.report.template_version)) {
    const auto row = model.report.proactive->find(std::string(spec.row));
    for (int c = 0; c < spec.column_count; ++c) {
      const std::string column(spec.columns[static_cast<std::size_t>(c)]);
      std::optional<double> value;
      if (row != model.report.proactive->end() && row->second.contains(column)) {
        value = row->second.at(column);
      }
      html += "<tr><th scope=\"row\" class=\"label\">" + HtmlEscape(spec.block) + "　" +
              HtmlEscape(spec.row) + "</th><td>" + HtmlEscape(column) + "</td><td class=\"num\">" +
              ProactiveValue(value, spec.amount) + "</td></tr>";
    }
  }
  return html + "</tbody></table>";
}

// One of the texts of sections 一, 五, 六 (`id` names its element for tests and links).
std::string ReportTextSection(const StaffReportModel& model, int section,
                              std::string domain::ReportText::*member, const char* id) {
  std::string html = "<h2>" + HtmlEscape(domain::SectionHeading(section)) + "</h2>";
  if (!model.text.has_value() || ((*model.text).*member).empty()) {
    return html + "<p class=\"hint\" id=\"" + id + "\">尚未录入。</p>";
  }
  return html + "<div class=\"pre report-text\" id=\"" + id + "\">" +
         HtmlEscape((*model.text).*member) + "</div>";
}

std::string ActionLinks(const StaffReportModel& model) {
  const std::string base = ReportQuery(model);
  const std::string scope = "?" + ScopeSuffix(model);
  std::string html = "<p class=\"no-print\"><a id=\"edit-inputs\" href=\"" +
                     AnnualInputPath(model.agency_id, model.year) +
                     "\">录入或修改第一、二、五、六部分</a> · <a href=\"/reports/" +
                     UrlEncode(model.agency_id) + "/" + std::to_string(model.year) + scope +
                     "\">按国家模板格式查看全文</a></p>";
  html += "<p class=\"no-print\" id=\"downloads\">下载年度报告：<a href=\"" + base +
          "/export/html" + scope + "\">HTML（可打印）</a> · <a href=\"" + base + "/export/xlsx" +
          scope + "\">XLSX 表格</a> · <a href=\"" + base + "/export/json" + scope + "\">JSON</a>";
  const auto errors = std::count_if(
      model.report.findings.begin(), model.report.findings.end(),
      [](const domain::Finding& finding) { return finding.severity == domain::Severity::kError; });
  if (errors > 0) {
    html += " <span class=\"field-error\">（勾稽关系检查有 " + std::to_string(errors) +
            " 处错误，改正前不能导出）</span>";
  }
  return html + "</p>";
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
  std::string html = ChooserForm(model) + ActionLinks(model);
  html += Findings(model.report);
  html += ReportTextSection(model, 1, &domain::ReportText::overview, "text-overview");
  html += ProactiveTable(model);
  html += "<p>点击第三、四部分表中数字，可查看计入该项的具体记录。</p>";
  html += RequestTable(model);
  html += ReviewTable(model);
  html += ReportTextSection(model, 5, &domain::ReportText::problems, "text-problems");
  html += ReportTextSection(model, 6, &domain::ReportText::other_matters, "text-other-matters");
  return html;
}

std::string RenderExportRefused(const domain::AnnualReport& report, const core::Error& error,
                                const std::string& back_link) {
  std::string html = Notice(NoticeKind::kError, error.message.substr(0, error.message.find('\n')));
  html += "<ol class=\"findings\" id=\"export-errors\">";
  for (const domain::Finding& finding : report.findings) {
    if (finding.severity == domain::Severity::kError) {
      html += "<li class=\"error\"><strong>" + HtmlEscape(finding.where) + "</strong>：" +
              HtmlEscape(finding.message) + " <code>" + HtmlEscape(finding.rule) + "</code></li>";
    }
  }
  return html + "</ol><p><a href=\"" + HtmlEscape(back_link) + "\">返回年度报告统计</a></p>";
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
