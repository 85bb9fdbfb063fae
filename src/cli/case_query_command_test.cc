#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/cli_test_env.h"
#include "cli/exit_codes.h"

namespace gongkai::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

core::Date D(const char* text) {
  return *core::Date::Parse(text);
}

class CaseQueryCommandTest : public ::testing::Test {
 protected:
  CaseQueryCommandTest() : env_(true) {
    env_.clock().SetDate(D("2025-04-10"));
    for (const auto& [id, name] :
         {std::pair{"cq-scjg", "重庆市市场监督管理局"}, std::pair{"cq-scjg-yz", "渝中区分局"}}) {
      EXPECT_TRUE(env_.store()
                      .PutAgency(domain::Agency{id, name, std::nullopt}, domain::Actor{"setup"})
                      .has_value());
    }
  }

  // Receives an in-person application and registers it the same day; returns its id.
  std::int64_t Open(const std::string& agency, const std::string& received,
                    const std::string& name) {
    const CliRun receive =
        env_.Run({"case", "receive", "--agency", agency, "--applicant-kind", "natural_person",
                  "--name", name, "--info", "关于" + name + "的信息", "--channel", "in_person",
                  "--received", received, "--json"});
    EXPECT_EQ(receive.exit_code, kExitOk) << receive.err;
    const std::int64_t id = nlohmann::json::parse(receive.out)["id"];
    const CliRun registered =
        env_.Run({"case", "register", std::to_string(id), "--date", received});
    EXPECT_EQ(registered.exit_code, kExitOk) << registered.err;
    return id;
  }

  CliRun Run(std::vector<std::string> args) { return env_.Run(std::move(args)); }

  CliTestEnv env_;
};

