// `gongkai search`: full-text search of a catalogue file (`search QUERY --corpus FILE.jsonl`,
// `--json` prints {"total", "hits": [{"index_no", "title", "score", "snippet"}]} best first),
// the relevance evaluation against SQLite FTS5 trigram and a LIKE scan (`search eval`), and the
// generator of the relevance set (`search generate`). The engine is src/search.
#include <fstream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/command_registry.h"
#include "cli/file_text.h"
#include "cli/status_callback.h"
#include "search/corpus_jsonl.h"
#include "search/memory_index.h"
#include "search/ranking_engines.h"
#include "search/relevance_eval.h"
#include "search/searcher.h"
#include "search/snippet.h"

namespace gongkai::cli {
namespace {

struct SearchArgs {
  std::string query;
  std::string corpus;
  std::string queries;
  bool json = false;
  size_t limit = 10;
  std::string agency;
  std::string category;
  std::string genre;
  int year = 0;
  std::string validity;
  size_t documents = 3200;
  uint64_t seed = 20261207;
};

core::Status WriteWholeFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) {
    return core::Error::Unavailable("无法写入文件：" + path);
  }
  return core::Ok();
}

// A .csv file is read as CSV, anything else as JSON lines; validity as of today.
core::Result<std::vector<search::SearchDocument>> ReadCorpus(const std::string& path,
                                                             const CliEnvironment& env) {
  GONGKAI_ASSIGN_OR_RETURN(const std::string text, ReadFileText(path));
  const auto format =
      path.ends_with(".csv") ? search::CorpusFormat::kCsv : search::CorpusFormat::kJsonLines;
  auto documents = search::ParseCorpus(text, format, env.clock->Today());
  if (!documents.has_value()) {
    return core::Error::InvalidArgument(path + "：" + documents.error().message);
  }
  return documents;
}

core::Result<search::SearchRequest> MakeRequest(const SearchArgs& args) {
  search::SearchRequest request;
  request.query = args.query;
  request.limit = args.limit;
  const auto set = [](const std::string& value, std::optional<std::string>& field) {
    if (!value.empty()) {
      field = value;
    }
  };
  set(args.agency, request.agency);
  set(args.category, request.category);
  set(args.genre, request.genre);
  if (args.year != 0) {
    request.year = args.year;
  }
  if (!args.validity.empty()) {
    request.validity = domain::ParseCatalogueValidity(args.validity);
    if (!request.validity) {
      return core::Error::InvalidArgument("--validity 应为 现行有效、已修订、已废止 或 已失效");
    }
  }
  return request;
}

void PrintText(const search::MemoryIndex& index, const search::SearchResult& result,
               std::ostream& out) {
  out << "共 " << result.total << " 条结果\n";
  const search::SnippetOptions marks{.length = 80, .open = "【", .close = "】"};
  for (size_t i = 0; i < result.hits.size(); ++i) {
    const search::SearchDocument& document = index.Document(result.hits[i].doc);
    out << i + 1 << ". " << document.title << "\n   " << document.index_no;
    for (const std::string* field : {&document.doc_no, &document.agency, &document.published_on}) {
      if (!field->empty()) {
        out << "  " << *field;
      }
    }
    const std::string_view validity =
        document.validity ? domain::CatalogueValidityLabel(*document.validity) : "";
    out << (validity.empty() ? "" : "  ") << validity << "\n   "
        << search::MakeSnippet(document.body, result.plan.highlights, marks) << "\n";
  }
}

