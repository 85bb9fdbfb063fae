#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/cli_test_env.h"
#include "cli/exit_codes.h"

namespace gongkai::cli {
namespace {

using ::testing::HasSubstr;

class AuditLogCommandTest : public ::testing::Test {
 protected:
  AuditLogCommandTest() : env_(true) {
    env_.clock().SetDate(*core::Date::Parse("2025-06-30"));
    for (const char* id : {"a", "b", "c"}) {
      EXPECT_EQ(env_.Run({"agency", "add", "--id", id, "--name", std::string("机关") + id,
                          "--actor", "admin"})
                    .exit_code,
                kExitOk);
    }
  }

  CliTestEnv env_;
};

TEST_F(AuditLogCommandTest, VerifyPassesOnAnIntactLog) {
  const CliRun run = env_.Run({"audit-log", "verify"});
  EXPECT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_EQ(run.out, "审计日志完整：共 3 条，哈希链校验通过\n");
}

TEST_F(AuditLogCommandTest, VerifyNamesTheFirstAlteredEntry) {
  env_.store().MutableAuditEntriesForTesting()[1].details = "{\"name\":\"篡改\"}";
  const CliRun run = env_.Run({"audit-log", "verify"});
  EXPECT_EQ(run.exit_code, 75);
  EXPECT_EQ(run.out, "");
  EXPECT_THAT(run.err, HasSubstr("错误：审计日志第 2 条记录的内容与其哈希不符（记录被篡改）"));
}

TEST_F(AuditLogCommandTest, VerifyNoticesARemovedEntry) {
  auto& entries = env_.store().MutableAuditEntriesForTesting();
  entries.pop_back();
  const CliRun run = env_.Run({"audit-log", "verify"});
  EXPECT_EQ(run.exit_code, 75);
  EXPECT_THAT(run.err, HasSubstr("第 3 条"));
}

TEST_F(AuditLogCommandTest, ListsEntries) {
  CliRun run = env_.Run({"audit-log", "list"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_THAT(run.out, HasSubstr("序号\t时间（北京时间）\t操作人\t对象\t操作\t内容\n"));
  EXPECT_THAT(run.out,
              HasSubstr("1\t2025-06-30 09:00:00.000000\tadmin\tagency:a\tagency.create\t"));
  EXPECT_THAT(run.out, HasSubstr("共 3 条\n"));

  run = env_.Run({"audit-log", "list", "--from", "2", "--limit", "1", "--json"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  const nlohmann::json json = nlohmann::json::parse(run.out);
  ASSERT_EQ(json.size(), 1u);
  EXPECT_EQ(json[0]["sequence"], 2);
  EXPECT_EQ(json[0]["entity"], "agency:b");
  EXPECT_EQ(json[0]["actor"], "admin");
  EXPECT_EQ(json[0]["at"], "2025-06-30 09:00:00.000000");
  EXPECT_EQ(json[0]["hash"].get<std::string>().size(), 64u);
  EXPECT_EQ(json[0]["prev_hash"], env_.store().MutableAuditEntriesForTesting()[0].hash);
}

TEST_F(AuditLogCommandTest, ListRejectsBadPaging) {
  CliRun run = env_.Run({"audit-log", "list", "--limit", "0"});
  EXPECT_EQ(run.exit_code, 65);
  EXPECT_THAT(run.err, HasSubstr("--limit 参数有误：应为 1 到 10000 之间的整数，收到“0”"));
  run = env_.Run({"audit-log", "list", "--from", "x"});
  EXPECT_EQ(run.exit_code, 65);
}

TEST(AuditLogCommandWithoutStoreTest, ReportsUnavailable) {
  CliTestEnv env(false);
  EXPECT_EQ(env.Run({"audit-log", "verify"}).exit_code, 69);
}

}  // namespace
}  // namespace gongkai::cli
