#include "web/handlers/calendar_handler.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "web/receipt_code.h"
#include "web/web_test_fixture.h"

namespace gongkai::web {
namespace {

// A made-up 2027 schedule (test data, not the real notice): 元旦 Fri 01-01 with the weekend.
constexpr char k2027[] = R"({"2027": {"source": "测试通知", "off": ["2027-01-01", "2027-01-02",
  "2027-01-03"], "work": ["2027-01-10"], "names": {"2027-01-01": "元旦"}}})";

class CalendarHandlerTest : public WebTestFixture {
 protected:
  void SetDate(const char* date) { clock_.SetDate(*core::Date::Parse(date)); }

  // Files an application through the public form on today's date; its receipt code.
  std::string Apply() {
    const HttpResponse response = server_->Handle(Post("/apply", ValidApplication()));
    EXPECT_EQ(response.status, 201);
    last_receipt_page_ = response.body;
    auto cases = store_->ListCases({});
    return ReceiptCode(cases->back());
  }

  static bool Has(const std::string& body, const std::string& text) {
    return body.find(text) != std::string::npos;
  }

  std::string last_receipt_page_;
};

// Issue 7: a case whose deadline runs into a year without holiday data is shown 暂定 on every
// page, sorted and marked overdue by its provisional date, and becomes exact after an import in
// the console, without a restart, each change in the audit log.
TEST_F(CalendarHandlerTest, ProvisionalDeadlineEverywhereThenExactAfterImport) {
  SetDate("2026-11-20");
  const std::string earlier = Apply();  // due 2026-12-18, exact
  SetDate("2026-12-10");
  const std::string receipt = Apply();  // due 2027-01-07, provisional
  EXPECT_TRUE(Has(last_receipt_page_, "2027-01-07")) << last_receipt_page_;
  EXPECT_TRUE(Has(last_receipt_page_, "badge provisional")) << last_receipt_page_;

  const HttpResponse track = server_->Handle(Get("/track", {{"number", receipt}}));
  EXPECT_TRUE(Has(track.body, "2027-01-07"));
  EXPECT_TRUE(Has(track.body, ">暂定<")) << track.body;
  const HttpResponse exact_track = server_->Handle(Get("/track", {{"number", earlier}}));
  EXPECT_TRUE(Has(exact_track.body, "2026-12-18"));
  EXPECT_FALSE(Has(exact_track.body, ">暂定<"));
  const auto api = nlohmann::json::parse(server_->Handle(Get("/api/v1/cases/" + receipt)).body);
  EXPECT_EQ(api["due_on"], "2027-01-07");
  EXPECT_EQ(api["due_provisional"], true);

  std::string token = LogIn();
  const HttpResponse queue = AsStaff(Get("/staff/cases"), token);
  ASSERT_EQ(queue.status, 200);
  EXPECT_TRUE(Has(queue.body, "2027年的节假日安排尚未载入")) << queue.body;  // the banner
  EXPECT_LT(queue.body.find("2026-12-18"), queue.body.find("2027-01-07"));   // sorted by date
  EXPECT_TRUE(Has(queue.body, ">暂定<"));
  const HttpResponse page = AsStaff(Get("/staff/cases/2"), token);
  EXPECT_TRUE(Has(page.body, "暂定：2027年节假日安排未载入")) << page.body;  // day by day
  EXPECT_TRUE(Has(page.body, "day-provisional"));

  // When the provisional date has passed, the case is overdue like any other.
  SetDate("2027-01-08");
  const HttpResponse overdue = AsStaff(Get("/staff/cases"), LogIn());
  ASSERT_EQ(overdue.status, 200) << overdue.body;
  const auto row = overdue.body.find("2027-01-07");
  ASSERT_NE(row, std::string::npos);
  EXPECT_NE(overdue.body.find("已超期", row), std::string::npos);

  // The administrator imports 2027 in the console; the same server uses it at once.
  SetDate("2026-12-11");
  token = LogIn();
  const std::size_t audit_before = store_->ListAuditEntries(1, 1'000'000)->size();
  const HttpResponse imported = AsStaff(
      Post("/staff/calendar", {{"csrf", CsrfOf(token)}, {"file", k2027}, {"json", ""}}), token);
  ASSERT_EQ(imported.status, 200) << imported.body;
  EXPECT_TRUE(Has(imported.body, "已导入2027年节假日安排")) << imported.body;
  EXPECT_FALSE(Has(imported.body, "2027年的节假日安排尚未载入"));  // banner gone
  const domain::RequestCase updated = *store_->GetCase(2);
  EXPECT_EQ(updated.due_on, core::Date::Parse("2027-01-08").value());
  EXPECT_FALSE(updated.due_provisional);
  const auto entries = *store_->ListAuditEntries(1, 1'000'000);
  ASSERT_EQ(entries.size(), audit_before + 2);
  EXPECT_EQ(entries.back().action, "case.due_recomputed");
  EXPECT_EQ(entries.back().actor, kTestUser);
  const HttpResponse after = server_->Handle(Get("/track", {{"number", receipt}}));
  EXPECT_TRUE(Has(after.body, "2027-01-08"));
  EXPECT_FALSE(Has(after.body, ">暂定<"));
  const HttpResponse years = AsStaff(Get("/staff/calendar"), token);
  EXPECT_TRUE(Has(years.body, "测试通知"));
}

TEST_F(CalendarHandlerTest, BadImportsKeepTheTextAndWriteNothing) {
  SetDate("2026-12-10");
  const std::string token = LogIn();
  const std::string csrf = CsrfOf(token);
  const HttpResponse malformed =
      AsStaff(Post("/staff/calendar", {{"csrf", csrf}, {"json", "{\"2027\": [<b>"}}), token);
  EXPECT_EQ(malformed.status, 400);
  EXPECT_TRUE(Has(malformed.body, "未导入")) << malformed.body;
  EXPECT_TRUE(Has(malformed.body, "{&quot;2027&quot;: [&lt;b&gt;")) << malformed.body;
  const HttpResponse changed =
      AsStaff(Post("/staff/calendar",
                   {{"csrf", csrf},
                    {"json", R"({"2026": {"source": "s", "off": ["2026-01-01"], "work": []}})"}}),
              token);
  EXPECT_EQ(changed.status, 400);
  EXPECT_TRUE(Has(changed.body, "2026年的节假日安排已经载入")) << changed.body;
  const HttpResponse empty = AsStaff(Post("/staff/calendar", {{"csrf", csrf}}), token);
  EXPECT_EQ(empty.status, 400);
  EXPECT_TRUE(store_->ListCalendarYears()->empty());
  // Without the CSRF token, nothing happens either.
  EXPECT_EQ(AsStaff(Post("/staff/calendar", {{"file", k2027}}), token).status, 403);
  EXPECT_TRUE(store_->ListCalendarYears()->empty());
  // And the public cannot reach the page.
  EXPECT_NE(server_->Handle(Get("/staff/calendar")).status, 200);
}

}  // namespace
}  // namespace gongkai::web
