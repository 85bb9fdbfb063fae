#include <map>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/cli_test_env.h"
#include "cli/exit_codes.h"

namespace gongkai::cli {
namespace {

using ::testing::HasSubstr;

constexpr int kExitDataError = 65;    // kInvalidArgument
constexpr int kExitNotFound = 66;     // kNotFound
constexpr int kExitState = 75;        // kFailedPrecondition, kConflict
constexpr int kExitUnavailable = 69;  // kUnavailable

core::Date D(const char* text) {
  return *core::Date::Parse(text);
}

class CaseCommandTest : public ::testing::Test {
 protected:
  CaseCommandTest() : env_(true) {
    env_.clock().SetDate(D("2025-06-30"));
    EXPECT_TRUE(env_.store()
                    .PutAgency(domain::Agency{"cq-scjg", "重庆市市场监督管理局", std::nullopt},
                               domain::Actor{"setup"})
                    .has_value());
  }

  // Receives the standard application (in person on 2025-03-03, a Monday), with some options
  // replaced (an empty value drops the option), and returns the run.
  CliRun Receive(const std::map<std::string, std::string>& changes = {}) {
    std::map<std::string, std::string> options = {
        {"--agency", "cq-scjg"},      {"--applicant-kind", "natural_person"},
        {"--name", "张三"},           {"--id-document", "500101199001011234"},
        {"--contact", "13800000000"}, {"--info", "2024年食品安全抽检结果"},
        {"--form", "电子邮件"},       {"--channel", "in_person"},
        {"--received", "2025-03-03"}};
    for (const auto& [option, value] : changes) {
      options[option] = value;
    }
    std::vector<std::string> args = {"case", "receive"};
    for (const auto& [option, value] : options) {
      if (!value.empty()) {
        args.push_back(option);
        args.push_back(value);
      }
    }
    return env_.Run(args);
  }

  // Runs `case <step> 1 <args…>` and expects success.
  CliRun Step(const std::string& step, std::vector<std::string> args = {}) {
    args.insert(args.begin(), {"case", step, "1"});
    CliRun run = env_.Run(args);
    EXPECT_EQ(run.exit_code, kExitOk) << step << ": " << run.err;
    return run;
  }

  domain::RequestCase Stored(std::int64_t id = 1) { return *env_.store().GetCase(id); }

  CliTestEnv env_;
};

TEST_F(CaseCommandTest, ReceiveRecordsTheApplication) {
  const CliRun run = Receive();
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_THAT(run.out, HasSubstr("已收到申请：案件 id 1（未登记，第 1 版），状态：已接收"));
  EXPECT_THAT(run.out, HasSubstr("答复期限：2025-03-31（已逾期）"));
  EXPECT_THAT(run.out, HasSubstr("下一步：gongkai case register 1"));
  const domain::RequestCase stored = Stored();
  EXPECT_EQ(stored.agency_id, "cq-scjg");
  EXPECT_EQ(stored.applicant.kind, 0);
  EXPECT_EQ(stored.applicant.name, "张三");
  EXPECT_EQ(stored.applicant.id_document, "500101199001011234");
  EXPECT_EQ(stored.applicant.contact, "13800000000");
  EXPECT_EQ(stored.information_requested, "2024年食品安全抽检结果");
  EXPECT_EQ(stored.preferred_form, "电子邮件");
  EXPECT_EQ(stored.channel, domain::Channel::kInPerson);
  EXPECT_EQ(stored.received_on, D("2025-03-03"));
  ASSERT_EQ(stored.events.size(), 1u);
  EXPECT_EQ(stored.events[0].actor, "clerk");
}

TEST_F(CaseCommandTest, ActorComesFromOptionThenLoginName) {
  env_.environment().user_name = "wangwu";
  ASSERT_EQ(Receive().exit_code, kExitOk);
  EXPECT_EQ(Stored().events[0].actor, "wangwu");
  Step("register", {"--actor", "李四", "--date", "2025-03-04"});
  EXPECT_EQ(Stored().events[1].actor, "李四");
}

TEST_F(CaseCommandTest, ReceiveOnlineUsesConfirmationDayAndSubmittedDay) {
  const CliRun run =
      env_.Run({"case", "receive", "--agency", "cq-scjg", "--applicant-kind", "commercial",
                "--name", "某公司", "--info", "许可文件", "--channel", "online", "--submitted",
                "2025-03-01", "--received", "2025-03-03", "--json"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  const nlohmann::json json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["applicant"]["kind"], "commercial");
  EXPECT_EQ(json["channel"], "online");
  EXPECT_EQ(json["submitted_on"], "2025-03-01");
  EXPECT_EQ(json["received_on"], "2025-03-03");
  EXPECT_EQ(json["state"], "received");
  EXPECT_TRUE(json["tracking_number"].is_null());
}

TEST_F(CaseCommandTest, ReceiveRejectsBadInput) {
  CliRun run = Receive({{"--applicant-kind", "company"}});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("错误：--applicant-kind 申请人类型无效：“company”"));
  EXPECT_THAT(run.err, HasSubstr("商业企业（commercial）"));

  run = Receive({{"--channel", ""}});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("请用 --channel 给出申请的提交方式"));

