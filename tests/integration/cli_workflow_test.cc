// End to end through the real `gongkai` binary on a temporary SQLite file: a clerk sets up an
// agency, takes one application through 补正 to reply and archiving, reads it back, finds it in
// the right cell of the annual report, and the audit log verifies — until a row of it is altered
// behind the program's back.
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "integration/gongkai_process.h"

namespace gongkai::integration {
namespace {

using ::testing::HasSubstr;

class CliWorkflowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_FALSE(scratch_.path().empty()) << "cannot create a temporary folder";
    db_ = scratch_.File("gongkai.db");
  }

  // Runs `gongkai <args…> --db <temp file>`.
  ProcessRun Gongkai(std::vector<std::string> args) {
    args.emplace_back("--db");
    args.push_back(db_);
    return RunGongkaiBinary(args, scratch_);
  }

  // Runs a step that must succeed.
  ProcessRun Must(std::vector<std::string> args) {
    ProcessRun run = Gongkai(args);
    EXPECT_EQ(run.exit_code, 0) << args[0] << " " << args[1] << ": " << run.err;
    return run;
  }

  // Overwrites the details of audit entry `sequence` directly in the SQLite file.
  void TamperWithAuditEntry(int sequence) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(db_.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    const std::string sql =
        "UPDATE audit_log SET details = '{\"note\":\"改过的记录\"}' WHERE sequence = " +
        std::to_string(sequence);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    EXPECT_EQ(rc, SQLITE_OK) << (message != nullptr ? message : "");
    sqlite3_free(message);
    EXPECT_EQ(sqlite3_changes(db), 1);
    sqlite3_close(db);
  }

  ScratchDir scratch_;
  std::string db_;
};

