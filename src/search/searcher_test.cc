#include "search/searcher.h"

#include <gtest/gtest.h>

#include "search/memory_index.h"

namespace gongkai::search {
namespace {

SearchDocument Doc(std::string index_no, std::string title, std::string body,
                   Validity validity = Validity::kInForce) {
  SearchDocument document;
  document.index_no = std::move(index_no);
  document.title = std::move(title);
  document.body = std::move(body);
  document.agency = "某市市场监督管理局";
  document.published_on = "2023-05-01";
  document.validity = validity;
  return document;
}

class SearcherTest : public testing::Test {
 protected:
  void SetUp() override {
    auto index = MemoryIndex::Create();
    ASSERT_TRUE(index.has_value());
    index_ = std::make_unique<MemoryIndex>(std::move(*index));
    auto searcher = Searcher::Create();
    ASSERT_TRUE(searcher.has_value());
    searcher_ = std::make_unique<Searcher>(std::move(*searcher));
    Add(Doc("A-1", "关于加强电梯安全监管的通知",
            "各区局：为加强特种设备安全监管，现就电梯维保通知如下。"));
    Add(Doc("A-2", "个体工商户歇业登记办事指南", "个体工商户因自然灾害等原因可以申请歇业。"));
    Add(Doc("A-3", "政府信息公开信息处理费收费标准",
            "申请人申请公开政府信息数量较大的，按件或按量收取信息处理费。"));
    SearchDocument with_doc_no = Doc("A-4", "国务院办公厅关于印发某方案的通知", "正文。");
    with_doc_no.doc_no = "国办发〔2019〕19号";
    Add(with_doc_no);
    Add(Doc("A-5", "食品经营许可管理办法", "旧版。", Validity::kAbolished));
    Add(Doc("A-6", "食品经营许可管理办法", "新版。", Validity::kInForce));
  }

  void Add(SearchDocument document) { ASSERT_TRUE(index_->Add(std::move(document)).has_value()); }

  std::vector<std::string> Top(const std::string& query, size_t limit = 10) {
    SearchRequest request;
    request.query = query;
    request.limit = limit;
    auto result = searcher_->Search(*index_, request);
    EXPECT_TRUE(result.has_value());
    std::vector<std::string> ids;
    for (const SearchHit& hit : result->hits) {
      ids.push_back(index_->Document(hit.doc).index_no);
    }
    return ids;
  }

  std::unique_ptr<MemoryIndex> index_;
  std::unique_ptr<Searcher> searcher_;
};

TEST_F(SearcherTest, TwoCharacterQueryFindsTheDocument) {
  ASSERT_FALSE(Top("电梯").empty());
  EXPECT_EQ(Top("电梯").front(), "A-1");
}

// A pasted document is not a query: refused with a Chinese message instead of costing time in
// proportion to its length (fuzz_search_query timed out on a 99 KB report as a query).
TEST_F(SearcherTest, OverlongQueriesAreRefused) {
  SearchRequest request;
  request.limit = 10;
  std::string query;
  while (query.size() + 3 <= 1024) {
    query += "电";
  }
  request.query = query;
  EXPECT_TRUE(searcher_->Search(*index_, request).has_value());
  request.query += "梯";
  const auto refused = searcher_->Search(*index_, request);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_NE(refused.error().message.find("检索词过长"), std::string::npos);
}

TEST_F(SearcherTest, AbbreviationFindsTheFullForm) {
  ASSERT_FALSE(Top("特设").empty());
  EXPECT_EQ(Top("特设").front(), "A-1");
}

TEST_F(SearcherTest, AliasesBridgeColloquialWording) {
  EXPECT_EQ(Top("暂停营业").front(), "A-2");
  EXPECT_EQ(Top("申请信息公开要交钱吗").front(), "A-3");
}

TEST_F(SearcherTest, DocNoIsFoundWithAnyBrackets) {
  for (const std::string query : {"国办发[2019]19号", "国办发【2019】19号", "国办发(2019)19号"}) {
    ASSERT_FALSE(Top(query).empty()) << query;
    EXPECT_EQ(Top(query).front(), "A-4") << query;
  }
}

TEST_F(SearcherTest, InForceRanksAboveAbolished) {
  const auto top = Top("食品经营许可管理办法", 2);
  EXPECT_EQ(top, (std::vector<std::string>{"A-6", "A-5"}));
}

TEST_F(SearcherTest, FiltersRestrictTheHits) {
  SearchRequest request{.query = "食品经营许可", .limit = 10};
  request.validity = Validity::kAbolished;
  auto result = searcher_->Search(*index_, request);
  ASSERT_TRUE(result.has_value());
  ASSERT_EQ(result->hits.size(), 1U);
  EXPECT_EQ(index_->Document(result->hits[0].doc).index_no, "A-5");
  request.validity.reset();
  request.agency = "没有这个机关";
  result = searcher_->Search(*index_, request);
  ASSERT_TRUE(result.has_value());
  EXPECT_TRUE(result->hits.empty());
}

TEST_F(SearcherTest, RejectsAZeroLimit) {
  SearchRequest request{.query = "电梯", .limit = 0};
  EXPECT_FALSE(searcher_->Search(*index_, request).has_value());
}

TEST_F(SearcherTest, HostileQueriesAreHarmless) {
  EXPECT_TRUE(Top("").empty());
  EXPECT_TRUE(Top("\"\"《》((((").empty());
  EXPECT_TRUE(Top(std::string(1000, 'a')).empty());
  EXPECT_TRUE(Top("\xFF\xFE").empty());
}

TEST_F(SearcherTest, LimitCutsTheList) {
  EXPECT_EQ(Top("管理", 1).size(), 1U);
}

}  // namespace
}  // namespace gongkai::search