void PrintJson(const search::MemoryIndex& index, const search::SearchResult& result,
               std::ostream& out) {
  nlohmann::json hits = nlohmann::json::array();
  for (const search::SearchHit& hit : result.hits) {
    const search::SearchDocument& document = index.Document(hit.doc);
    hits.push_back({{"index_no", document.index_no},
                    {"title", document.title},
                    {"score", hit.score},
                    {"snippet", search::MakeSnippet(document.body, result.plan.highlights)}});
  }
  const nlohmann::json root = {{"total", result.total}, {"hits", hits}};
  out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

core::Status RunQuery(CliEnvironment& env, const SearchArgs& args) {
  if (args.query.empty() || args.corpus.empty()) {
    return core::Error::InvalidArgument("用法：gongkai search 查询词 --corpus 目录.jsonl");
  }
  GONGKAI_ASSIGN_OR_RETURN(search::SearchRequest request, MakeRequest(args));
  GONGKAI_ASSIGN_OR_RETURN(std::vector<search::SearchDocument> documents,
                           ReadCorpus(args.corpus, env));
  GONGKAI_ASSIGN_OR_RETURN(search::MemoryIndex index, search::MemoryIndex::Create());
  for (search::SearchDocument& document : documents) {
    GONGKAI_TRY(index.Add(std::move(document)));
  }
  GONGKAI_ASSIGN_OR_RETURN(search::Searcher searcher, search::Searcher::Create());
  GONGKAI_ASSIGN_OR_RETURN(const search::SearchResult result, searcher.Search(index, request));
  if (args.json) {
    PrintJson(index, result, *env.out);
  } else {
    PrintText(index, result, *env.out);
  }
  return core::Ok();
}

core::Status RunEval(CliEnvironment& env, const SearchArgs& args) {
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<search::SearchDocument> documents,
                           ReadCorpus(args.corpus, env));
  GONGKAI_ASSIGN_OR_RETURN(const std::string query_text, ReadFileText(args.queries));
  auto queries = search::ParseJudgedQueries(query_text);
  if (!queries.has_value()) {
    return core::Error::InvalidArgument(args.queries + "：" + queries.error().message);
  }
  GONGKAI_ASSIGN_OR_RETURN(auto gongkai, search::MakeGongkaiEngine(documents));
  GONGKAI_ASSIGN_OR_RETURN(auto fts5, search::MakeFts5TrigramEngine(documents));
  GONGKAI_ASSIGN_OR_RETURN(auto like, search::MakeLikeScanEngine(documents));
  GONGKAI_ASSIGN_OR_RETURN(const auto reports,
                           search::Evaluate(*queries, {gongkai.get(), fts5.get(), like.get()}));
  *env.out << documents.size() << " 篇文档，" << queries->size() << " 条查询\n"
           << search::FormatEvaluation(reports);
  for (const search::EngineReport& report : reports) {
    if (!report.empty_query_ids.empty()) {
      *env.out << report.engine << " 无结果的查询：" << report.empty_query_ids.size() << " 条\n";
    }
  }
  return core::Ok();
}

core::Status RunGenerate(CliEnvironment& env, const SearchArgs& args) {
  const search::RelevanceSet set =
      search::GenerateRelevanceSet(search::CorpusOptions{args.documents, args.seed});
  GONGKAI_TRY(WriteWholeFile(args.corpus, search::CorpusToJsonl(set.documents)));
  GONGKAI_TRY(WriteWholeFile(args.queries, search::JudgedQueriesToJson(set.queries)));
  *env.out << "已生成 " << set.documents.size() << " 篇文档（" << args.corpus << "）和 "
           << set.queries.size() << " 条评判查询（" << args.queries << "）\n";
  return core::Ok();
}

}  // namespace

void RegisterSearchCommand(CLI::App& app, CliEnvironment& env, int& exit_code) {
  auto args = std::make_shared<SearchArgs>();
  CLI::App* cmd =
      app.add_subcommand("search", "全文检索政府信息公开目录（中文分词、文号、同义词）");
  cmd->require_subcommand(0, 1);
  cmd->add_option("QUERY", args->query,
                  "查询词，如 电梯、国办发〔2019〕19号、开网店要办营业执照吗");
  cmd->add_option("--corpus", args->corpus, "目录文件（JSON Lines，每行一条；.csv 为 CSV）");
  cmd->add_flag("--json", args->json, "以 JSON 输出 {total, hits}");
  cmd->add_option("--limit", args->limit, "返回条数")->capture_default_str();
  cmd->add_option("--agency", args->agency, "只看该发布机构");
  cmd->add_option("--category", args->category, "只看该主题分类");
  cmd->add_option("--genre", args->genre, "只看该体裁");
  cmd->add_option("--year", args->year, "只看该年度发布的");
  cmd->add_option("--validity", args->validity, "只看该效力状态（现行有效、已废止…）");

  CLI::App* eval =
      cmd->add_subcommand("eval", "评测：gongkai 与 FTS5 trigram、LIKE 的 P@10 等指标");
  eval->add_option("--corpus", args->corpus, "目录文件（JSON Lines）")->required();
  eval->add_option("--queries", args->queries, "评判查询（JSON 数组）")->required();

  CLI::App* generate = cmd->add_subcommand("generate", "生成可复现的评测集（文档与评判查询）");
  generate->add_option("--documents", args->documents, "文档篇数")->capture_default_str();
  generate->add_option("--seed", args->seed, "随机种子")->capture_default_str();
  generate->add_option("--corpus", args->corpus, "输出的目录文件")->required();
  generate->add_option("--queries", args->queries, "输出的查询文件")->required();

  SetStatusCallback(*cmd, env, exit_code, [&env, args, eval, generate] {
    if (eval->parsed()) {
      return RunEval(env, *args);
    }
    if (generate->parsed()) {
      return RunGenerate(env, *args);
    }
    return RunQuery(env, *args);
  });
}

}  // namespace gongkai::cli