TEST_F(CliWorkflowTest, ApplicationToArchiveToReportToAuditLog) {
  ProcessRun run = Must(
      {"agency", "add", "--id", "cq-scjg", "--name", "重庆市市场监督管理局", "--actor", "管理员"});
  EXPECT_EQ(run.out, "已添加机构 cq-scjg 重庆市市场监督管理局\n");

  run = Must({"case",
              "receive",
              "--agency",
              "cq-scjg",
              "--applicant-kind",
              "commercial",
              "--name",
              "重庆某食品有限公司",
              "--id-document",
              "91500000XXXXXXXX0X",
              "--contact",
              "023-12345678",
              "--info",
              "2024年度食品生产许可现场核查记录",
              "--form",
              "纸质",
              "--channel",
              "post_signed",
              "--submitted",
              "2025-02-28",
              "--received",
              "2025-03-03",
              "--actor",
              "王科员",
              "--json"});
  const nlohmann::json received = nlohmann::json::parse(run.out);
  ASSERT_EQ(received["id"], 1);
  EXPECT_EQ(received["state"], "received");
  EXPECT_EQ(received["received_on"], "2025-03-03");

  run = Must({"case", "register", "1", "--date", "2025-03-03", "--actor", "王科员"});
  EXPECT_THAT(run.out, HasSubstr("已登记：cq-scjg-2025-00001（id 1，第 2 版）"));
  const std::string tracking = "cq-scjg-2025-00001";

  // A refused step changes nothing, not even the audit log.
  run = Gongkai({"case", "archive", tracking, "--date", "2025-03-04"});
  EXPECT_EQ(run.exit_code, 75);
  EXPECT_THAT(run.err, HasSubstr("错误："));
  EXPECT_EQ(run.out, "");

  Must({"case", "correction-request", tracking, "--date", "2025-03-05", "--due", "2025-03-14",
        "--items", "请提供所需记录对应的许可证编号", "--actor", "王科员"});
  run =
      Must({"case", "correction-received", tracking, "--date", "2025-03-10", "--actor", "王科员"});
  EXPECT_THAT(run.out, HasSubstr("答复期限：2025-04-08"));
  Must({"case", "reply", tracking, "--date", "2025-03-25", "--outcome", "不予公开.5", "--note",
        "属于内部管理信息", "--actor", "李科长", "--expect-version", "4"});
  Must({"case", "archive", tracking, "--date", "2025-03-26", "--actor", "王科员"});

  run = Must({"case", "show", tracking, "--json"});
  const nlohmann::json shown = nlohmann::json::parse(run.out);
  EXPECT_EQ(shown["tracking_number"], tracking);
  EXPECT_EQ(shown["state"], "archived");
  EXPECT_EQ(shown["version"], 6);
  EXPECT_EQ(shown["outcome"], "不予公开.5");
  EXPECT_EQ(shown["closed_on"], "2025-03-25");
  EXPECT_EQ(shown["reply_due"], "2025-04-08");
  EXPECT_EQ(shown["applicant"]["kind"], "commercial");
  EXPECT_EQ(shown["channel"], "post_signed");
  EXPECT_EQ(shown["submitted_on"], "2025-02-28");
  ASSERT_EQ(shown["events"].size(), 6u);
  EXPECT_EQ(shown["events"][2]["correction_due"], "2025-03-14");
  EXPECT_EQ(shown["events"][4]["actor"], "李科长");
  EXPECT_TRUE(shown["warnings"].empty()) << shown["warnings"].dump();

  // The case is counted in 新收 and in 不予公开.5, column 商业企业 (index 1).
  run = Must({"report", "--year", "2025", "--agency", "cq-scjg", "--format", "json"});
  const nlohmann::json report = nlohmann::json::parse(run.out);
  EXPECT_EQ(report["year"], 2025);
  EXPECT_EQ(report["requests"]["新收"], nlohmann::json({0, 1, 0, 0, 0, 0, 1}));
  EXPECT_EQ(report["requests"]["不予公开.5"], nlohmann::json({0, 1, 0, 0, 0, 0, 1}));
  EXPECT_EQ(report["requests"]["予以公开"], nlohmann::json({0, 0, 0, 0, 0, 0, 0}));
  EXPECT_EQ(report["requests"]["总计"], nlohmann::json({0, 1, 0, 0, 0, 0, 1}));
  EXPECT_EQ(report["requests"]["结转下年度"], nlohmann::json({0, 0, 0, 0, 0, 0, 0}));

  // The agency, the case, the tracking number drawn at registration and 5 steps; the refused
  // archive left nothing.
  run = Must({"audit-log", "verify"});
  EXPECT_EQ(run.out, "审计日志完整：共 8 条，哈希链校验通过\n");
  run = Must({"audit-log", "list", "--json"});
  const nlohmann::json entries = nlohmann::json::parse(run.out);
  ASSERT_EQ(entries.size(), 8u);
  EXPECT_EQ(entries[0]["actor"], "管理员");
  EXPECT_EQ(entries[1]["action"], "case.create");
  EXPECT_EQ(entries[2]["action"], "tracking.next");
  EXPECT_EQ(entries[4]["entity"], "case:1");
  EXPECT_EQ(entries[4]["action"], "case.event.correction_requested");
  EXPECT_EQ(entries[6]["actor"], "李科长");
  EXPECT_EQ(entries[7]["action"], "case.event.archived");

  TamperWithAuditEntry(5);
  run = Gongkai({"audit-log", "verify"});
  EXPECT_NE(run.exit_code, 0);
  EXPECT_EQ(run.exit_code, 75);
  EXPECT_EQ(run.out, "");
  EXPECT_THAT(run.err, HasSubstr("错误："));
  EXPECT_THAT(run.err, HasSubstr("第 5 条"));
}

TEST_F(CliWorkflowTest, BadInputIsRefusedInChineseWithTheExitCodeOfItsKind) {
  Must({"agency", "add", "--id", "cq-scjg", "--name", "重庆市市场监督管理局"});
  ProcessRun run =
      Gongkai({"case", "receive", "--agency", "cq-scjg", "--applicant-kind", "natural_person",
               "--name", "张三", "--info", "x", "--channel", "carrier_pigeon"});
  EXPECT_EQ(run.exit_code, 65);
  EXPECT_THAT(run.err, HasSubstr("--channel 提交方式无效：“carrier_pigeon”"));
  run = Gongkai({"case", "show", "cq-scjg-2025-09999"});
  EXPECT_EQ(run.exit_code, 66);
  EXPECT_THAT(run.err, HasSubstr("找不到案件"));
  run = Gongkai({"case", "frobnicate"});
  EXPECT_EQ(run.exit_code, 64);
  run = Must({"audit-log", "verify"});
  EXPECT_EQ(run.out, "审计日志完整：共 1 条，哈希链校验通过\n");
}

}  // namespace
}  // namespace gongkai::integration
