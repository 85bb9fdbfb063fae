// The planted loopback site: every planted problem is found with its page, nothing is reported
// on the clean pages, the folder robots.txt forbids is never requested, the calendar trap is
// bounded, and a stopped crawl resumes where it stopped.
#include "inspect/site_inspector.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <iconv.h>

#include "inspect/curl_fetcher.h"
#include "inspect/loopback_server_for_testing.h"
#include "inspect/test_clock_for_testing.h"

namespace gongkai::inspect {
namespace {

std::string Page(std::string_view title, std::string_view body) {
  return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" +
         std::string(title) + "</title></head><body>" + std::string(body) + "</body></html>";
}

std::string ToGb18030(const std::string& utf8) {
  iconv_t cd = iconv_open("GB18030", "UTF-8");
  std::string out(utf8.size() * 2, '\0');
  char* in_ptr = const_cast<char*>(utf8.data());
  char* out_ptr = out.data();
  std::size_t in_left = utf8.size();
  std::size_t out_left = out.size();
  iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

class PlantedSite {
 public:
  PlantedSite() {
    AddPages();
    loopback_.Start();
  }
  std::string Url(std::string_view path) const { return loopback_.Url(path); }
  int private_requests() const { return private_requests_; }
  int calendar_requests() const { return calendar_requests_; }

 private:
  void Html(const std::string& path, std::string html) {
    server_.Get(path, [html](const httplib::Request&, httplib::Response& res) {
      res.set_content(html, "text/html; charset=utf-8");
    });
  }

  void AddPages() {
    server_.set_keep_alive_max_count(100);
    server_.Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("User-agent: *\nDisallow: /private/\n", "text/plain");
    });
    Html(
        "/",
        Page("首页 - 某某市人民政府",
             "<ul><li><a href=\"/news/\">工作动态</a> 2024-06-25</li>"
             "<li><a href=\"/notice/\">通知公告</a></li><li><a href=\"/policy/\">政策文件</a></li>"
             "<li><a href=\"/plan/\">规划计划</a></li><li><a href=\"/personnel/\">人事信息</a></li>"
             "<li><a href=\"/stats/\">办事统计</a></li><li><a href=\"/hudong/\">留言选登</a></li>"
             "<li><a href=\"/links.html\">相关链接</a></li><li><a href=\"/gone\">旧栏目</a></li>"
             "<li><a href=\"/calendar?month=2024-01\">活动日历</a></li>"
             "<li><a href=\"/private/secret.html\">内部</a></li>"
             "<li><a href=\"/gkml/item1.html\">公开目录一</a></li>"
             "<li><a href=\"/gkml/item2.html\">公开目录二</a></li>"
             "<li><a href=\"/typo.html\">讲话</a></li><li><a href=\"/fanti.html\">简介</a></li>"
             "<li><a href=\"/gbk.html\">通知</a></li><li><a href=\"/form.html\">表单</a></li>"
             "<li><a href=\"/clean.html\">机构职能</a></li>"
             "<li><a href=\"/clean.html?print=1\">打印</a></li></ul>"));
    Html("/news/", Page("工作动态 - 某某市",
                        "<ul><li><a href=\"/clean.html\">市政府召开常务会议</a>"
                        "<span>2024-06-20</span></li></ul>"));
    Html("/notice/", Page("通知公告 - 某某市",
                          "<ul><li><a href=\"/clean.html\">停水通知</a>"
                          "[2023-10-01]</li></ul>"));
    Html("/policy/", Page("政策文件 - 某某市",
                          "<ul><li><a href=\"/clean.html\">实施办法</a>"
                          "2023年11月2日</li></ul>"));
    Html("/plan/", Page("规划计划 - 某某市",
                        "<ul><li><a href=\"/clean.html\">年度计划</a>"
                        "2024.01.05</li></ul>"));
    Html("/personnel/", Page("人事信息 - 某某市", "<p>暂无信息</p>"));
    Html("/stats/", Page("办事统计 - 某某市",
                         "<ul><li><a href=\"/clean.html\">办件统计</a>"
                         "（本月）</li></ul>"));
    Html("/hudong/",
         Page("留言选登 - 某某市",
              "<table><tr><td>关于道路维修的建议</td><td>2024-02-01</td><td>未回复</td></tr>"
              "<tr><td>关于公交线路的咨询</td><td>2024-02-10</td><td>已回复</td>"
              "<td>2024-03-01</td></tr></table>"));
    Html("/links.html", Page("相关链接 - 某某市",
                             "<a href=\"/missing\">缺失页面</a><a href=\"/error\">出错页面</a>"
                             "<a href=\"http://nosuch.invalid/\">失效域名</a>"
                             "<a href=\"/timeout\">超时页面</a><a href=\"/loop-a\">循环跳转</a>"
                             "<a href=\"/slow\">慢速页面</a><a href=\"/moved\">已迁移</a>"));
    server_.Get("/missing",
                [](const httplib::Request&, httplib::Response& res) { res.status = 404; });
    server_.Get("/gone", [](const httplib::Request&, httplib::Response& res) { res.status = 404; });
    server_.Get("/error",
                [](const httplib::Request&, httplib::Response& res) { res.status = 500; });
    server_.Get("/timeout", [](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1200));
      res.set_content("late", "text/plain");
    });
    server_.Get("/slow", [](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(std::chrono::milliseconds(400));
      res.set_content(Page("慢速页面 - 某某市", "<p>内容</p>"), "text/html; charset=utf-8");
    });
    server_.Get("/loop-a", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/loop-b");
    });
    server_.Get("/loop-b", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/loop-a");
    });
    server_.Get("/moved", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/clean.html");
    });
    server_.Get("/calendar", [this](const httplib::Request& req, httplib::Response& res) {
      ++calendar_requests_;
      const std::string month = req.get_param_value("month");
      const int number = std::stoi(month.substr(5)) + 1;
      const std::string next = std::to_string(2024 + number / 12) + "-" +
                               (number % 12 + 1 < 10 ? "0" : "") + std::to_string(number % 12 + 1);
      res.set_content(
          Page("活动日历 - 某某市", "<a href=\"/calendar?month=" + next + "\">下月</a>"),
          "text/html; charset=utf-8");
    });
    server_.Get(R"(/private/.*)", [this](const httplib::Request&, httplib::Response& res) {
      ++private_requests_;
      res.set_content(Page("内部", ""), "text/html");
    });
    Html("/gkml/item1.html", Page("关于印发某办法的通知 - 某某市",
                                  "<table><tr><td>索引号：000014349/2024-00001</td></tr></table>"
                                  "<p>正文</p>"));
    Html("/gkml/item2.html",
         Page("关于印发另一办法的通知 - 某某市",
              "<table><tr><td>索引号：000014349/2024-00002</td><td>发布机构：某某市人民政府办公室</"
              "td>"
              "</tr><tr><td>发文日期：2024-05-06</td></tr></table><p>正文</p>"));
    Html("/typo.html", Page("讲话 - 某某市", "<p>我们要再接再励，落实国务院办公室的部署。</p>"));
    Html("/fanti.html", Page("简介 - 某某市", "<p>本网站提供政府資訊公開服务。</p>"));
    Html("/form.html",
         Page("表单 - 某某市", "<img src=\"/logo.png\"><form><input name=\"q\"></form>"));
    Html("/clean.html", Page("机构职能 - 某某市",
                             "<p>本机构负责全市的政务公开工作。</p>"
                             "<img src=\"/logo.png\" alt=\"标志\">"));
    server_.Get("/logo.png", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string("\x89PNG\r\n", 6), "image/png");
    });
    const std::string gbk = ToGb18030(
        "<html lang=\"zh-CN\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        "charset=gb2312\"><title>通知 - "
        "某某市</title></head><body><p>请按装新版软件。</p></body></html>");
    server_.Get("/gbk.html", [gbk](const httplib::Request&, httplib::Response& res) {
      res.set_content(gbk, "text/html");
    });
  }

  // Declared before the server, so that they outlive the handlers that count into them.
  std::atomic<int> private_requests_{0};
  std::atomic<int> calendar_requests_{0};
  ForTestingLoopbackServer loopback_;
  httplib::Server& server_ = loopback_.server();
};

