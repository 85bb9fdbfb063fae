// libFuzzer target for the search input paths: whatever the bytes, the query parser, planner,
// searcher, tokenizer, snippet maker and JSONL corpus reader must return a value or an Error --
// never crash, hang, leak or trip a sanitizer.
//
// Build and run as fuzz_document_reader.cc describes, with the target fuzz_search_query; no seed
// corpus is needed (queries are short), though any text file makes a good one.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "search/corpus_generator.h"
#include "search/corpus_jsonl.h"
#include "search/memory_index.h"
#include "search/searcher.h"
#include "search/snippet.h"
#include "search/text_normalizer.h"
#include "search/tokenizer.h"

namespace {

struct Fixture {
  std::unique_ptr<gongkai::search::MemoryIndex> index;
  std::unique_ptr<gongkai::search::Searcher> searcher;
  std::unique_ptr<gongkai::search::Tokenizer> tokenizer;
};

// Built once per process: a small generated catalogue to search.
Fixture& GetFixture() {
  static Fixture* fixture = [] {
    auto* made = new Fixture;
    auto index = gongkai::search::MemoryIndex::Create();
    auto searcher = gongkai::search::Searcher::Create();
    auto tokenizer = gongkai::search::Tokenizer::Create();
    if (!index.has_value() || !searcher.has_value() || !tokenizer.has_value()) {
      __builtin_trap();  // ICU data missing: nothing to fuzz
    }
    const auto set = gongkai::search::GenerateRelevanceSet({.documents = 300});
    for (const auto& document : set.documents) {
      (void)index->Add(document);
    }
    made->index = std::make_unique<gongkai::search::MemoryIndex>(std::move(*index));
    made->searcher = std::make_unique<gongkai::search::Searcher>(std::move(*searcher));
    made->tokenizer = std::make_unique<gongkai::search::Tokenizer>(std::move(*tokenizer));
    return made;
  }();
  return *fixture;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Fixture& fixture = GetFixture();
  gongkai::search::SearchRequest request;
  request.query = std::string(bytes);
  request.limit = 20;
  const auto result = fixture.searcher->Search(*fixture.index, request);
  if (result.has_value()) {
    for (const auto& hit : result->hits) {
      (void)gongkai::search::MakeSnippet(fixture.index->Document(hit.doc).body,
                                         result->plan.highlights);
    }
  }
  const std::u32string normalized =
      gongkai::search::NormalizeText(gongkai::search::DecodeUtf8(bytes));
  fixture.tokenizer->ForEachTerm(normalized, gongkai::search::DictionaryWords::kYes,
                                 [](std::string_view) {});
  (void)gongkai::search::MakeSnippet(bytes, {normalized});
  const auto today = gongkai::core::Date::FromDayNumber(20000);
  (void)gongkai::search::ParseCorpus(bytes, gongkai::search::CorpusFormat::kJsonLines, today);
  (void)gongkai::search::ParseCorpus(bytes, gongkai::search::CorpusFormat::kCsv, today);
  (void)gongkai::search::ParseJudgedQueries(bytes);
  return 0;
}
