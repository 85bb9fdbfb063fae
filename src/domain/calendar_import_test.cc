#include "domain/calendar_import.h"

#include <gtest/gtest.h>

#include "domain/builtin_calendar.h"
#include "domain/calendar_codec.h"
#include "domain/case_service.h"
#include "testing/in_memory_store.h"

namespace gongkai::domain {
namespace {

core::Date D(const char* text) {
  return *core::Date::Parse(text);
}

// A made-up 2027 schedule (test data, not the real notice): 元旦 Fri 01-01 with the weekend, and
// a make-up Sunday 01-10.
constexpr char k2027[] = R"({"2027": {"source": "测试通知", "off": ["2027-01-01", "2027-01-02",
  "2027-01-03"], "work": ["2027-01-10"], "names": {"2027-01-01": "元旦"}}})";

class CalendarImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    clock_.SetDate(D("2026-12-10"));
    ASSERT_TRUE(store_.PutAgency({"city-edu", "某市教育局", std::nullopt}, actor_).has_value());
  }

  RequestCase Receive(const char* date) {
    ApplicationDraft draft;
    draft.agency_id = "city-edu";
    draft.applicant = {0, "张三", "", "13800000000"};
    draft.information_requested = "本市义务教育阶段学校招生计划";
    draft.channel = Channel::kInPerson;
    draft.received_on = D(date);
    auto created = service_.ReceiveApplication(draft, actor_);
    EXPECT_TRUE(created.has_value()) << created.error().message;
    return created.value_or(RequestCase{});
  }

  std::size_t AuditSize() { return store_.ListAuditEntries(1, 1'000'000)->size(); }

  // Imports `text`, which must be refused with kInvalidArgument mentioning `needle`, and checks
  // that nothing was written.
  void ExpectRefused(const std::string& text, const std::string& needle,
                     ExistingYears existing = ExistingYears::kRefuse) {
    SCOPED_TRACE(needle);
    const std::size_t before = AuditSize();
    const auto imported = ImportCalendar(store_, text, {existing, {}}, actor_);
    ASSERT_FALSE(imported.has_value());
    EXPECT_EQ(imported.error().code, core::ErrorCode::kInvalidArgument);
    EXPECT_NE(imported.error().message.find(needle), std::string::npos) << imported.error().message;
    EXPECT_TRUE(store_.ListCalendarYears()->empty());
    EXPECT_EQ(AuditSize(), before);
  }

  core::FakeClock clock_;
  fakes::InMemoryStore store_{clock_};
  WorkingCalendar builtin_ = LoadEffectiveCalendar(BuiltinCalendarJson(), {}).value();
  CaseService service_{store_, builtin_, clock_};
  Actor actor_{"管理员"};
};