InspectOptions TestOptions() {
  InspectOptions options;
  options.crawl.per_host_interval_ms = 0;
  options.crawl.per_host_concurrency = 6;
  options.crawl.max_concurrency = 12;
  options.crawl.max_retries = 1;
  options.crawl.retry_base_ms = 50;
  options.crawl.traps.max_calendar_pages = 5;
  options.rules.slow_page_ms = 250;
  return options;
}

CurlOptions TestCurlOptions() {
  CurlOptions options;
  options.timeout_ms = 800;
  options.connect_timeout_ms = 800;
  return options;
}

const core::Date kCheckPoint = *core::Date::FromYmd(2024, 6, 30);

bool Has(const Inspection& inspection, std::string_view rule, const std::string& page,
         std::string_view target = {}) {
  return std::any_of(inspection.problems.begin(), inspection.problems.end(), [&](const Problem& p) {
    return p.rule == rule && p.page == page &&
           (target.empty() || p.target.find(target) != std::string::npos);
  });
}

std::string Dump(const Inspection& inspection) {
  std::string out;
  for (const Problem& p : inspection.problems) {
    out += p.rule + " | " + p.page + " | " + p.target + " | " + p.excerpt + "\n";
  }
  return out;
}

class SiteInspectorTest : public ::testing::Test {
 protected:
  Inspection Inspect(const InspectOptions& options) {
    auto fetcher = CreateCurlFetcher(TestCurlOptions());
    EXPECT_TRUE(fetcher.has_value());
    ForTestingShiftedClock clock(kCheckPoint);
    auto inspection = InspectSite(site_.Url("/"), options, **fetcher, clock);
    EXPECT_TRUE(inspection.has_value()) << inspection.error().message;
    return inspection.has_value() ? *inspection : Inspection{};
  }

  PlantedSite site_;
};

