#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/cli_test_env.h"
#include "cli/exit_codes.h"

namespace gongkai::cli {
namespace {

using ::testing::HasSubstr;

class ReviewCommandTest : public ::testing::Test {
 protected:
  ReviewCommandTest() : env_(true) {
    env_.clock().SetDate(*core::Date::Parse("2025-06-30"));
    EXPECT_EQ(env_.Run({"agency", "add", "--id", "cq-scjg", "--name", "市局"}).exit_code, kExitOk);
    EXPECT_EQ(env_.Run({"agency", "add", "--id", "cq-scjg-yz", "--name", "渝中区分局", "--parent",
                        "cq-scjg"})
                  .exit_code,
              kExitOk);
  }

  CliTestEnv env_;
};

TEST_F(ReviewCommandTest, AddDecideAndList) {
  ASSERT_EQ(env_.Run({"case", "receive", "--agency", "cq-scjg", "--applicant-kind",
                      "natural_person", "--name", "张三", "--info", "信息", "--channel",
                      "in_person", "--received", "2025-03-03"})
                .exit_code,
            kExitOk);
  CliRun run =
      env_.Run({"review", "add", "--agency", "cq-scjg", "--kind", "reconsideration", "--reference",
                "渝府复〔2025〕12号", "--filed", "2025-04-01", "--case", "1"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_EQ(run.out, "已登记：行政复议 渝府复〔2025〕12号（id 1，第 1 版），结果：尚未审结\n");
  run = env_.Run({"review", "add", "--agency", "cq-scjg-yz", "--kind", "litigation_direct",
                  "--reference", "(2025)渝0103行初5号", "--filed", "2025-02-01", "--result",
                  "upheld", "--decided", "2025-05-20", "--json"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  nlohmann::json json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["kind"], "litigation_direct");
  EXPECT_EQ(json["result"], "upheld");
  EXPECT_EQ(json["decided_on"], "2025-05-20");

  run = env_.Run({"review", "decide", "1", "--result", "corrected", "--decided", "2025-06-01",
                  "--note", "责令重新答复", "--expect-version", "1"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_THAT(run.out,
              HasSubstr("已审结：行政复议 渝府复〔2025〕12号（id 1，第 2 版），结果：结果纠正"));
  const domain::ReviewCase stored = *env_.store().GetReview(1);
  EXPECT_EQ(stored.result, domain::ReviewResult::kCorrected);
  EXPECT_EQ(stored.request_case_id, 1);
  EXPECT_EQ(stored.note, "责令重新答复");

  run = env_.Run({"review", "list"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_THAT(run.out, HasSubstr("1\tcq-scjg\t行政复议\t渝府复〔2025〕12号\t2025-04-01\t结果纠正\t"
                                 "2025-06-01\t1\n"));
  EXPECT_THAT(run.out, HasSubstr("共 2 件"));
  run = env_.Run({"review", "list", "--agency", "cq-scjg"});
  EXPECT_THAT(run.out, HasSubstr("共 1 件"));
  run = env_.Run({"review", "list", "--agency", "cq-scjg", "--all-below", "--json"});
  json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json.size(), 2u);
}

TEST_F(ReviewCommandTest, RefusesBadReviewsAndSteps) {
  CliRun run = env_.Run({"review", "add", "--agency", "cq-scjg", "--kind", "appeal", "--reference",
                         "x", "--filed", "2025-04-01"});
  EXPECT_EQ(run.exit_code, 65);
  EXPECT_THAT(run.err,
              HasSubstr("--kind 复议诉讼类型无效：“appeal”，可用：行政复议（reconsideration）"));
  run = env_.Run({"review", "add", "--agency", "cq-scjg", "--kind", "reconsideration", "--filed",
                  "2025-04-01"});
  EXPECT_EQ(run.exit_code, 65);
  EXPECT_THAT(run.err, HasSubstr("复议诉讼记录缺少案号或文书编号"));
  run = env_.Run(
      {"review", "add", "--agency", "cq-scjg", "--kind", "reconsideration", "--reference", "x"});
  EXPECT_EQ(run.exit_code, 65);
  EXPECT_THAT(run.err, HasSubstr("请用 --filed 给出日期"));
  run = env_.Run({"review", "add", "--agency", "nowhere", "--kind", "reconsideration",
                  "--reference", "x", "--filed", "2025-04-01"});
  EXPECT_EQ(run.exit_code, 66) << run.err;
  run = env_.Run({"review", "add", "--agency", "cq-scjg", "--kind", "reconsideration",
                  "--reference", "x", "--filed", "2025-04-01", "--case", "9"});
  EXPECT_EQ(run.exit_code, 66) << run.err;
  run = env_.Run({"review", "add", "--agency", "cq-scjg", "--kind", "reconsideration",
                  "--reference", "x", "--filed", "2025-04-01", "--result", "upheld"});
  EXPECT_EQ(run.exit_code, 65);
  EXPECT_THAT(run.err, HasSubstr("已审结的案件必须填写审结日期"));

  ASSERT_EQ(env_.Run({"review", "add", "--agency", "cq-scjg", "--kind", "reconsideration",
                      "--reference", "x", "--filed", "2025-04-01"})
                .exit_code,
            kExitOk);
  run = env_.Run({"review", "decide", "1", "--result", "pending", "--decided", "2025-05-01"});
  EXPECT_EQ(run.exit_code, 65);
  run = env_.Run({"review", "decide", "1", "--result", "upheld", "--decided", "2025-05-01",
                  "--expect-version", "3"});
  EXPECT_EQ(run.exit_code, 75) << run.err;
  run = env_.Run({"review", "decide", "one", "--result", "upheld", "--decided", "2025-05-01"});
  EXPECT_EQ(run.exit_code, 65);
  run = env_.Run({"review", "decide", "5", "--result", "upheld", "--decided", "2025-05-01"});
  EXPECT_EQ(run.exit_code, 66) << run.err;
  ASSERT_EQ(env_.Run({"review", "decide", "1", "--result", "upheld", "--decided", "2025-05-01"})
                .exit_code,
            kExitOk);
  run = env_.Run({"review", "decide", "1", "--result", "other", "--decided", "2025-05-02"});
  EXPECT_EQ(run.exit_code, 75) << run.err;  // already decided
}

}  // namespace
}  // namespace gongkai::cli
