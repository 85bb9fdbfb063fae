// The thresholds and points of the inspection, each tied to an item of spec/inspection.md.
// Confirmed numbers ([copy] there) are defaults that match the 2019 indicators; unconfirmed ones
// ([unverified]/[interp]) are marked and meant to be set from the official attachment.
#pragma once

namespace gongkai::inspect {

struct InspectRules {
  int homepage_days = 14;         // I2: no new homepage item in 2 weeks → veto
  int dynamic_news_days = 14;     // I3: 动态/要闻 columns, 2 weeks
  int notice_policy_days = 183;   // I3/I15: 通知公告/政策文件 一级栏目, 6 months
  int personnel_plan_days = 365;  // I6: 人事/规划计划, 1 year ([unverified] for 2019)
  int service_stats_days = 92;    // I17: 办事统计, 3 months
  int i3_veto_columns = 5;        // I3: ≥ 5 stale 动态 + 通知/政策 columns → veto
  int i4_veto_columns = 10;       // I4: ≥ 10 columns that should be updated but are not → veto
  int i5_veto_columns = 5;        // I5: ≥ 5 blank columns → veto
  int unanswered_days = 92;       // I8: a message unanswered for more than 3 months → veto
  int message_window_days = 365;  // I8: messages of the year before the check point
  int reply_gap_days = 61;        // I16: no reply published in the last 2 months → −3
  double notice_policy_points = 5;  // I15 (confirmed)
  double reply_gap_points = 3;      // I16 (confirmed)
  double service_stats_points = 2;  // I17 (confirmed)
  double broken_link_points = 0.5;  // I19 per broken link: value not retrieved [interp]
  double broken_link_cap = 10;      // I19 cap [interp]
  double wording_points = 0.5;      // 表述错误 per hit: value not retrieved [interp]
  double wording_cap = 5;           // [interp]
  double failing_score = 60;        // I13: below 60 → 不合格
  int slow_page_ms = 5000;          // a page slower than this is reported [interp]
};

}  // namespace gongkai::inspect