TEST_F(SiteInspectorTest, FindsEveryPlantedProblemOnItsPage) {
  const Inspection inspection = Inspect(TestOptions());
  const std::string links = site_.Url("/links.html");
  SCOPED_TRACE(Dump(inspection));
  if (std::getenv("GONGKAI_INSPECT_DUMP") != nullptr) {
    std::cerr << Dump(inspection);
  }
  EXPECT_TRUE(Has(inspection, "link-broken", links, "/missing"));
  EXPECT_TRUE(Has(inspection, "link-suspected", links, "/error"));
  EXPECT_TRUE(Has(inspection, "link-broken", links, "nosuch.invalid"));
  EXPECT_TRUE(Has(inspection, "link-suspected", links, "/timeout"));
  EXPECT_TRUE(Has(inspection, "link-broken", links, "/loop-a"));
  EXPECT_TRUE(Has(inspection, "link-broken-homepage", site_.Url("/"), "/gone"));
  EXPECT_TRUE(Has(inspection, "page-slow", site_.Url("/slow")));
  EXPECT_TRUE(Has(inspection, "column-stale", site_.Url("/notice/")));
  EXPECT_TRUE(Has(inspection, "column-stale", site_.Url("/policy/")));
  EXPECT_TRUE(Has(inspection, "column-blank", site_.Url("/personnel/")));
  EXPECT_TRUE(Has(inspection, "column-date-unknown", site_.Url("/stats/")));
  EXPECT_TRUE(Has(inspection, "message-unanswered", site_.Url("/hudong/")));
  EXPECT_TRUE(Has(inspection, "message-no-recent-reply", site_.Url("/hudong/")));
  EXPECT_TRUE(Has(inspection, "catalogue-metadata", site_.Url("/gkml/item1.html"), "发布机构"));
  EXPECT_TRUE(Has(inspection, "catalogue-metadata", site_.Url("/gkml/item1.html"), "发文日期"));
  EXPECT_TRUE(Has(inspection, "wording-misused", site_.Url("/typo.html"), "再接再励"));
  EXPECT_TRUE(Has(inspection, "wording-official-name", site_.Url("/typo.html"), "国务院办公室"));
  EXPECT_TRUE(Has(inspection, "wording-traditional", site_.Url("/fanti.html"), "資"));
  EXPECT_TRUE(Has(inspection, "wording-misused", site_.Url("/gbk.html"), "按装"));
  EXPECT_TRUE(Has(inspection, "a11y-img-alt", site_.Url("/form.html")));
  EXPECT_TRUE(Has(inspection, "a11y-field-label", site_.Url("/form.html")));
  EXPECT_EQ(inspection.prediction, "不合格");
}

TEST_F(SiteInspectorTest, ReportsNothingOnCleanPages) {
  const Inspection inspection = Inspect(TestOptions());
  for (const std::string path : {"/clean.html", "/news/", "/plan/", "/gkml/item2.html"}) {
    for (const Problem& problem : inspection.problems) {
      EXPECT_NE(problem.page, site_.Url(path)) << problem.rule << " " << problem.excerpt;
    }
  }
}

TEST_F(SiteInspectorTest, ObeysRobotsAndBoundsTheCalendarTrap) {
  const Inspection inspection = Inspect(TestOptions());
  EXPECT_EQ(site_.private_requests(), 0);
  EXPECT_LE(site_.calendar_requests(), 5);
  const auto limit = [&](std::string_view name) {
    return std::any_of(inspection.limits_hit.begin(), inspection.limits_hit.end(),
                       [name](const LimitHit& hit) { return hit.limit == name; });
  };
  EXPECT_TRUE(limit("robots"));
  EXPECT_TRUE(limit("trap_calendar"));
  EXPECT_TRUE(limit("trap_variant"));
}

TEST_F(SiteInspectorTest, ResumesAStoppedCrawl) {
  const std::filesystem::path state = std::filesystem::temp_directory_path() /
                                      ("gongkai_inspect_state_" + std::to_string(getpid()));
  InspectOptions options = TestOptions();
  options.state_path = state.string();
  options.crawl.max_pages = 5;
  const Inspection first = Inspect(options);
  EXPECT_EQ(first.pages_crawled, 5U);
  EXPECT_TRUE(std::any_of(first.limits_hit.begin(), first.limits_hit.end(),
                          [](const LimitHit& hit) { return hit.limit == "max_pages"; }));
  options.resume = true;
  options.crawl.max_pages = 1000;
  const Inspection resumed = Inspect(options);
  EXPECT_GT(resumed.pages_crawled, 15U);
  EXPECT_TRUE(Has(resumed, "wording-misused", site_.Url("/typo.html"), "再接再励"));
  EXPECT_TRUE(Has(resumed, "link-broken", site_.Url("/links.html"), "/missing"));
  auto fetcher = CreateCurlFetcher(TestCurlOptions());
  ForTestingShiftedClock clock(kCheckPoint);
  const auto other = InspectSite("http://127.0.0.2:1/", options, **fetcher, clock);
  ASSERT_FALSE(other.has_value());
  EXPECT_EQ(other.error().code, core::ErrorCode::kInvalidArgument);
  std::filesystem::remove(state);
}

}  // namespace
}  // namespace gongkai::inspect
