// Problems that need the whole crawl before they can be stated: broken links (with every page
// that carries them, homepage apart, I19), stale, blank and unreadable columns (I2–I7, I15, I17)
// and unanswered messages (I8, I16), with the counts the verdict compares to the thresholds.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/date.h"
#include "inspect/crawler.h"
#include "inspect/inspect_rules.h"
#include "inspect/inspection.h"
#include "inspect/site_analyzer.h"

namespace gongkai::inspect {

struct LinkFindings {
  std::vector<Problem> problems;  // link-broken(-homepage), link-suspected(-homepage)
  std::size_t broken_homepage = 0;
  std::size_t broken_other = 0;
  std::size_t suspected = 0;
};

// One problem per (broken link, referring page). A link without referrer is the root itself.
LinkFindings FindLinkProblems(const CrawlSummary& crawl, const std::string& root);

struct ColumnFindings {
  std::vector<Problem> problems;
  std::size_t i3_stale = 0;  // stale 动态要闻 + 通知公告/政策文件 columns
  std::size_t i4_stale = 0;  // all columns that should be updated but are not
  std::size_t i5_blank = 0;
  std::size_t unknown = 0;              // columns whose dates could not be read
  std::size_t notice_policy_stale = 0;  // I15
  std::size_t service_stats_stale = 0;  // I17
  std::size_t columns_seen = 0;
  std::size_t unanswered = 0;  // I8
  std::size_t messages_seen = 0;
  bool interaction_seen = false;
  bool reply_gap = false;  // I16: no reply published in the last 2 months
};

// Judges each column and message list against `check_point` (the day of the inspection).
ColumnFindings FindColumnProblems(const AnalysisState& analysis, const InspectRules& rules,
                                  core::Date check_point);

}  // namespace gongkai::inspect
