#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli/cli_test_env.h"
#include "cli/exit_codes.h"

namespace gongkai::cli {
namespace {

std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path) << text;
  return path;
}

const char* const kCorpus =
    R"({"index_no":"A/2021-00001","title":"关于加强电梯安全监管的通知","doc_no":"甬市监发〔2021〕3号","body":"电梯维保单位应当每15日检查一次。","published_on":"2021-03-01"}
{"index_no":"A/2016-00002","title":"电梯安全管理办法","body":"旧版办法。","validity":"已废止","published_on":"2016-05-01"}
{"index_no":"A/2022-00003","title":"食品经营许可办事指南","body":"从事餐饮服务应当取得许可。","published_on":"2022-01-01"}
)";

// An environment whose today is 2026-01-01 (validity is read as of today).
class SearchEnv : public CliTestEnv {
 public:
  SearchEnv() : CliTestEnv(false) { clock().SetDate(*core::Date::Parse("2026-01-01")); }
};

TEST(SearchCommandTest, PrintsJsonHitsBestFirst) {
  SearchEnv env;
  const std::string corpus = WriteTemp("search_corpus.jsonl", kCorpus);
  const CliRun run = env.Run({"search", "电梯", "--corpus", corpus, "--json", "--limit", "5"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  const nlohmann::json result = nlohmann::json::parse(run.out);
  ASSERT_EQ(result["hits"].size(), 2U);
  EXPECT_EQ(result["total"], 2);
  EXPECT_EQ(result["hits"][0]["index_no"], "A/2021-00001");
  EXPECT_NE(result["hits"][0]["snippet"].get<std::string>().find("<em>电梯</em>"),
            std::string::npos);
}

TEST(SearchCommandTest, FindsDocNoTypedWithOtherBracketsAndFilters) {
  SearchEnv env;
  const std::string corpus = WriteTemp("search_corpus2.jsonl", kCorpus);
  CliRun run = env.Run({"search", "甬市监发[2021]3号", "--corpus", corpus, "--json"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_EQ(nlohmann::json::parse(run.out)["hits"][0]["index_no"], "A/2021-00001");
  run = env.Run({"search", "电梯", "--corpus", corpus, "--json", "--validity", "已废止"});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_EQ(nlohmann::json::parse(run.out)["hits"].size(), 1U);
}

TEST(SearchCommandTest, RejectsBadCorpusAndValidity) {
  SearchEnv env;
  const std::string bad = WriteTemp("search_bad.jsonl", "{\"summary\":\"x\"}\n");
  CliRun run = env.Run({"search", "电梯", "--corpus", bad});
  EXPECT_NE(run.exit_code, kExitOk);
  EXPECT_NE(run.err.find("第 1 行"), std::string::npos) << run.err;
  const std::string corpus = WriteTemp("search_corpus3.jsonl", kCorpus);
  run = env.Run({"search", "电梯", "--corpus", corpus, "--validity", "也许"});
  EXPECT_NE(run.exit_code, kExitOk);
}

TEST(SearchCommandTest, GeneratesAndEvaluatesASmallSet) {
  SearchEnv env;
  const std::string corpus = ::testing::TempDir() + "gen_corpus.jsonl";
  const std::string queries = ::testing::TempDir() + "gen_queries.json";
  CliRun run = env.Run(
      {"search", "generate", "--documents", "400", "--corpus", corpus, "--queries", queries});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  run = env.Run({"search", "eval", "--corpus", corpus, "--queries", queries});
  ASSERT_EQ(run.exit_code, kExitOk) << run.err;
  EXPECT_NE(run.out.find("全部查询"), std::string::npos);
  EXPECT_NE(run.out.find("fts5-trigram"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::cli
