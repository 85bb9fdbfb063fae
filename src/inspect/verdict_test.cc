#include "inspect/verdict.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "inspect/link_outcome.h"

namespace gongkai::inspect {
namespace {

const core::Date kCheckPoint = *core::Date::FromYmd(2024, 6, 30);

ColumnObservation Column(std::string name, ColumnClass column_class, int age_days) {
  ColumnObservation column;
  column.page = "http://h/" + name;
  column.name = std::move(name);
  column.column_class = column_class;
  column.newest = kCheckPoint.AddDays(-age_days);
  column.dated_items = 1;
  return column;
}

AnalysisState FreshSite() {
  AnalysisState analysis;
  analysis.homepage_seen = true;
  analysis.homepage_newest = kCheckPoint.AddDays(-3);
  analysis.columns.push_back(Column("工作动态", ColumnClass::kDynamicNews, 5));
  return analysis;
}

const VerdictItem& Item(const Inspection& inspection, std::string_view prefix) {
  return *std::find_if(inspection.verdict.begin(), inspection.verdict.end(),
                       [prefix](const VerdictItem& item) { return item.item.starts_with(prefix); });
}

TEST(VerdictTest, FreshSitePasses) {
  const Inspection inspection = Judge("http://h/", kCheckPoint, {}, FreshSite(), {});
  EXPECT_EQ(Item(inspection, "首页不更新").result, ItemResult::kPassed);
  EXPECT_EQ(Item(inspection, "栏目不更新").result, ItemResult::kPassed);
  EXPECT_EQ(inspection.prediction, "合格");
  EXPECT_TRUE(inspection.problems.empty());
}

TEST(VerdictTest, FiveStaleColumnsVetoAndFourDoNot) {
  AnalysisState analysis = FreshSite();
  for (int i = 0; i < 4; ++i) {
    analysis.columns.push_back(Column("动态" + std::to_string(i), ColumnClass::kDynamicNews, 20));
  }
  EXPECT_EQ(Judge("http://h/", kCheckPoint, {}, analysis, {}).prediction, "合格");
  analysis.columns.push_back(Column("通知公告", ColumnClass::kNoticePolicy, 200));
  const Inspection inspection = Judge("http://h/", kCheckPoint, {}, analysis, {});
  EXPECT_EQ(Item(inspection, "栏目不更新").result, ItemResult::kFailed);
  EXPECT_EQ(Item(inspection, "政策文件类一级栏目").deduction, 5);
  EXPECT_EQ(inspection.prediction, "不合格");
  EXPECT_EQ(inspection.fix_first.front().rfind("【单项否决】栏目不更新", 0), 0U);
}

TEST(VerdictTest, UnreadableColumnsMakeTheItemUnknownNotFailed) {
  AnalysisState analysis = FreshSite();
  for (int i = 0; i < 4; ++i) {
    analysis.columns.push_back(Column("动态" + std::to_string(i), ColumnClass::kDynamicNews, 20));
  }
  ColumnObservation unknown = Column("要闻", ColumnClass::kDynamicNews, 0);
  unknown.newest.reset();
  analysis.columns.push_back(unknown);
  const Inspection inspection = Judge("http://h/", kCheckPoint, {}, analysis, {});
  EXPECT_EQ(Item(inspection, "栏目不更新").result, ItemResult::kUnknown);
}

TEST(VerdictTest, StaleHomepageAndUnansweredMessageVeto) {
  AnalysisState analysis = FreshSite();
  analysis.homepage_newest = kCheckPoint.AddDays(-15);
  analysis.columns.push_back(Column("留言选登", ColumnClass::kInteraction, 0));
  analysis.messages.push_back(
      {"http://h/ly/", "甲", kCheckPoint.AddDays(-100), std::nullopt, true});
  analysis.messages.push_back(
      {"http://h/ly/", "乙", kCheckPoint.AddDays(-30), kCheckPoint.AddDays(-10), false});
  const Inspection inspection = Judge("http://h/", kCheckPoint, {}, analysis, {});
  EXPECT_EQ(Item(inspection, "首页不更新").result, ItemResult::kFailed);
  EXPECT_EQ(Item(inspection, "互动回应差").result, ItemResult::kFailed);
  EXPECT_EQ(Item(inspection, "留言答复").result, ItemResult::kPassed);
  EXPECT_EQ(inspection.prediction, "不合格");
}

TEST(VerdictTest, BrokenLinksAreCountedPerPageHomepageApart) {
  CrawlSummary crawl;
  LinkRecord broken;
  broken.done = true;
  broken.state = LinkState::kBroken;
  broken.reason = "HTTP 404";
  broken.referrers = {{"http://h/", "甲"}, {"http://h/a.html", "乙"}};
  crawl.links["http://h/x"] = broken;
  LinkRecord suspected = broken;
  suspected.state = LinkState::kSuspected;
  suspected.referrers = {{"http://h/a.html", "丙"}};
  crawl.links["http://h/y"] = suspected;
  const Inspection inspection = Judge("http://h/", kCheckPoint, crawl, FreshSite(), {});
  std::vector<std::string> rules;
  for (const Problem& problem : inspection.problems) {
    rules.push_back(problem.rule + "@" + problem.page);
  }
  EXPECT_EQ(rules, (std::vector<std::string>{"link-broken-homepage@http://h/",
                                             "link-broken@http://h/a.html",
                                             "link-suspected@http://h/a.html"}));
  EXPECT_EQ(Item(inspection, "错链断链").deduction, 1.0);
  // The root redirected to a.html: links there are the homepage's.
  crawl.homepage_url = "http://h/a.html";
  const Inspection redirected = Judge("http://h/", kCheckPoint, crawl, FreshSite(), {});
  EXPECT_EQ(redirected.problems[1].rule, "link-broken-homepage");
  EXPECT_EQ(redirected.problems[1].page, "http://h/a.html");
}

TEST(LinkOutcomeTest, ClassifiesResponses) {
  FetchResponse response;
  response.status = 404;
  EXPECT_EQ(JudgeResponse(response).state, LinkState::kBroken);
  EXPECT_FALSE(IsRetriable(response));
  response.status = 503;
  EXPECT_EQ(JudgeResponse(response).state, LinkState::kSuspected);
  EXPECT_TRUE(IsRetriable(response));
  response.status = 405;
  EXPECT_TRUE(HeadRefused(response));
  response.failure = FetchFailure::kDns;
  EXPECT_EQ(JudgeResponse(response).state, LinkState::kBroken);
  EXPECT_FALSE(IsRetriable(response));
  EXPECT_EQ(RetryDelayMs(response, 3, 1000, 30000), 4000);
  EXPECT_EQ(RetryDelayMs(response, 10, 1000, 30000), 30000);
  response.retry_after_seconds = 7;
  EXPECT_EQ(RetryDelayMs(response, 1, 1000, 30000), 7000);
}

}  // namespace
}  // namespace gongkai::inspect
