#include "audit/template_detector.h"

#include "audit/extraction_rules.h"

namespace gongkai::audit {
namespace {

using domain::Severity;
using domain::TemplateVersion;

constexpr int kFirstTemplateYear = 2019;
constexpr int kCurrentTemplateYear = 2021;

bool IsPre2019(const TemplateEvidence& e) {
  if (e.tables_found) {
    return false;
  }
  if (e.year.has_value()) {
    return *e.year < kFirstTemplateYear;
  }
  return !e.request_heading_2019;
}

domain::Finding Pre2019Finding() {
  return MakeFinding(
      kRuleTemplatePre2019, Severity::kWarning, "全文",
      "这是一份2019年以前的旧式年度报告，采用自由的文字叙述格式，没有按国家统一的年度报告格式"
      "（国办公开办函〔2019〕60号、〔2021〕30号）印出“主动公开政府信息情况”“收到和处理政府"
      "信息公开申请情况”“政府信息公开行政复议、行政诉讼情况”等固定统计表，因此无法逐格读取"
      "数字，也无法核对勾稽关系");
}

}  // namespace

TemplateDecision DetectTemplate(const TemplateEvidence& e) {
  TemplateDecision decision;
  if (IsPre2019(e)) {
    decision.version = TemplateVersion::kPre2019;
    decision.findings.push_back(Pre2019Finding());
    return decision;
  }
  if (e.other_sub_rows) {
    decision.version = TemplateVersion::k2021;
    if (e.proactive_2019 && !e.proactive_2021) {
      decision.findings.push_back(MakeFinding(
          kRuleTemplateMixed, Severity::kInfo, "二、主动公开政府信息情况",
          "第二部分的表格用的是2019年试行格式的栏目，但第三部分已按2021年格式分列（六）其他处理"
          "的三个子项，按2021年格式读取"));
    }
    return decision;
  }
  bool v2019 = false;
  if (e.proactive_2019 != e.proactive_2021) {
    v2019 = e.proactive_2019;
  } else {
    v2019 = e.year.has_value() && *e.year < kCurrentTemplateYear;
  }
  decision.version = v2019 ? TemplateVersion::k2019 : TemplateVersion::k2021;
  decision.single_other_row = v2019 || e.other_single_row;
  return decision;
}

}  // namespace gongkai::audit