TEST_F(CaseQueryCommandTest, ShowPrintsDetailsTimelineDeadlineAndWarnings) {
  Open("cq-scjg", "2025-03-03", "张三");
  ASSERT_EQ(Run({"case", "correction-request", "1", "--date", "2025-03-14", "--due", "2025-03-21",
                 "--items", "请写明文号"})
                .exit_code,
            kExitOk);
  ASSERT_EQ(Run({"case", "correction-received", "1", "--date", "2025-03-17"}).exit_code, kExitOk);
  const CliRun run = Run({"case", "show", "cq-scjg-2025-00001"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_THAT(run.out, HasSubstr("案件 cq-scjg-2025-00001（id 1，第 4 版）\n状态：已登记\n"));
  EXPECT_THAT(run.out, HasSubstr("受理机关：重庆市市场监督管理局（cq-scjg）"));
  EXPECT_THAT(run.out, HasSubstr("申请人：张三（自然人）\n  身份证明：（未填写）"));
  EXPECT_THAT(run.out, HasSubstr("所需信息：关于张三的信息"));
  EXPECT_THAT(run.out, HasSubstr("提交方式：当面提交；提交日期：2025-03-03；收到申请之日："
                                 "2025-03-03"));
  // 20 working days from the corrected application (03-17); 清明 04-04 is off.
  EXPECT_THAT(run.out, HasSubstr("答复期限：2025-04-15\n"));
  EXPECT_THAT(run.out, HasSubstr("办理经过：\n  1. 2025-03-03 收到申请（clerk）\n"));
  EXPECT_THAT(run.out, HasSubstr("  3. 2025-03-14 告知补正（clerk）：补正期限 2025-03-21；"
                                 "请写明文号\n"));
  // The notice came 9 working days after receipt: later than Art. 30 allows.
  EXPECT_THAT(run.out, HasSubstr("提示：\n"));
  EXPECT_THAT(run.out, HasSubstr("  ! [case.correction_notice_late] 补正告知于 2025-03-14 发出"));
}

TEST_F(CaseQueryCommandTest, ShowJsonAndOverdue) {
  Open("cq-scjg", "2025-03-03", "张三");
  const CliRun run = Run({"case", "show", "1", "--json"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  const nlohmann::json json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["id"], 1);
  EXPECT_EQ(json["tracking_number"], "cq-scjg-2025-00001");
  EXPECT_EQ(json["agency_name"], "重庆市市场监督管理局");
  EXPECT_EQ(json["state"], "registered");
  EXPECT_EQ(json["state_label"], "已登记");
  EXPECT_EQ(json["applicant"]["name"], "张三");
  EXPECT_EQ(json["reply_due"], "2025-03-31");
  EXPECT_EQ(json["open"], true);
  EXPECT_EQ(json["overdue"], true);
  EXPECT_TRUE(json["outcome"].is_null());
  ASSERT_EQ(json["events"].size(), 2u);
  EXPECT_EQ(json["events"][1]["type"], "registered");
  EXPECT_EQ(json["events"][1]["label"], "登记");
  ASSERT_FALSE(json["warnings"].empty());
  EXPECT_EQ(json["warnings"][0]["rule"], "case.open_overdue");
}

TEST_F(CaseQueryCommandTest, ShowJsonOfAClosedCase) {
  Open("cq-scjg", "2025-03-03", "张三");
  ASSERT_EQ(
      Run({"case", "reply", "1", "--date", "2025-03-20", "--outcome", "部分公开", "--form", "纸质"})
          .exit_code,
      kExitOk);
  const nlohmann::json json = nlohmann::json::parse(Run({"case", "show", "1", "--json"}).out);
  EXPECT_EQ(json["state"], "replied");
  EXPECT_EQ(json["outcome"], "部分公开");
  EXPECT_EQ(json["outcome_label"], "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
  EXPECT_EQ(json["closed_on"], "2025-03-20");
  EXPECT_EQ(json["open"], false);
  EXPECT_EQ(json["overdue"], false);
  EXPECT_EQ(json["events"][2]["outcome"], "部分公开");
  EXPECT_EQ(json["events"][2]["provision_form"], "纸质");
  EXPECT_TRUE(json["warnings"].empty());
}

TEST_F(CaseQueryCommandTest, ShowUnknownCase) {
  const CliRun run = Run({"case", "show", "7"});
  EXPECT_EQ(run.exit_code, 66);
  EXPECT_THAT(run.err, HasSubstr("找不到案件“7”"));
}

TEST_F(CaseQueryCommandTest, ListSortsByDeadlineAndFilters) {
  Open("cq-scjg", "2025-03-20", "王五");     // due 04-18
  Open("cq-scjg", "2025-03-03", "张三");     // due 03-31: overdue
  Open("cq-scjg-yz", "2025-03-10", "李四");  // due 04-08: overdue
  Open("cq-scjg", "2025-03-04", "赵六");     // replied below
  ASSERT_EQ(
      Run({"case", "reply", "4", "--date", "2025-03-05", "--outcome", "不予处理.1"}).exit_code,
      kExitOk);
  CliRun run = Run({"case", "list"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  const std::size_t zhang = run.out.find("张三");
  const std::size_t li = run.out.find("李四");
  const std::size_t wang = run.out.find("王五");
  const std::size_t zhao = run.out.find("赵六");
  EXPECT_LT(zhang, li);
  EXPECT_LT(li, wang);
  EXPECT_LT(wang, zhao);  // closed cases come last
  EXPECT_THAT(run.out, HasSubstr("2\tcq-scjg-2025-00002\t已登记\t2025-03-03\t2025-03-31（已逾期）"
                                 "\t张三\t关于张三的信息\n"));
  EXPECT_THAT(run.out, HasSubstr("\t已办结\t赵六"));
  EXPECT_THAT(run.out, HasSubstr("共 4 件\n"));

  run = Run({"case", "list", "--overdue"});
  EXPECT_THAT(run.out, HasSubstr("张三"));
  EXPECT_THAT(run.out, HasSubstr("李四"));
  EXPECT_THAT(run.out, Not(HasSubstr("王五")));
  EXPECT_THAT(run.out, HasSubstr("共 2 件"));

  run = Run({"case", "list", "--agency", "cq-scjg-yz"});
  EXPECT_THAT(run.out, HasSubstr("李四"));
  EXPECT_THAT(run.out, HasSubstr("共 1 件"));

  run = Run({"case", "list", "--state", "replied", "--json"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  const nlohmann::json json = nlohmann::json::parse(run.out);
  ASSERT_EQ(json.size(), 1u);
  EXPECT_EQ(json[0]["applicant"]["name"], "赵六");
  EXPECT_EQ(json[0]["outcome"], "不予处理.1");
}

TEST_F(CaseQueryCommandTest, ListRejectsBadFilters) {
  CliRun run = Run({"case", "list", "--state", "open"});
  EXPECT_EQ(run.exit_code, 65);
  EXPECT_THAT(run.err, HasSubstr("--state 案件状态无效：“open”，可用：已接收（received）"));
  run = Run({"case", "list", "--agency", "nowhere"});
  EXPECT_EQ(run.exit_code, 66) << run.err;
}

TEST_F(CaseQueryCommandTest, ListReadsEveryPage) {
  for (int i = 0; i < 1005; ++i) {
    domain::RequestCase draft;
    draft.agency_id = "cq-scjg";
    draft.applicant.name = "申请人" + std::to_string(i);
    draft.information_requested = "信息";
    draft.submitted_on = D("2025-03-03");
    domain::CaseEvent received;
    received.type = domain::EventType::kReceived;
    received.date = D("2025-03-03");
    received.actor = "setup";
    draft.events = {received};
    ASSERT_TRUE(env_.store().CreateCase(draft, domain::Actor{"setup"}).has_value());
  }
  const CliRun run = Run({"case", "list", "--json"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_EQ(nlohmann::json::parse(run.out).size(), 1005u);
}

}  // namespace
}  // namespace gongkai::cli