  run = Receive({{"--received", "2025-13-01"}});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("--received 参数有误"));

  run = Receive({{"--received", "2025-07-01"}});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("不能晚于今天"));

  run = Receive({{"--agency", "nowhere"}});
  EXPECT_EQ(run.exit_code, kExitNotFound) << run.err;

  run = Receive({{"--name", ""}});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("请填写申请人姓名或名称"));
  EXPECT_FALSE(env_.store().GetCase(1).has_value());  // nothing was written
}

TEST_F(CaseCommandTest, FullWorkflowToArchive) {
  ASSERT_EQ(Receive().exit_code, kExitOk);
  CliRun run = Step("register", {"--date", "2025-03-03"});
  EXPECT_THAT(run.out, HasSubstr("已登记：cq-scjg-2025-00001（id 1，第 2 版），状态：已登记"));
  run = Step("correction-request",
             {"--date", "2025-03-05", "--due", "2025-03-12", "--items", "请写明文件的文号"});
  EXPECT_THAT(run.out, HasSubstr("计时暂停（等待申请人补正）"));
  // From here on the case is named by its tracking number.
  run = env_.Run({"case", "correction-received", "cq-scjg-2025-00001", "--date", "2025-03-10"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  // 20 working days from 03-10; 清明 (04-04 .. 04-06) is skipped.
  EXPECT_THAT(run.out, HasSubstr("答复期限：2025-04-08"));
  Step("consult-start", {"--date", "2025-03-12", "--party", "某食品公司"});
  EXPECT_EQ(Stored().state, domain::CaseState::kInConsultation);
  Step("consult-end", {"--date", "2025-03-14", "--note", "第三方同意公开"});
  run = Step("extend", {"--date", "2025-04-01", "--approver", "办公室主任", "--reason",
                        "需要调取档案", "--days", "10"});
  EXPECT_THAT(run.out, HasSubstr("已延期"));
  Step("fee-notice", {"--date", "2025-04-02", "--amount", "100", "--method", "per_page", "--basis",
                      "超过 30 页按量计收"});
  EXPECT_EQ(Stored().state, domain::CaseState::kAwaitingFee);
  run = Step("fee-paid", {"--date", "2025-04-07"});
  // 20 + 10 working days after 03-10, without the 2 + 2 paused ones; Sunday 04-27 is a make-up
  // working day of the 劳动节 schedule.
  EXPECT_THAT(run.out, HasSubstr("答复期限：2025-04-27"));
  run = Step("reply", {"--date", "2025-04-15", "--outcome", "予以公开", "--form", "电子邮件"});
  EXPECT_THAT(run.out, HasSubstr("已答复：cq-scjg-2025-00001（id 1，第 10 版），状态：已答复，"
                                 "办理结果：（一）予以公开"));
  Step("archive", {"--date", "2025-04-16"});
  const domain::RequestCase stored = Stored();
  EXPECT_EQ(stored.state, domain::CaseState::kArchived);
  EXPECT_EQ(stored.outcome, domain::RequestRow::kGranted);
  EXPECT_EQ(stored.closed_on, D("2025-04-15"));
  ASSERT_EQ(stored.events.size(), 11u);
  EXPECT_EQ(stored.events[2].correction_due, D("2025-03-12"));
  EXPECT_EQ(stored.events[2].note, "请写明文件的文号");
  EXPECT_EQ(stored.events[4].consultation_party, "某食品公司");
  EXPECT_EQ(stored.events[6].working_days, 10);
  EXPECT_EQ(stored.events[6].approver, "办公室主任");
  EXPECT_EQ(stored.events[7].amount_yuan, 100);
  EXPECT_EQ(stored.events[7].fee_method, "per_page");
  EXPECT_EQ(stored.events[9].provision_form, "电子邮件");
}

TEST_F(CaseCommandTest, IllegalStepsAreRefusedWithTheRule) {
  ASSERT_EQ(Receive().exit_code, kExitOk);
  CliRun run = env_.Run({"case", "reply", "1", "--outcome", "予以公开", "--form", "纸质"});
  EXPECT_EQ(run.exit_code, kExitState);
  EXPECT_THAT(run.err, HasSubstr("错误："));
  run = env_.Run({"case", "archive", "1"});
  EXPECT_EQ(run.exit_code, kExitState);
  Step("register", {"--date", "2025-03-03"});
  run = env_.Run({"case", "register", "1"});
  EXPECT_EQ(run.exit_code, kExitState);
  run = env_.Run({"case", "extend", "1", "--date", "2025-03-10", "--approver", "主任", "--reason",
                  "复杂", "--days", "25"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("延长的期限必须为 1 至 20 个工作日"));
  run = env_.Run({"case", "extend", "1", "--date", "2025-04-01", "--approver", "主任", "--reason",
                  "复杂", "--days", "5"});
  EXPECT_EQ(run.exit_code, kExitState);
  EXPECT_THAT(run.err, HasSubstr("答复期限已于 2025-03-31 届满，不能再延期"));
  Step("correction-request", {"--date", "2025-03-05", "--due", "2025-03-12", "--items", "文号"});
  run = env_.Run({"case", "correction-request", "1", "--date", "2025-03-06", "--due", "2025-03-13",
                  "--items", "再补"});
  EXPECT_EQ(run.exit_code, kExitState);
  EXPECT_THAT(run.err, HasSubstr("申请当前状态为“待补正”，不能办理“告知补正”"));
  run = env_.Run({"case", "close-lapsed-correction", "1", "--date", "2025-03-12"});
  EXPECT_EQ(run.exit_code, kExitState);
  Step("correction-received", {"--date", "2025-03-10"});
  run = env_.Run({"case", "correction-request", "1", "--date", "2025-03-11", "--due", "2025-03-18",
                  "--items", "再补"});
  EXPECT_EQ(run.exit_code, kExitState);
  EXPECT_THAT(run.err, HasSubstr("补正只能告知一次"));
  EXPECT_EQ(Stored().version, 4);  // nothing refused was written
}

TEST_F(CaseCommandTest, MissingOrBadOptionValues) {
  ASSERT_EQ(Receive().exit_code, kExitOk);
  Step("register", {"--date", "2025-03-03"});
  CliRun run = env_.Run({"case", "correction-request", "1", "--items", "文号"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("请用 --due 给出日期"));
  run =
      env_.Run({"case", "correction-request", "1", "--date", "2025-03-05", "--due", "2025-03-12"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("请写明需要补正的事项"));
  run = env_.Run({"case", "consult-start", "1", "--date", "2025-03-05"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("请填写征求意见的第三方或机关"));
  run =
      env_.Run({"case", "extend", "1", "--approver", "主任", "--reason", "复杂", "--days", "ten"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("--days 参数有误"));
  run = env_.Run({"case", "fee-notice", "1", "--date", "2025-03-05", "--amount", "0", "--method",
                  "per_piece"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("收费金额必须大于 0 元"));
  run = env_.Run({"case", "fee-notice", "1", "--date", "2025-03-05", "--amount", "10", "--method",
                  "per_word"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("计收方式必须是"));
  run = env_.Run({"case", "note", "1"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  run = env_.Run({"case", "withdraw", "1", "--date", "2025-03-05"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("撤回申请必须写明原因"));
  EXPECT_EQ(Stored().version, 2);
}

TEST_F(CaseCommandTest, ReplyOutcomeIsAReportRowKey) {
  ASSERT_EQ(Receive().exit_code, kExitOk);
  Step("register", {"--date", "2025-03-03"});
  CliRun run = env_.Run({"case", "reply", "1", "--outcome", "新收"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("--outcome 办理结果无效：“新收”，可用：予以公开、部分公开、"
                                 "不予公开.1"));
  run = env_.Run({"case", "reply", "1"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("请用 --outcome 给出办理结果"));
  run = env_.Run({"case", "reply", "1", "--date", "2025-03-20", "--outcome", "予以公开"});
  EXPECT_EQ(run.exit_code, kExitDataError) << run.err;  // the form of provision is required
  run = Step("reply", {"--date", "2025-03-20", "--outcome", "不予公开.5", "--note", "内部事务"});
  EXPECT_THAT(run.out, HasSubstr("（三）不予公开 5.属于三类内部事务信息"));
  EXPECT_EQ(Stored().outcome, domain::RequestRow::kWithheld5);
}

TEST_F(CaseCommandTest, LapsedCorrectionClosesAsOther1) {
  ASSERT_EQ(Receive().exit_code, kExitOk);
  Step("register", {"--date", "2025-03-03"});
  Step("correction-request", {"--date", "2025-03-05", "--due", "2025-03-12", "--items", "文号"});
  const CliRun run = Step("close-lapsed-correction", {"--date", "2025-03-13"});
  EXPECT_THAT(run.out, HasSubstr("（六）其他处理 1.申请人无正当理由逾期不补正"));
  EXPECT_EQ(Stored().outcome, domain::RequestRow::kOther1);
}

TEST_F(CaseCommandTest, UnpaidFeeClosesAsOther2OnlyAfterThePaymentPeriod) {
  ASSERT_EQ(Receive().exit_code, kExitOk);
  Step("register", {"--date", "2025-03-03"});
  Step("fee-notice", {"--date", "2025-03-05", "--amount", "50", "--method", "per_piece"});
  CliRun run = env_.Run({"case", "close-unpaid-fee", "1", "--date", "2025-03-20"});
  EXPECT_EQ(run.exit_code, kExitState) << run.err;
  run = Step("close-unpaid-fee", {"--date", "2025-04-10"});
  EXPECT_EQ(Stored().outcome, domain::RequestRow::kOther2);
}

TEST_F(CaseCommandTest, FeeWaiverWithdrawalAndNotes) {
  ASSERT_EQ(Receive().exit_code, kExitOk);
  Step("register", {"--date", "2025-03-03"});
  Step("fee-notice", {"--date", "2025-03-05", "--amount", "50", "--method", "per_piece"});
  CliRun run = env_.Run({"case", "fee-waive", "1", "--date", "2025-03-06"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  Step("fee-waive", {"--date", "2025-03-06", "--reason", "申请人经济困难"});
  EXPECT_EQ(Stored().state, domain::CaseState::kRegistered);
  run = Step("note", {"--date", "2025-03-07", "--text", "电话联系申请人"});
  EXPECT_THAT(run.out, HasSubstr("已添加备注"));
  Step("withdraw", {"--date", "2025-03-10", "--reason", "已从其他渠道获得"});
  const domain::RequestCase stored = Stored();
  EXPECT_EQ(stored.outcome, domain::RequestRow::kOther3);
  EXPECT_EQ(stored.events.back().note, "申请人撤回申请：已从其他渠道获得");
  run = Step("archive", {"--date", "2025-03-11"});
  run = env_.Run({"case", "note", "1", "--text", "归档后补记"});
  EXPECT_EQ(run.exit_code, kExitState);
}

TEST_F(CaseCommandTest, ExpectVersionGuardsAgainstLostUpdates) {
  ASSERT_EQ(Receive().exit_code, kExitOk);
  CliRun run = env_.Run({"case", "register", "1", "--expect-version", "2"});
  EXPECT_EQ(run.exit_code, kExitState);
  EXPECT_THAT(run.err, HasSubstr("已被他人修改（您看到的是第 2 版，当前为第 1 版）"));
  run = env_.Run({"case", "register", "1", "--expect-version", "v1"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("--expect-version 参数有误"));
  Step("register", {"--expect-version", "1", "--date", "2025-03-03"});
}

TEST_F(CaseCommandTest, DateOfTheStep) {
  ASSERT_EQ(Receive().exit_code, kExitOk);
  CliRun run = env_.Run({"case", "register", "1", "--date", "2025-07-01"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("办理日期（2025-07-01）不能晚于今天（2025-06-30）"));
  run = env_.Run({"case", "register", "1", "--date", "03/04/2025"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("--date 参数有误"));
  run = env_.Run({"case", "register", "1", "--date", "2025-03-01"});
  EXPECT_EQ(run.exit_code, kExitDataError) << run.err;  // before the receipt
  Step("register");                                     // default: today
  EXPECT_EQ(Stored().events.back().date, D("2025-06-30"));
  // The number carries the year of receipt, not of registration.
  EXPECT_EQ(Stored().tracking_number, "cq-scjg-2025-00001");
}

TEST_F(CaseCommandTest, UnknownOrMissingCase) {
  CliRun run = env_.Run({"case", "register", "cq-scjg-2025-00099"});
  EXPECT_EQ(run.exit_code, kExitNotFound);
  EXPECT_THAT(run.err, HasSubstr("找不到案件“cq-scjg-2025-00099”"));
  run = env_.Run({"case", "register", "42"});
  EXPECT_EQ(run.exit_code, kExitNotFound);
  run = env_.Run({"case", "register"});
  EXPECT_EQ(run.exit_code, kExitDataError);
  EXPECT_THAT(run.err, HasSubstr("请给出案件"));
}

TEST_F(CaseCommandTest, StepJsonOutputIsTheCase) {
  ASSERT_EQ(Receive().exit_code, kExitOk);
  const CliRun run = Step("register", {"--date", "2025-03-03", "--json"});
  const nlohmann::json json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["tracking_number"], "cq-scjg-2025-00001");
  EXPECT_EQ(json["version"], 2);
  EXPECT_EQ(json["state"], "registered");
  EXPECT_EQ(json["reply_due"], "2025-03-31");
  EXPECT_EQ(json["reply_due_provisional"], false);
  EXPECT_EQ(json["overdue"], true);
}

// Issue 7: a case whose deadline runs into a year without schedule shows it 暂定.
TEST_F(CaseCommandTest, AProvisionalDeadlineIsMarkedInTextAndJson) {
  env_.clock().SetDate(D("2026-12-10"));
  ASSERT_EQ(Receive({{"--received", "2026-12-10"}}).exit_code, kExitOk);
  const CliRun json_run = Step("register", {"--json"});
  const nlohmann::json json = nlohmann::json::parse(json_run.out);
  EXPECT_EQ(json["reply_due"], "2027-01-07");
  EXPECT_EQ(json["reply_due_provisional"], true);
  EXPECT_EQ(json["overdue"], false);
  const CliRun shown = env_.Run({"case", "show", "1"});
  EXPECT_THAT(shown.out, HasSubstr("2027-01-07（暂定）")) << shown.out;
  EXPECT_THAT(shown.err, HasSubstr("2027年的节假日安排尚未载入")) << shown.err;  // the warning
  env_.clock().SetDate(D("2027-01-08"));
  EXPECT_THAT(env_.Run({"case", "show", "1"}).out, HasSubstr("2027-01-07（暂定）（已逾期）"));
}

TEST(CaseCommandWithoutStoreTest, ReportsUnavailable) {
  CliTestEnv env(false);
  const CliRun run = env.Run({"case", "list"});
  EXPECT_EQ(run.exit_code, kExitUnavailable);
  EXPECT_THAT(run.err, HasSubstr("本程序尚未接入数据库"));
}

}  // namespace
}  // namespace gongkai::cli
