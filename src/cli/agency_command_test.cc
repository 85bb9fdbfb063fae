#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/cli_test_env.h"
#include "cli/exit_codes.h"

namespace gongkai::cli {
namespace {

using ::testing::HasSubstr;

TEST(AgencyCommandTest, AddRenameAndListAsTree) {
  CliTestEnv env(true);
  CliRun run = env.Run({"agency", "add", "--id", "cq-scjg", "--name", "重庆市市场监督管理局"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_EQ(run.out, "已添加机构 cq-scjg 重庆市市场监督管理局\n");
  run = env.Run({"agency", "add", "--id", "cq-scjg-yz", "--name", "渝中区分局", "--parent",
                 "cq-scjg", "--actor", "admin"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_EQ(run.out, "已添加机构 cq-scjg-yz 渝中区分局（上级：cq-scjg）\n");
  ASSERT_EQ(env.Run({"agency", "add", "--id", "a-other", "--name", "另一机关"}).exit_code, kExitOk);
  run = env.Run({"agency", "add", "--id", "cq-scjg-yz", "--name", "重庆市渝中区市场监督管理局",
                 "--parent", "cq-scjg"});
  EXPECT_EQ(run.out, "已更新机构 cq-scjg-yz 重庆市渝中区市场监督管理局（上级：cq-scjg）\n");
  EXPECT_EQ(env.store().GetAgency("cq-scjg-yz")->name, "重庆市渝中区市场监督管理局");

  run = env.Run({"agency", "list"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_EQ(run.out,
            "a-other\t另一机关\n"
            "cq-scjg\t重庆市市场监督管理局\n"
            "  cq-scjg-yz\t重庆市渝中区市场监督管理局\n"
            "共 3 个机构\n");

  run = env.Run({"agency", "list", "--json"});
  const nlohmann::json json = nlohmann::json::parse(run.out);
  ASSERT_EQ(json.size(), 3u);
  bool found_child = false;
  for (const nlohmann::json& agency : json) {
    if (agency["id"] == "cq-scjg-yz") {
      found_child = true;
      EXPECT_EQ(agency["parent_id"], "cq-scjg");
    } else {
      EXPECT_TRUE(agency["parent_id"].is_null());
    }
  }
  EXPECT_TRUE(found_child);
  // The change is audited under the actor given.
  const auto entries = env.store().ListAuditEntries(1, 10);
  ASSERT_TRUE(entries.has_value());
  EXPECT_EQ((*entries)[1].actor, "admin");
}

TEST(AgencyCommandTest, RefusesBadAgencies) {
  CliTestEnv env(true);
  CliRun run = env.Run({"agency", "add", "--name", "无代码"});
  EXPECT_EQ(run.exit_code, 65);
  EXPECT_THAT(run.err, HasSubstr("请用 --id 给出机构代码"));
  run = env.Run({"agency", "add", "--id", "x"});
  EXPECT_EQ(run.exit_code, 65);
  EXPECT_THAT(run.err, HasSubstr("请用 --name 给出机构的正式名称"));
  run = env.Run({"agency", "add", "--id", "Bad Id!", "--name", "某局"});
  EXPECT_EQ(run.exit_code, 65) << run.err;
  EXPECT_THAT(run.err, HasSubstr("错误："));
  run = env.Run({"agency", "add", "--id", "child", "--name", "分局", "--parent", "missing"});
  EXPECT_EQ(run.exit_code, 66) << run.err;
  ASSERT_EQ(env.Run({"agency", "add", "--id", "a", "--name", "甲"}).exit_code, kExitOk);
  ASSERT_EQ(env.Run({"agency", "add", "--id", "b", "--name", "乙", "--parent", "a"}).exit_code,
            kExitOk);
  run = env.Run({"agency", "add", "--id", "a", "--name", "甲", "--parent", "b"});
  EXPECT_EQ(run.exit_code, 75) << run.err;  // a cycle
  EXPECT_EQ(env.Run({"agency", "list"}).out, "a\t甲\n  b\t乙\n共 2 个机构\n");
}

}  // namespace
}  // namespace gongkai::cli
