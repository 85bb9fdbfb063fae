#include "search/corpus_jsonl.h"

#include <nlohmann/json.hpp>

namespace gongkai::search {
namespace {

using Json = nlohmann::json;

core::Status ReadString(const Json& object, const char* key, std::string& out) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) {
    return core::Ok();
  }
  if (!it->is_string()) {
    return core::Error::InvalidArgument(std::string("字段 ") + key + " 应为字符串");
  }
  out = it->get<std::string>();
  return core::Ok();
}

core::Result<SearchDocument> ParseDocument(const Json& object) {
  if (!object.is_object()) {
    return core::Error::InvalidArgument("应为 JSON 对象");
  }
  SearchDocument document;
  std::string validity;
  std::string ignored;
  GONGKAI_TRY(ReadString(object, "index_no", document.index_no));
  GONGKAI_TRY(ReadString(object, "title", document.title));
  GONGKAI_TRY(ReadString(object, "doc_no", document.doc_no));
  GONGKAI_TRY(ReadString(object, "agency", document.agency));
  GONGKAI_TRY(ReadString(object, "category", document.category));
  GONGKAI_TRY(ReadString(object, "genre", document.genre));
  GONGKAI_TRY(ReadString(object, "keywords", document.keywords));
  GONGKAI_TRY(ReadString(object, "summary", document.summary));
  GONGKAI_TRY(ReadString(object, "body", document.body));
  GONGKAI_TRY(ReadString(object, "published_on", document.published_on));
  GONGKAI_TRY(ReadString(object, "written_on", ignored));
  GONGKAI_TRY(ReadString(object, "url", ignored));
  GONGKAI_TRY(ReadString(object, "validity", validity));
  if (document.title.empty() && document.body.empty()) {
    return core::Error::InvalidArgument("title 与 body 至少须有一项");
  }
  if (!validity.empty()) {
    const auto parsed = ParseValidity(validity);
    if (!parsed) {
      return core::Error::InvalidArgument("无法识别的效力状态：" + validity);
    }
    document.validity = *parsed;
  }
  return document;
}

void Put(Json& object, const char* key, const std::string& value) {
  if (!value.empty()) {
    object[key] = value;
  }
}

}  // namespace

core::Result<std::vector<SearchDocument>> ParseCorpusJsonl(std::string_view text) {
  std::vector<SearchDocument> documents;
  size_t line_number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end;
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      continue;
    }
    const Json object = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    auto document =
        object.is_discarded()
            ? core::Result<SearchDocument>(core::Error::InvalidArgument("不是有效的 JSON"))
            : ParseDocument(object);
    if (!document.has_value()) {
      return core::Error::InvalidArgument("第 " + std::to_string(line_number) + " 行：" +
                                          document.error().message);
    }
    if (document->index_no.empty()) {
      document->index_no = "行" + std::to_string(line_number);
    }
    documents.push_back(std::move(*document));
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
    Put(object, "validity", std::string(ValidityLabel(document.validity)));
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