TEST_F(CalendarImportTest, ImportMakesProvisionalDueDatesExactAndAuditsEachChange) {
  const RequestCase open = Receive("2026-12-10");
  ASSERT_EQ(open.due_on, D("2027-01-07"));  // weekends only through 2027
  EXPECT_TRUE(open.due_provisional);
  const RequestCase early = Receive("2026-11-02");  // due 2026-11-30: not touched
  EXPECT_FALSE(early.due_provisional);
  const std::size_t audit_before = AuditSize();

  const auto imported = ImportCalendar(store_, k2027, {}, actor_);
  ASSERT_TRUE(imported.has_value()) << imported.error().message;
  ASSERT_EQ(imported->added.size(), 1u);
  EXPECT_EQ(imported->added[0].year, 2027);
  EXPECT_EQ(imported->refresh.open_cases, 2);
  EXPECT_EQ(imported->refresh.changed, 1);
  EXPECT_EQ(imported->refresh.provisional, 0);

  // 2027-01-01 is now a holiday: the 16th working day moves to 01-04 and the 20th to 01-08.
  const RequestCase exact = *store_.GetCase(open.id);
  EXPECT_EQ(exact.due_on, D("2027-01-08"));
  EXPECT_FALSE(exact.due_provisional);
  EXPECT_EQ(exact.version, open.version);  // no new event
  EXPECT_EQ(store_.GetCase(early.id)->due_on, early.due_on);

  const auto entries = *store_.ListAuditEntries(1, 1'000'000);
  ASSERT_EQ(entries.size(), audit_before + 2);  // the year, then the one changed case
  EXPECT_EQ(entries[audit_before].action, "calendar.put");
  const AuditEntry& change = entries[audit_before + 1];
  EXPECT_EQ(change.action, "case.due_recomputed");
  EXPECT_EQ(change.entity, "case:" + std::to_string(open.id));
  EXPECT_NE(change.details.find("2027-01-07"), std::string::npos) << change.details;
  EXPECT_NE(change.details.find("2027-01-08"), std::string::npos) << change.details;
  EXPECT_NE(change.details.find("导入2027年节假日安排"), std::string::npos) << change.details;
  const auto lines = DescribeImport(*imported);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "已导入2027年节假日安排：放假 3 天，调休上班 1 天（来源：测试通知）");
  EXPECT_NE(lines[1].find("1 件有变化"), std::string::npos) << lines[1];

  // The same file again changes nothing.
  const auto again = ImportCalendar(store_, k2027, {}, actor_);
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->unchanged, std::vector<int>{2027});
  EXPECT_EQ(AuditSize(), audit_before + 2);
}

TEST_F(CalendarImportTest, RefusesBadFilesWithoutWritingAnything) {
  Receive("2026-12-10");
  ExpectRefused("{not json", "JSON");
  ExpectRefused(R"({"2027": {"source": "s", "off": ["2027-02-30"], "work": []}})", "2027-02-30");
  // A make-up day on a Monday is impossible.
  ExpectRefused(R"({"2027": {"source": "s", "off": ["2027-01-01"], "work": ["2027-01-04"]}})",
                "2027-01-04");
  // A built-in year with other days: a typo must not silently replace the official notice.
  ExpectRefused(R"({"2026": {"source": "s", "off": ["2026-01-01", "2026-01-05"], "work": []}})",
                "2026年的节假日安排已经载入");
  // 2026-01-04 is a make-up Sunday in the built-in 2026 notice; a 2027 file listing it as off
  // contradicts it (overlapping years).
  ExpectRefused(R"({"2027": {"source": "s", "off": ["2026-01-04", "2027-01-01"], "work": []}})",
                "2026-01-04");
  // One bad year in a file of two: nothing of the good one is written either.
  ExpectRefused(std::string(R"({"2027": {"source": "s", "off": ["2027-01-01"], "work": []},)") +
                    R"("2028": {"source": "", "off": ["2028-01-01"], "work": []}})",
                "2028");
}

TEST_F(CalendarImportTest, ReplacesALoadedYearOnlyWhenAsked) {
  const std::string corrected =
      R"({"2026": {"source": "更正通知", "off": ["2026-01-01", "2026-01-02"], "work": []}})";
  ExpectRefused(corrected, "2026-01-03");
  const auto replaced = ImportCalendar(store_, corrected, {ExistingYears::kReplace, {}}, actor_);
  ASSERT_TRUE(replaced.has_value()) << replaced.error().message;
  ASSERT_EQ(replaced->replaced.size(), 1u);
  EXPECT_EQ(store_.ListCalendarYears()->size(), 1u);
  // The built-in year, with the same days under another source, is "unchanged".
  const std::string same = SerializeCalendarJson({builtin_.years().back()});
  const auto unchanged = ImportCalendar(store_, same, {}, actor_);
  ASSERT_FALSE(unchanged.has_value());  // 2026 now differs from the stored correction
  const auto back = ImportCalendar(store_, same, {ExistingYears::kReplace, {}}, actor_);
  ASSERT_TRUE(back.has_value()) << back.error().message;
  const auto identical = ImportCalendar(store_, same, {}, actor_);
  ASSERT_TRUE(identical.has_value());
  EXPECT_EQ(identical->unchanged, std::vector<int>{2026});
}

}  // namespace
}  // namespace gongkai::domain
