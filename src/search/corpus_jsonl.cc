#include "search/corpus_jsonl.h"

#include <nlohmann/json.hpp>

#include "domain/catalogue_import.h"

namespace gongkai::search {
namespace {

using Json = nlohmann::json;

void Put(Json& object, const char* key, const std::string& value) {
  if (!value.empty()) {
    object[key] = value;
  }
}

}  // namespace

SearchDocument ToSearchDocument(const domain::CatalogueItem& item, core::Date today) {
  SearchDocument document;
  document.index_no = item.index_no;
  document.title = item.title;
  document.doc_no = item.doc_no;
  document.agency = item.issuer;
  document.category = item.topic;
  document.genre = item.genre;
  for (const std::string& keyword : item.keywords) {
    document.keywords += (document.keywords.empty() ? "" : " ") + keyword;
  }
  document.summary = item.summary;
  document.body = item.body;
  document.published_on = item.published_on ? item.published_on->ToString() : "";
  document.validity = domain::ValidityOn(item, today);
  return document;
}

core::Result<std::vector<SearchDocument>> ParseCorpus(std::string_view text, CorpusFormat format,
                                                      core::Date today) {
  const domain::CatalogueImport parsed = format == CorpusFormat::kCsv
                                             ? domain::ParseCatalogueCsv(text)
                                             : domain::ParseCatalogueJsonl(text);
  if (!parsed.errors.empty()) {
    const domain::ImportRowError& first = parsed.errors.front();
    return core::Error::InvalidArgument("第 " + std::to_string(first.row) + " 行：" +
                                        first.message + "（共 " +
                                        std::to_string(parsed.errors.size()) + " 行有错，未导入）");
  }
  std::vector<SearchDocument> documents;
  documents.reserve(parsed.items.size());
  for (const domain::CatalogueItem& item : parsed.items) {
    documents.push_back(ToSearchDocument(item, today));
    if (documents.back().index_no.empty()) {
      documents.back().index_no = "行" + std::to_string(documents.size());
    }
  }
  return documents;
}

std::string CorpusToJsonl(const std::vector<SearchDocument>& documents) {
  std::string out;
  for (const SearchDocument& document : documents) {
    Json object = Json::object();
    Put(object, "index_no", document.index_no);
    Put(object, "title", document.title);
    Put(object, "doc_no", document.doc_no);
    Put(object, "agency", document.agency);
    Put(object, "published_on", document.published_on);
    Put(object, "category", document.category);
    Put(object, "genre", document.genre);
    Put(object, "keywords", document.keywords);
    Put(object, "summary", document.summary);
    if (document.validity) {
      Put(object, "validity", std::string(domain::CatalogueValidityLabel(*document.validity)));
    }
    Put(object, "body", document.body);
    out += object.dump(-1, ' ', false, Json::error_handler_t::replace);
    out += '\n';
  }
  return out;
}

core::Result<std::vector<JudgedQuery>> ParseJudgedQueries(std::string_view text) {
  const Json array = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (array.is_discarded() || !array.is_array()) {
    return core::Error::InvalidArgument("查询文件应为 JSON 数组");
  }
  std::vector<JudgedQuery> queries;
  for (const Json& item : array) {
    const std::string position = "第 " + std::to_string(queries.size() + 1) + " 条查询";
    if (!item.is_object() || !item.contains("q") || !item["q"].is_string() ||
        !item.contains("relevant") || !item["relevant"].is_array()) {
      return core::Error::InvalidArgument(position + "：须有字符串 q 和数组 relevant");
    }
    JudgedQuery query;
    query.q = item["q"].get<std::string>();
    query.id = item.contains("id") && item["id"].is_string() ? item["id"].get<std::string>()
                                                             : std::to_string(queries.size() + 1);
    query.kind = item.contains("kind") && item["kind"].is_string() ? item["kind"].get<std::string>()
                                                                   : "other";
    for (const Json& id : item["relevant"]) {
      if (!id.is_string()) {
        return core::Error::InvalidArgument(position + "：relevant 中应为索引号字符串");
      }
      query.relevant.push_back(id.get<std::string>());
    }
    queries.push_back(std::move(query));
  }
  return queries;
}

std::string JudgedQueriesToJson(const std::vector<JudgedQuery>& queries) {
  std::string out = "[\n";
  for (size_t i = 0; i < queries.size(); ++i) {
    const JudgedQuery& query = queries[i];
    const Json object = {
        {"id", query.id}, {"q", query.q}, {"kind", query.kind}, {"relevant", query.relevant}};
    out += object.dump(-1, ' ', false, Json::error_handler_t::replace);
    out += i + 1 < queries.size() ? ",\n" : "\n";
  }
  return out + "]\n";
}

}  // namespace gongkai::search
