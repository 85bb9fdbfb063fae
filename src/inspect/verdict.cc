#include "inspect/verdict.h"

#include <algorithm>

#include "inspect/findings.h"

namespace gongkai::inspect {
namespace {

std::string Count(std::size_t n) {
  return std::to_string(n);
}

VerdictItem HomepageItem(const AnalysisState& analysis, const CrawlSummary& crawl,
                         const InspectRules& rules, core::Date check_point) {
  VerdictItem item{"首页不更新（I2）", ItemResult::kUnknown, "", true, 0};
  if (!analysis.homepage_seen) {
    item.evidence = crawl.homepage_failure.empty()
                        ? "首页未抓取（robots.txt 禁止或无法获取），需人工核查"
                        : "首页无法访问：" + crawl.homepage_failure;
    return item;
  }
  if (!analysis.homepage_newest.has_value()) {
    item.evidence = "首页上读不出任何发布日期，需人工核查";
    return item;
  }
  const std::int64_t age = check_point.day_number() - analysis.homepage_newest->day_number();
  item.result = age > rules.homepage_days ? ItemResult::kFailed : ItemResult::kPassed;
  item.evidence = "首页最新信息日期 " + analysis.homepage_newest->ToString() + "，距检查日 " +
                  std::to_string(age) + " 天（规则 " + std::to_string(rules.homepage_days) +
                  " 天）";
  return item;
}

VerdictItem ColumnItem(const ColumnFindings& columns, const InspectRules& rules) {
  VerdictItem item{"栏目不更新（I3/I4/I5）", ItemResult::kPassed, "", true, 0};
  item.evidence = "动态要闻及通知公告/政策文件类未按期更新 " + Count(columns.i3_stale) +
                  " 个（阈值 " + std::to_string(rules.i3_veto_columns) + "），应更新未更新 " +
                  Count(columns.i4_stale) + " 个（阈值 " + std::to_string(rules.i4_veto_columns) +
                  "），空白栏目 " + Count(columns.i5_blank) + " 个（阈值 " +
                  std::to_string(rules.i5_veto_columns) + "），日期无法读取 " +
                  Count(columns.unknown) + " 个";
  const auto reached = [](std::size_t count, int threshold) {
    return count >= static_cast<std::size_t>(threshold);
  };
  if (reached(columns.i3_stale, rules.i3_veto_columns) ||
      reached(columns.i4_stale, rules.i4_veto_columns) ||
      reached(columns.i5_blank, rules.i5_veto_columns)) {
    item.result = ItemResult::kFailed;
  } else if (columns.columns_seen == 0 ||
             reached(columns.i3_stale + columns.unknown, rules.i3_veto_columns) ||
             reached(columns.i4_stale + columns.unknown, rules.i4_veto_columns)) {
    item.result = ItemResult::kUnknown;  // the unreadable columns could tip it over
  }
  return item;
}

VerdictItem InteractionItem(const ColumnFindings& columns) {
  VerdictItem item{"互动回应差（I8）", ItemResult::kUnknown, "", true, 0};
  if (!columns.interaction_seen || columns.messages_seen == 0) {
    item.evidence = "未找到可读取的政务咨询留言列表，需人工核查";
    return item;
  }
  item.result = columns.unanswered > 0 ? ItemResult::kFailed : ItemResult::kPassed;
  item.evidence = "读取留言 " + Count(columns.messages_seen) + " 条，超过 3 个月未答复 " +
                  Count(columns.unanswered) + " 条";
  return item;
}

double Capped(double points, std::size_t count, double cap) {
  return std::min(points * static_cast<double>(count), cap);
}

void AddDeductions(const ColumnFindings& columns, const LinkFindings& links,
                   std::size_t wording_hits, const InspectRules& rules, Inspection& out) {
  const auto add = [&out](std::string item, std::size_t count, double points, std::string what) {
    out.verdict.push_back({std::move(item), count > 0 ? ItemResult::kFailed : ItemResult::kPassed,
                           std::move(what), false, count > 0 ? points : 0});
  };
  add("政策文件类一级栏目 6 个月未更新（I15）", columns.notice_policy_stale,
      rules.notice_policy_points * static_cast<double>(columns.notice_policy_stale),
      Count(columns.notice_policy_stale) + " 个栏目");
  add("留言答复 2 个月未更新（I16）", columns.reply_gap ? 1 : 0, rules.reply_gap_points,
      columns.reply_gap ? "近 2 个月没有公开答复" : "近 2 个月有公开答复或未找到留言列表");
  add("办事统计 3 个月未更新（I17）", columns.service_stats_stale,
      rules.service_stats_points * static_cast<double>(columns.service_stats_stale),
      Count(columns.service_stats_stale) + " 个栏目");
  const std::size_t broken = links.broken_homepage + links.broken_other;
  add("错链断链（I19，分值未确认，默认每条 " +
          std::to_string(rules.broken_link_points).substr(0, 4) + " 分）",
      broken, Capped(rules.broken_link_points, broken, rules.broken_link_cap),
      "首页 " + Count(links.broken_homepage) + " 处，其他页面 " + Count(links.broken_other) +
          " 处；疑似 " + Count(links.suspected) + " 处未计分");
  add("错别字与名称错误（分值未确认）", wording_hits,
      Capped(rules.wording_points, wording_hits, rules.wording_cap), Count(wording_hits) + " 处");
}

void AddFixFirst(Inspection& out) {
  for (const VerdictItem& item : out.verdict) {
    if (item.veto && item.result == ItemResult::kFailed) {
      out.fix_first.push_back("【单项否决】" + item.item + "：" + item.evidence);
    }
  }
  std::vector<const VerdictItem*> deductions;
  for (const VerdictItem& item : out.verdict) {
    if (!item.veto && item.deduction > 0) {
      deductions.push_back(&item);
    }
  }
  std::stable_sort(
      deductions.begin(), deductions.end(),
      [](const VerdictItem* a, const VerdictItem* b) { return a->deduction > b->deduction; });
  for (const VerdictItem* item : deductions) {
    out.fix_first.push_back("【扣分】" + item->item + "：" + item->evidence);
  }
  for (const VerdictItem& item : out.verdict) {
    if (item.veto && item.result == ItemResult::kUnknown) {
      out.fix_first.push_back("【需人工核查】" + item.item + "：" + item.evidence);
    }
  }
}

}  // namespace

Inspection Judge(const std::string& site, core::Date check_point, const CrawlSummary& crawl,
                 const AnalysisState& analysis, const InspectRules& rules) {
  Inspection out;
  out.site = site;
  out.check_point = check_point.ToString();
  out.pages_crawled = crawl.pages_crawled;
  out.links_checked = crawl.links_checked;
  out.limits_hit = crawl.limits_hit;
  // Links on the homepage count apart (I19): the homepage is where the root URL led.
  LinkFindings links =
      FindLinkProblems(crawl, crawl.homepage_url.empty() ? site : crawl.homepage_url);
  ColumnFindings columns = FindColumnProblems(analysis, rules, check_point);
  out.problems = analysis.problems;
  out.problems.insert(out.problems.end(), links.problems.begin(), links.problems.end());
  out.problems.insert(out.problems.end(), columns.problems.begin(), columns.problems.end());
  VerdictItem homepage = HomepageItem(analysis, crawl, rules, check_point);
  if (homepage.result == ItemResult::kFailed) {
    out.problems.push_back({"homepage-stale", Severity::kVeto, site, site, homepage.evidence});
  }
  const std::size_t official_names = static_cast<std::size_t>(
      std::count_if(out.problems.begin(), out.problems.end(),
                    [](const Problem& p) { return p.rule == "wording-official-name"; }));
  const std::size_t wording_hits = static_cast<std::size_t>(
      std::count_if(out.problems.begin(), out.problems.end(), [](const Problem& p) {
        return p.rule == "wording-misused" || p.rule == "wording-official-name";
      }));
  out.verdict.push_back(
      {"站点无法访问（I1）", ItemResult::kUnknown,
       crawl.homepage_failure.empty()
           ? "本次首页可以访问；判定需一周内每天至少 20 次探测（失败率 ≥ 5% 否决）"
           : "本次首页无法访问：" + crawl.homepage_failure + "；判定需一周内每天至少 20 次探测",
       true, 0});
  out.verdict.push_back(std::move(homepage));
  out.verdict.push_back(ColumnItem(columns, rules));
  out.verdict.push_back(InteractionItem(columns));
  out.verdict.push_back({"服务不实用（I9）", ItemResult::kUnknown,
                         "办事指南要素的判定阈值未确认，需人工核查", true, 0});
  out.verdict.push_back(
      {"安全、泄密事故等严重问题（I10）", ItemResult::kUnknown,
       "发现 " + Count(official_names) + " 处机构或法规名称写错，是否构成“严重表述错误”需人工判断",
       true, 0});
  AddDeductions(columns, links, wording_hits, rules, out);
  for (const VerdictItem& item : out.verdict) {
    out.score -= item.deduction;
  }
  const bool vetoed = std::any_of(out.verdict.begin(), out.verdict.end(), [](const VerdictItem& i) {
    return i.veto && i.result == ItemResult::kFailed;
  });
  out.prediction = vetoed || out.score < rules.failing_score ? "不合格" : "合格";
  AddFixFirst(out);
  return out;
}

}  // namespace gongkai::inspect
