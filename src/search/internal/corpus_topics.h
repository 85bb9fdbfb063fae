// The vocabulary of the relevance corpus: departments and the topics their documents are about,
// with the wording documents use and the queries people type for each topic. The generator
// (corpus_generator.h) writes documents from it and judges queries by topic, never by words.
#pragma once

#include <array>
#include <span>
#include <string_view>

namespace gongkai::search::internal {

struct Department {
  std::string_view name;         // 市场监督管理局 (after the city name)
  std::string_view short_name;   // 市场监管局, as people type it
  std::string_view doc_code;     // 市监 in 杭市监发〔2021〕3号
  std::string_view legacy_name;  // the pre-2018 name some older documents carry, or ""
};

struct TopicQuery {
  std::string_view kind;  // short, topic, colloquial, typo, alias, abbreviation
  std::string_view text;
};

struct Topic {
  size_t department = 0;      // index into Departments()
  std::string_view group;     // topics of one group are all relevant to the group's short query
  std::string_view category;  // 主题分类
  std::array<std::string_view, 3> phrases;    // used in titles and keywords
  std::array<std::string_view, 4> sentences;  // used in bodies
  std::array<TopicQuery, 4> queries;  // judged: relevant = every document of the topic; "" unused
};

std::span<const Department> Departments();
std::span<const Topic> Topics();
// Queries whose relevant documents are every document of the named group (电梯 → 特种设备).
struct GroupQuery {
  std::string_view kind;
  std::string_view text;
  std::string_view group;
};
std::span<const GroupQuery> GroupQueries();
// Sentences any document may carry, about no topic.
std::span<const std::string_view> GenericSentences();

}  // namespace gongkai::search::internal
