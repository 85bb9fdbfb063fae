#include "web/views/annual_input_view.h"

#include "web/annual_input_form.h"
#include "web/views/form_fields.h"
#include "web/views/html_escape.h"

namespace gongkai::web {
namespace {

FieldSpec Spec(const AnnualInputPageModel& model, std::string_view key, std::string label) {
  FieldSpec spec;
  spec.name = std::string(key);
  spec.label = std::move(label);
  const auto value = model.values.find(spec.name);
  spec.value = value == model.values.end() ? "" : value->second;
  spec.error = MessageFor(model.errors, spec.name);
  return spec;
}

std::string TextSection(const AnnualInputPageModel& model, std::string_view key, std::string hint) {
  FieldSpec spec = Spec(model, key, AnnualInputLabel(key));
  spec.hint = std::move(hint);
  return TextAreaField(spec);
}

// Section 二 as the template lays it out: one group per row, its columns as inputs.
std::string FiguresSection(const AnnualInputPageModel& model) {
  std::string html =
      "<fieldset id=\"proactive-figures\"><legend>二、主动公开政府信息情况</legend>"
      "<p class=\"hint\">件数填整数，收费金额以万元为单位（最多四位小数）；没有的填 0。"
      "全部留空则不保存本部分。</p>";
  std::string_view open_row;
  for (const ProactiveField& field : ProactiveFields()) {
    if (field.row != open_row) {
      html += std::string(open_row.empty() ? "" : "</fieldset>") +
              "<fieldset class=\"figure-row\"><legend>" + HtmlEscape(field.block) + "　" +
              HtmlEscape(field.row) + "</legend>";
      open_row = field.row;
    }
    html += InputField(Spec(model, field.key, std::string(field.column)));
  }
  return html + "</fieldset></fieldset>";
}

std::string Status(const AnnualInputPageModel& model) {
  return std::string("<p id=\"input-status\">第二部分数据：") +
         (model.figures_entered ? "已录入" : "尚未录入") + "；第一、五、六部分文字：" +
         (model.text_entered ? "已录入" : "尚未录入") + "。每次保存都记入审计日志。</p>";
}

}  // namespace

std::string AnnualInputPath(const std::string& agency_id, int year) {
  return "/staff/reports/" + UrlEncode(agency_id) + "/" + std::to_string(year) + "/inputs";
}

std::string RenderAnnualInputPage(const AnnualInputPageModel& model) {
  const std::string report = "/staff/reports/" + UrlEncode(model.agency_id) + "/" +
                             std::to_string(model.year) + "?scope=agency";
  std::string html = "<p class=\"no-print\"><a href=\"" + report + "\">← 返回" +
                     HtmlEscape(model.agency_name) + std::to_string(model.year) +
                     "年度报告统计</a></p>" + Status(model);
  html +=
      "<p class=\"hint\">第三、四部分由办理记录和复议诉讼登记自动统计，无需录入。"
      "保存文字部分后，本年度报告即列入公开的“年度报告”栏目。</p>";
  html += "<form method=\"post\" enctype=\"multipart/form-data\" action=\"" +
          AnnualInputPath(model.agency_id, model.year) +
          "\" class=\"stacked\" id=\"annual-inputs\">" + HiddenField("csrf", model.csrf_token) +
          HiddenField("figures_version", model.figures_version) +
          HiddenField("text_version", model.text_version);
  html += TextSection(model, kFieldOverview,
                      "主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面的总体情况");
  html += FiguresSection(model);
  html += TextSection(model, kFieldProblems, "本年度存在的主要问题，以及上年度问题的改进情况");
  html += TextSection(model, kFieldOtherMatters,
                      "如信息处理费收取情况、年度政务公开工作要点落实情况等");
  return html + "<button type=\"submit\">保存</button></form>";
}

std::string AnnualInputErrorSummary(const std::vector<FieldError>& errors) {
  std::string html =
      "<div class=\"notice error\" role=\"alert\" id=\"error-summary\">"
      "<p>请修改标注的内容后重新提交：</p><ul>";
  for (const FieldError& error : errors) {
    html += "<li><a href=\"#f-" + HtmlEscape(error.field) + "\">" +
            HtmlEscape(AnnualInputLabel(error.field)) + "</a>：" + HtmlEscape(error.message) +
            "</li>";
  }
  return html + "</ul></div>";
}

}  // namespace gongkai::web
