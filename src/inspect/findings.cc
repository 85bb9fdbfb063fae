#include "inspect/findings.h"

#include <algorithm>

namespace gongkai::inspect {
namespace {

std::string_view ClassName(ColumnClass column_class) {
  switch (column_class) {
    case ColumnClass::kDynamicNews:
      return "动态要闻类";
    case ColumnClass::kNoticePolicy:
      return "通知公告/政策文件类";
    case ColumnClass::kPersonnelPlan:
      return "人事/规划计划类";
    case ColumnClass::kServiceStats:
      return "办事统计类";
    case ColumnClass::kInteraction:
      return "互动类";
    case ColumnClass::kNone:
      break;
  }
  return "其他";
}

int CycleDays(ColumnClass column_class, const InspectRules& rules) {
  switch (column_class) {
    case ColumnClass::kDynamicNews:
      return rules.dynamic_news_days;
    case ColumnClass::kNoticePolicy:
      return rules.notice_policy_days;
    case ColumnClass::kPersonnelPlan:
      return rules.personnel_plan_days;
    case ColumnClass::kServiceStats:
      return rules.service_stats_days;
    default:
      return 0;
  }
}

void JudgeColumn(const ColumnObservation& column, const InspectRules& rules, core::Date check_point,
                 ColumnFindings& out) {
  ++out.columns_seen;
  const std::string label =
      "“" + column.name + "”（" + std::string(ClassName(column.column_class)) + "）";
  if (column.blank) {
    ++out.i5_blank;
    out.problems.push_back({"column-blank", Severity::kDeduction, column.page, column.name,
                            "栏目" + label + "为空白栏目（I5）"});
    return;
  }
  if (!column.newest.has_value()) {
    ++out.unknown;
    out.problems.push_back(
        {"column-date-unknown", Severity::kWarning, column.page, column.name,
         "栏目" + label + "读不出发布日期，无法判断是否更新（按 I7 需人工核查）"});
    return;
  }
  const int cycle = CycleDays(column.column_class, rules);
  const std::int64_t age = check_point.day_number() - column.newest->day_number();
  if (cycle == 0 || age <= cycle) {
    return;
  }
  ++out.i4_stale;
  if (column.column_class == ColumnClass::kDynamicNews ||
      column.column_class == ColumnClass::kNoticePolicy) {
    ++out.i3_stale;
  }
  out.notice_policy_stale += column.column_class == ColumnClass::kNoticePolicy ? 1 : 0;
  out.service_stats_stale += column.column_class == ColumnClass::kServiceStats ? 1 : 0;
  out.problems.push_back({"column-stale", Severity::kDeduction, column.page, column.name,
                          "栏目" + label + "最近更新 " + column.newest->ToString() + "，已 " +
                              std::to_string(age) + " 天未更新（规则 " + std::to_string(cycle) +
                              " 天）"});
}

void JudgeMessages(const AnalysisState& analysis, const InspectRules& rules, core::Date check_point,
                   ColumnFindings& out) {
  std::optional<core::Date> newest_reply;
  for (const MessageObservation& message : analysis.messages) {
    ++out.messages_seen;
    if (message.answered.has_value()) {
      newest_reply = std::max(newest_reply.value_or(*message.answered), *message.answered);
    }
    const std::int64_t age = check_point.day_number() - message.asked.day_number();
    if (!message.unanswered || age <= rules.unanswered_days || age > rules.message_window_days) {
      continue;
    }
    ++out.unanswered;
    out.problems.push_back({"message-unanswered", Severity::kVeto, message.page,
                            message.asked.ToString(),
                            "留言已 " + std::to_string(age) + " 天未答复（I8）：" + message.row});
  }
  const bool stale_reply =
      !newest_reply.has_value() ||
      check_point.day_number() - newest_reply->day_number() > rules.reply_gap_days;
  if (out.interaction_seen && out.messages_seen > 0 && stale_reply) {
    out.reply_gap = true;
    out.problems.push_back({"message-no-recent-reply", Severity::kDeduction,
                            analysis.messages.front().page, "留言答复",
                            newest_reply ? "最近一次公开答复在 " + newest_reply->ToString() +
                                               "，近 2 个月没有答复（I16）"
                                         : "留言列表中没有已答复的留言（I16）"});
  }
}

}  // namespace

LinkFindings FindLinkProblems(const CrawlSummary& crawl, const std::string& root) {
  LinkFindings out;
  for (const auto& [url, record] : crawl.links) {
    if (!record.done || record.state == LinkState::kOk) {
      continue;
    }
    const bool broken = record.state == LinkState::kBroken;
    out.suspected += broken ? 0 : 1;
    std::vector<LinkReferrer> referrers = record.referrers;
    if (referrers.empty()) {
      referrers.push_back({url, ""});
    }
    for (const LinkReferrer& referrer : referrers) {
      const bool homepage = referrer.page == root;
      if (broken) {
        ++(homepage ? out.broken_homepage : out.broken_other);
      }
      std::string rule = broken ? "link-broken" : "link-suspected";
      out.problems.push_back({homepage ? rule + "-homepage" : rule,
                              broken ? Severity::kDeduction : Severity::kWarning, referrer.page,
                              url,
                              "“" + referrer.text + "”：" + record.reason +
                                  (broken ? "" : "（疑似，两次巡查均失败再计为错链）")});
    }
  }
  return out;
}

ColumnFindings FindColumnProblems(const AnalysisState& analysis, const InspectRules& rules,
                                  core::Date check_point) {
  ColumnFindings out;
  for (const ColumnObservation& column : analysis.columns) {
    if (column.column_class == ColumnClass::kInteraction) {
      out.interaction_seen = true;
      continue;
    }
    JudgeColumn(column, rules, check_point, out);
  }
  JudgeMessages(analysis, rules, check_point, out);
  return out;
}

}  // namespace gongkai::inspect
