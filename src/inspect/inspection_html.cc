#include "inspect/inspection_html.h"

#include <map>

#include "audit/encoding.h"
#include "core/html_escape.h"

namespace gongkai::inspect {
namespace {

// Page text may hold invalid UTF-8; the report must not.
std::string Escape(std::string_view raw) {
  return core::HtmlEscape(audit::SanitizeUtf8(raw));
}

std::string_view ResultText(ItemResult result) {
  switch (result) {
    case ItemResult::kPassed:
      return "通过";
    case ItemResult::kFailed:
      return "未通过";
    case ItemResult::kUnknown:
      return "无法判断";
  }
  return "无法判断";
}

std::string_view SeverityText(Severity severity) {
  switch (severity) {
    case Severity::kVeto:
      return "单项否决";
    case Severity::kDeduction:
      return "扣分";
    case Severity::kWarning:
      return "提示";
  }
  return "提示";
}

constexpr std::string_view kHead =
    "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta "
    "charset=\"utf-8\"><title>网站巡查报告</title>"
    "<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;"
    "width:100%;margin-bottom:1.5em}th,td{border:1px solid #999;padding:4px 6px;text-align:left;"
    "vertical-align:top;font-size:13px}th{background:#eee}.failed{color:#b00;font-weight:bold}"
    ".passed{color:#070}.unknown{color:#a60}@media print{a{color:#000}}</style></head><body>\n";

void AppendSummary(const Inspection& inspection, std::string& html) {
  html += "<h1>网站巡查报告</h1>\n<p>网站：<a href=\"" + Escape(inspection.site) + "\">" +
          Escape(inspection.site) + "</a><br>检查日：" + Escape(inspection.check_point) +
          "<br>抓取页面：" + std::to_string(inspection.pages_crawled) + " 个；检查链接：" +
          std::to_string(inspection.links_checked) + " 个；发现问题：" +
          std::to_string(inspection.problems.size()) + " 个</p>\n<p>预判结果：<span class=\"" +
          (inspection.prediction == "合格" ? "passed" : "failed") + "\">" +
          Escape(inspection.prediction) + "</span>（可计算的扣分后得分 " +
          std::to_string(static_cast<int>(inspection.score)) + "）</p>\n";
}

void AppendVerdict(const Inspection& inspection, std::string& html) {
  html +=
      "<h2>检查指标</h2>\n<table><tr><th>指标</th><th>类别</th><th>结果</th><th>扣分</th>"
      "<th>依据</th></tr>\n";
  for (const VerdictItem& item : inspection.verdict) {
    html += "<tr><td>" + Escape(item.item) + "</td><td>" + (item.veto ? "单项否决" : "扣分") +
            "</td><td class=\"" + std::string(ItemResultName(item.result)) + "\">" +
            std::string(ResultText(item.result)) + "</td><td>" +
            (item.deduction > 0 ? std::to_string(item.deduction).substr(0, 4) : "") + "</td><td>" +
            Escape(item.evidence) + "</td></tr>\n";
  }
  html += "</table>\n<h2>优先整改</h2>\n<ol>\n";
  for (const std::string& fix : inspection.fix_first) {
    html += "<li>" + Escape(fix) + "</li>\n";
  }
  html += "</ol>\n";
}

void AppendTrend(const Inspection& inspection, const Inspection* previous, std::string& html) {
  if (previous == nullptr) {
    return;
  }
  std::map<std::string, std::pair<std::size_t, std::size_t>> counts;
  for (const Problem& problem : previous->problems) {
    ++counts[problem.rule].first;
  }
  for (const Problem& problem : inspection.problems) {
    ++counts[problem.rule].second;
  }
  html += "<h2>与上次巡查比较</h2>\n<p>上次预判：" + Escape(previous->prediction) +
          "；上次抓取页面 " + std::to_string(previous->pages_crawled) +
          " 个</p>\n<table><tr><th>规则</th><th>上次</th><th>本次</th></tr>\n";
  for (const auto& [rule, pair] : counts) {
    html += "<tr><td>" + Escape(rule) + "</td><td>" + std::to_string(pair.first) + "</td><td>" +
            std::to_string(pair.second) + "</td></tr>\n";
  }
  html += "</table>\n";
}

void AppendProblems(const Inspection& inspection, std::string& html) {
  html +=
      "<h2>问题清单</h2>\n<table><tr><th>规则</th><th>类别</th><th>页面</th><th>对象</th>"
      "<th>说明</th></tr>\n";
  for (const Problem& problem : inspection.problems) {
    html += "<tr><td>" + Escape(problem.rule) + "</td><td>" +
            std::string(SeverityText(problem.severity)) + "</td><td><a href=\"" +
            Escape(problem.page) + "\">" + Escape(problem.page) + "</a></td><td>" +
            Escape(problem.target) + "</td><td>" + Escape(problem.excerpt) + "</td></tr>\n";
  }
  html += "</table>\n";
}

void AppendLimits(const Inspection& inspection, std::string& html) {
  html += "<h2>抓取限制</h2>\n";
  if (inspection.limits_hit.empty()) {
    html += "<p>抓取完整，没有触及任何限制。</p>\n";
    return;
  }
  html += "<table><tr><th>限制</th><th>数量</th><th>说明</th></tr>\n";
  for (const LimitHit& limit : inspection.limits_hit) {
    html += "<tr><td>" + Escape(limit.limit) + "</td><td>" + std::to_string(limit.count) +
            "</td><td>" + Escape(limit.detail) + "</td></tr>\n";
  }
  html += "</table>\n";
}

}  // namespace

std::string InspectionToHtml(const Inspection& inspection, const Inspection* previous) {
  std::string html(kHead);
  AppendSummary(inspection, html);
  AppendVerdict(inspection, html);
  AppendTrend(inspection, previous, html);
  AppendLimits(inspection, html);
  AppendProblems(inspection, html);
  html +=
      "<p>说明：判定依据国办秘函〔2019〕19号检查指标；未确认的阈值与分值为可配置的默认值，"
      "详见 spec/inspection.md。</p>\n</body></html>\n";
  return html;
}

}  // namespace gongkai::inspect
