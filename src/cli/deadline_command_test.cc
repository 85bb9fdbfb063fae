#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/cli_test_env.h"
#include "cli/exit_codes.h"

namespace gongkai::cli {
namespace {

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

core::Date D(const char* text) {
  return *core::Date::Parse(text);
}

domain::CaseEvent Event(domain::EventType type, const char* date) {
  domain::CaseEvent event;
  event.type = type;
  event.date = D(date);
  event.actor = "tester";
  return event;
}

// Stores the case of the combined clock test: 补正, consultation and a 10-day extension.
domain::RequestCase StoreCombinedCase(fakes::InMemoryStore& store) {
  EXPECT_TRUE(store
                  .PutAgency(domain::Agency{"cq-scjg", "重庆市市场监督管理局", std::nullopt},
                             domain::Actor{"tester"})
                  .has_value());
  domain::RequestCase draft;
  draft.agency_id = "cq-scjg";
  draft.tracking_number = "cq-scjg-2025-00017";
  draft.applicant.name = "张三";
  draft.submitted_on = D("2025-09-01");
  draft.events = {Event(domain::EventType::kReceived, "2025-09-01"),
                  Event(domain::EventType::kCorrectionRequested, "2025-09-03"),
                  Event(domain::EventType::kCorrectionReceived, "2025-09-08"),
                  Event(domain::EventType::kConsultationStarted, "2025-09-15"),
                  Event(domain::EventType::kConsultationEnded, "2025-09-19"),
                  Event(domain::EventType::kExtended, "2025-10-09")};
  draft.events.back().working_days = 10;
  draft.events.back().approver = "李四";
  auto created = store.CreateCase(draft, domain::Actor{"tester"});
  EXPECT_TRUE(created.has_value()) << created.error().message;
  return *created;
}

TEST(DeadlineCommandTest, PrintsDueDateAndEveryDay) {
  CliTestEnv env(false);
  const CliRun run = env.Run({"deadline", "--received", "2025-01-24"});
  EXPECT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_TRUE(Contains(run.out, "到期日：2025-02-27 星期四")) << run.out;
  EXPECT_TRUE(Contains(run.out, "2025-01-25 星期六  不计算：周末\n"));
  EXPECT_TRUE(Contains(run.out, "2025-01-26 星期日  第1个工作日（调休上班日（春节））\n"));
  EXPECT_TRUE(Contains(run.out, "2025-01-28 星期二  不计算：法定节假日（春节）\n"));
  EXPECT_TRUE(Contains(run.out, "2025-02-27 星期四  第20个工作日\n"));
}

TEST(DeadlineCommandTest, OtherPeriodLengths) {
  CliTestEnv env(false);
  const CliRun run = env.Run({"deadline", "--received", "2025-01-24", "--working-days", "7"});
  EXPECT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_TRUE(Contains(run.out, "到期日：2025-02-10")) << run.out;
  const CliRun zero = env.Run({"deadline", "--received", "2025-01-25", "--working-days", "0"});
  EXPECT_EQ(zero.exit_code, kExitOk) << zero.err;
  EXPECT_TRUE(Contains(zero.out, "到期日：2025-01-25")) << zero.out;
}

TEST(DeadlineCommandTest, JsonOutput) {
  CliTestEnv env(false);
  const CliRun run = env.Run({"deadline", "--received", "2026-02-13", "--json"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  const nlohmann::json json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["received"], "2026-02-13");
  EXPECT_EQ(json["working_days"], 20);
  EXPECT_EQ(json["due"], "2026-03-19");
  ASSERT_EQ(json["days"].size(), 34u);  // 02-14 .. 03-19
  const nlohmann::json& first = json["days"][0];
  EXPECT_EQ(first["date"], "2026-02-14");
  EXPECT_EQ(first["weekday"], "星期六");
  EXPECT_EQ(first["counted"], true);
  EXPECT_EQ(first["ordinal"], 1);
  EXPECT_EQ(first["reason"], "调休上班日（春节）");
  const nlohmann::json& second = json["days"][1];
  EXPECT_EQ(second["counted"], false);
  EXPECT_TRUE(second["ordinal"].is_null());
  EXPECT_EQ(second["reason"], "法定节假日（春节）");
  EXPECT_EQ(json["days"].back()["ordinal"], 20);
}

TEST(DeadlineCommandTest, BadArgumentsAreNamed) {
  CliTestEnv env(false);
  const CliRun bad_date = env.Run({"deadline", "--received", "2025-02-30"});
  EXPECT_EQ(bad_date.exit_code, ExitCodeFor(core::ErrorCode::kInvalidArgument));
  EXPECT_TRUE(Contains(bad_date.err, "--received")) << bad_date.err;
  EXPECT_TRUE(Contains(bad_date.err, "2025-02-30")) << bad_date.err;
  const CliRun bad_format = env.Run({"deadline", "--received", "24/01/2025"});
  EXPECT_EQ(bad_format.exit_code, ExitCodeFor(core::ErrorCode::kInvalidArgument));
  const CliRun bad_days =
      env.Run({"deadline", "--received", "2025-01-24", "--working-days", "twenty"});
  EXPECT_EQ(bad_days.exit_code, ExitCodeFor(core::ErrorCode::kInvalidArgument));
  EXPECT_TRUE(Contains(bad_days.err, "--working-days")) << bad_days.err;
  const CliRun negative = env.Run({"deadline", "--received", "2025-01-24", "--working-days", "-1"});
  EXPECT_EQ(negative.exit_code, ExitCodeFor(core::ErrorCode::kInvalidArgument));
  const CliRun too_many =
      env.Run({"deadline", "--received", "2025-01-24", "--working-days", "367"});
  EXPECT_EQ(too_many.exit_code, ExitCodeFor(core::ErrorCode::kInvalidArgument));
  const CliRun missing = env.Run({"deadline"});
  EXPECT_EQ(missing.exit_code, ExitCodeFor(core::ErrorCode::kInvalidArgument));
  EXPECT_TRUE(Contains(missing.err, "--received"));
}

TEST(DeadlineCommandTest, YearsWithoutScheduleAreProvisional) {
  // Issue 7: the 20 working days from 2026-12-10 run into 2027, which has no schedule yet.
  CliTestEnv env(false);
  const CliRun run = env.Run({"deadline", "--received", "2026-12-10", "--json"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  const auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["due"], "2027-01-07");
  EXPECT_EQ(json["provisional"], true);
  EXPECT_EQ(json["provisional_years"], nlohmann::json::array({2027}));
  EXPECT_EQ(json["days"].back()["provisional"], true);
  EXPECT_EQ(json["days"].front()["provisional"], false);
  const CliRun text = env.Run({"deadline", "--received", "2026-12-10"});
  EXPECT_TRUE(Contains(text.out, "到期日：2027-01-07 星期四（暂定）")) << text.out;
  EXPECT_TRUE(Contains(text.out, "第16个工作日（暂定：2027年节假日安排未载入）")) << text.out;
  const CliRun exact = env.Run({"deadline", "--received", "2025-01-24", "--json"});
  EXPECT_EQ(nlohmann::json::parse(exact.out)["provisional"], false);
}

TEST(DeadlineCommandTest, ExplainNeedsTheStore) {
  CliTestEnv env(false);
  const CliRun run = env.Run({"deadline", "explain", "cq-scjg-2025-00017"});
  EXPECT_EQ(run.exit_code, ExitCodeFor(core::ErrorCode::kUnavailable));
  EXPECT_TRUE(Contains(run.err, "数据库")) << run.err;
}

TEST(DeadlineCommandTest, ExplainsAStoredCase) {
  CliTestEnv env(true);
  const domain::RequestCase stored = StoreCombinedCase(env.store());
  const CliRun run = env.Run({"deadline", "explain", "cq-scjg-2025-00017", "--db", "test.db"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_TRUE(Contains(run.out, "cq-scjg-2025-00017")) << run.out;
  EXPECT_TRUE(Contains(run.out, "重新计算")) << run.out;
  EXPECT_TRUE(Contains(run.out, "原答复期限：2025-10-16"));
  EXPECT_TRUE(Contains(run.out, "延长10个工作日"));
  EXPECT_TRUE(Contains(run.out, "答复期限：2025-10-30"));
  EXPECT_TRUE(Contains(run.out, "2025-09-16 星期二  不计算：征求意见期间不计算\n"));
  EXPECT_TRUE(Contains(run.out, "2025-10-08 星期三  不计算：法定节假日（国庆节、中秋节）\n"));
  EXPECT_TRUE(Contains(run.out, "2025-10-30 星期四  第30个工作日\n"));

  const CliRun by_id = env.Run({"deadline", "explain", std::to_string(stored.id)});
  EXPECT_EQ(by_id.exit_code, kExitOk) << by_id.err;
  EXPECT_TRUE(Contains(by_id.out, "答复期限：2025-10-30"));

  const CliRun unknown = env.Run({"deadline", "explain", "no-such-case"});
  EXPECT_EQ(unknown.exit_code, ExitCodeFor(core::ErrorCode::kNotFound));
  EXPECT_TRUE(Contains(unknown.err, "no-such-case"));
}

}  // namespace
}  // namespace gongkai::cli
