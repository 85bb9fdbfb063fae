#include "search/corpus_generator.h"

#include <array>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>

#include "search/internal/corpus_topics.h"

namespace gongkai::search {
namespace {

using internal::Department;
using internal::Topic;

struct City {
  std::string_view name;  // 杭州市
  std::string_view bare;  // 杭州, as people type it
  std::string_view abbr;  // 杭, in 文号
};

constexpr std::array kCities = {
    City{"杭州市", "杭州", "杭"}, City{"宁波市", "宁波", "甬"}, City{"温州市", "温州", "温"},
    City{"嘉兴市", "嘉兴", "嘉"}, City{"湖州市", "湖州", "湖"}, City{"绍兴市", "绍兴", "绍"},
    City{"金华市", "金华", "金"}, City{"台州市", "台州", "台"},
};

constexpr std::array<std::string_view, 8> kGenres = {
    "通知", "办法", "实施方案", "政策解读", "行政处罚决定书", "办事指南", "公告", "工作动态"};
constexpr std::array<unsigned, 8> kGenreWeights = {25, 10, 10, 10, 10, 10, 10, 15};
constexpr std::array<std::string_view, 5> kActions = {"开展", "加强", "做好", "进一步规范", "部署"};
constexpr std::array<std::string_view, 6> kCompanies = {
    "某某商贸有限公司", "某某餐饮管理有限公司", "某某科技有限公司",
    "某某超市",         "某某建设工程有限公司", "某某药房"};
constexpr size_t kAnnualReportTopic = 20;

// splitmix64: a small PRNG whose sequence is the same everywhere.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  size_t Below(size_t bound) { return static_cast<size_t>(Next() % bound); }

 private:
  uint64_t state_;
};

struct Meta {
  size_t topic = 0;
  size_t city = 0;
  size_t department = 0;
  size_t genre = 0;
  int year = 0;
  std::optional<size_t> interprets;  // the policy a 政策解读 explains
};

std::string Str(std::string_view text) {
  return std::string(text);
}

std::string TwoDigits(size_t value) {
  return (value < 10 ? "0" : "") + std::to_string(value);
}

class Generator {
 public:
  explicit Generator(const CorpusOptions& options) : random_(options.seed), options_(options) {}

  RelevanceSet Run();

 private:
  size_t PickGenre(size_t department) {
    size_t total = 0;
    for (const unsigned weight : kGenreWeights) {
      total += weight;
    }
    size_t pick = random_.Below(total);
    size_t genre = 0;
    while (pick >= kGenreWeights[genre]) {
      pick -= kGenreWeights[genre];
      ++genre;
    }
    // Only the market regulator publishes 行政处罚决定书 in this corpus.
    return genre == 4 && department != 0 ? 7 : genre;
  }

  std::string Sentence(const Topic& topic) {
    return Str(topic.sentences[random_.Below(topic.sentences.size())]);
  }

  std::string DocNo(const Meta& meta, std::string_view kind) {
    const Department& department = internal::Departments()[meta.department];
    const int serial =
        ++serials_[std::make_tuple(meta.city, meta.department, meta.year, Str(kind))];
    return Str(kCities[meta.city].abbr) + Str(department.doc_code) + Str(kind) + "〔" +
           std::to_string(meta.year) + "〕" + std::to_string(serial) + "号";
  }

  std::string IndexNo(const Meta& meta) {
    const int serial = ++index_serials_[std::make_tuple(meta.city, meta.department, meta.year)];
    std::string serial_text = std::to_string(serial);
    serial_text.insert(0, 5 - std::min<size_t>(5, serial_text.size()), '0');
    return "113300" + TwoDigits(meta.city) + TwoDigits(meta.department) + "/" +
           std::to_string(meta.year) + "-" + serial_text;
  }

  std::string Agency(const Meta& meta) {
    const Department& department = internal::Departments()[meta.department];
    const bool legacy =
        !department.legacy_name.empty() && meta.year < 2018 && random_.Below(2) == 0;
    return Str(kCities[meta.city].name) + Str(legacy ? department.legacy_name : department.name);
  }

  // 文号 typed with the brackets people use instead of 〔〕; relevant: the document and the
  // 政策解读 that explain it.
  template <typename Add, typename RelevantIf>
  void AddDocNoQueries(const Add& add, const RelevantIf& relevant_if) {
    constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kBrackets = {
        std::pair{"[", "]"}, std::pair{"【", "】"}, std::pair{"(", ")"}, std::pair{"（", "）"},
        std::pair{"〔", "〕"}};
    std::vector<size_t> explained;
    for (const Meta& meta : metas_) {
      if (meta.interprets && !documents_[*meta.interprets].doc_no.empty()) {
        explained.push_back(*meta.interprets);
      }
    }
    for (size_t k = 0; k < 15 && !explained.empty(); ++k) {
      const size_t pick = explained[(k * 37) % explained.size()];
      std::string q = documents_[pick].doc_no;
      const auto& [open, close] = kBrackets[k % kBrackets.size()];
      q.replace(q.find("〔"), std::string_view("〔").size(), open);
      q.replace(q.find("〕"), std::string_view("〕").size(), close);
      add("docno", q, relevant_if([&](size_t i) {
            return i == pick || (metas_[i].interprets && *metas_[i].interprets == pick);
          }));
    }
  }

  std::string Body(const Meta& meta, const SearchDocument& document);
  void Title(const Meta& meta, SearchDocument& document);
  SearchDocument MakeDocument(Meta& meta);
  void AddQueries(RelevanceSet& set);

  Random random_;
  CorpusOptions options_;
  std::vector<Meta> metas_;
  std::vector<SearchDocument> documents_;
  std::map<std::tuple<size_t, size_t, int, std::string>, int> serials_;
  std::map<std::tuple<size_t, size_t, int>, int> index_serials_;
  // Policies (办法, 实施方案, 通知) by topic, for 政策解读 to explain.
  std::map<size_t, std::vector<size_t>> policies_;
};

void Generator::Title(const Meta& meta, SearchDocument& document) {
  const Topic& topic = internal::Topics()[meta.topic];
  const std::string phrase = Str(topic.phrases[random_.Below(topic.phrases.size())]);
  const std::string city = Str(kCities[meta.city].name);
  const std::string year = std::to_string(meta.year);
  if (meta.topic == kAnnualReportTopic) {
    document.title = document.agency + std::to_string(meta.year - 1) + "年政府信息公开工作年度报告";
    return;
  }
  switch (meta.genre) {
    case 0:
      document.title =
          "关于" + Str(kActions[random_.Below(kActions.size())]) + phrase + "工作的通知";
      break;
    case 1:
      document.title = city + phrase + (random_.Below(2) == 0 ? "管理办法" : "实施细则");
      break;
    case 2:
      document.title = city + year + "年" + phrase + "工作实施方案";
      break;
    case 3:
      document.title = "《" + documents_[*meta.interprets].title + "》政策解读";
      break;
    case 4:
      document.title = "行政处罚决定书（" + document.doc_no + "）";
      break;
    case 5:
      document.title = phrase + "办事指南";
      break;
    case 6:
      document.title = "关于" + phrase + "有关事项的公告";
      break;
    default:
      document.title = city + Str(internal::Departments()[meta.department].short_name) +
                       "扎实推进" + phrase + "工作";
  }
}

std::string Generator::Body(const Meta& meta, const SearchDocument& document) {
  const Topic& topic = internal::Topics()[meta.topic];
  std::string body;
  if (meta.genre == 3) {
    const SearchDocument& policy = documents_[*meta.interprets];
    body = "《" + policy.title + "》（" + policy.doc_no + "）已于" + policy.published_on +
           "印发实施。为便于公众理解，现就有关内容解读如下。一、起草背景。";
  } else if (meta.genre == 4) {
    body = "当事人：" + Str(kCompanies[random_.Below(kCompanies.size())]) + "。经查，";
  } else {
    body = "为做好" + Str(topic.phrases[0]) + "工作，根据有关法律法规规定，结合本市实际，" +
           document.agency + "现就有关事项通知如下。";
  }
  const size_t count = 2 + random_.Below(3);
  for (size_t i = 0; i < count; ++i) {
    body += Sentence(topic);
  }
  // Some documents touch another topic in passing, as real ones do.
  if (random_.Below(4) == 0) {
    body += "同时，" + Sentence(internal::Topics()[random_.Below(internal::Topics().size())]);
  }
  if (meta.genre == 4) {
    body += "上述行为违反了有关法律法规规定，本局决定：罚款" +
            std::to_string(1000 * (1 + random_.Below(50))) + "元。";
  }
  const auto generic = internal::GenericSentences();
  body += Str(generic[random_.Below(generic.size())]);
  body += Str(generic[random_.Below(generic.size())]);
  return body;
}

SearchDocument Generator::MakeDocument(Meta& meta) {
  const Topic& topic = internal::Topics()[meta.topic];
  SearchDocument document;
  if (meta.genre == 3) {
    const auto it = policies_.find(meta.topic);
    if (it == policies_.end() || it->second.empty()) {
      meta.genre = 0;
    } else {
      meta.interprets = it->second[random_.Below(it->second.size())];
      meta.city = metas_[*meta.interprets].city;
      meta.department = metas_[*meta.interprets].department;
      meta.year = std::max(meta.year, metas_[*meta.interprets].year);
    }
  }
  document.agency = Agency(meta);
  document.index_no = IndexNo(meta);
  document.published_on = std::to_string(meta.year) + "-" + TwoDigits(1 + random_.Below(12)) + "-" +
                          TwoDigits(1 + random_.Below(28));
  if (meta.genre == 0 || meta.genre == 1 || meta.genre == 2 || meta.genre == 6) {
    document.doc_no = DocNo(meta, meta.genre == 1 ? "规" : meta.genre == 6 ? "告" : "发");
  } else if (meta.genre == 4) {
    document.doc_no = DocNo(meta, "罚");
  }
  Title(meta, document);
  document.genre = meta.topic == kAnnualReportTopic ? "年度报告" : Str(kGenres[meta.genre]);
  document.category = Str(topic.category);
  document.keywords = Str(topic.phrases[0]) + " " + Str(topic.phrases[1]);
  document.summary = Str(topic.sentences[0]);
  document.body = Body(meta, document);
  if (meta.genre == 1 || meta.genre == 2) {
    const size_t roll = random_.Below(6);
    const bool old = meta.year < 2020;
    document.validity = !old || roll >= 3 ? Validity::kInForce
                        : roll == 0       ? Validity::kRevised
                        : meta.genre == 2 ? Validity::kExpired
                                          : Validity::kAbolished;
  }
  return document;
}

void Generator::AddQueries(RelevanceSet& set) {
  const auto topics = internal::Topics();
  const auto relevant_if = [&](const auto& predicate) {
    std::vector<std::string> ids;
    for (size_t i = 0; i < documents_.size(); ++i) {
      if (predicate(i)) {
        ids.push_back(documents_[i].index_no);
      }
    }
    return ids;
  };
  const auto add = [&](std::string_view kind, std::string q, std::vector<std::string> relevant) {
    if (!relevant.empty()) {
      set.queries.push_back(JudgedQuery{"q" + std::to_string(set.queries.size() + 1), std::move(q),
                                        Str(kind), std::move(relevant)});
    }
  };
  for (size_t t = 0; t < topics.size(); ++t) {
    for (const internal::TopicQuery& query : topics[t].queries) {
      if (!query.text.empty()) {
        add(query.kind, Str(query.text),
            relevant_if([&](size_t i) { return metas_[i].topic == t; }));
      }
    }
  }
  for (const internal::GroupQuery& query : internal::GroupQueries()) {
    add(query.kind, Str(query.text),
        relevant_if([&](size_t i) { return topics[metas_[i].topic].group == query.group; }));
  }
  AddDocNoQueries(add, relevant_if);
  for (size_t k = 0; k < 12; ++k) {
    const size_t city = k % kCities.size();
    const size_t department = (k * 3) % internal::Departments().size();
    const Department& names = internal::Departments()[department];
    add("agency",
        k % 2 == 0 ? Str(kCities[city].name) + Str(names.name)
                   : Str(kCities[city].bare) + Str(names.short_name),
        relevant_if([&](size_t i) {
          return metas_[i].city == city && metas_[i].department == department;
        }));
  }
  for (size_t k = 0; k < 12; ++k) {
    const size_t topic = (k * 7 + 3) % topics.size();
    const size_t city = (k * 5) % kCities.size();
    add("compound", Str(kCities[city].bare) + " " + Str(topics[topic].phrases[1]),
        relevant_if([&](size_t i) { return metas_[i].topic == topic && metas_[i].city == city; }));
  }
  for (size_t k = 0; k < 10 && !documents_.empty(); ++k) {
    size_t pick = (k * 311 + 17) % documents_.size();
    while (metas_[pick].genre == 3 || metas_[pick].genre == 4) {
      pick = (pick + 1) % documents_.size();
    }
    const std::string title = documents_[pick].title;
    add("title", title, relevant_if([&](size_t i) {
          const auto& explains = metas_[i].interprets;
          return documents_[i].title == title || (explains && documents_[*explains].title == title);
        }));
  }
  for (size_t k = 0; k < 6; ++k) {
    const size_t topic = (k * 5 + 1) % topics.size();
    add("phrase", "\"" + Str(topics[topic].phrases[0]) + "\"",
        relevant_if([&](size_t i) { return metas_[i].topic == topic; }));
  }
}

RelevanceSet Generator::Run() {
  const size_t topics = internal::Topics().size();
  for (size_t i = 0; i < options_.documents; ++i) {
    Meta meta;
    meta.topic = random_.Below(topics);
    meta.city = random_.Below(kCities.size());
    meta.department = internal::Topics()[meta.topic].department;
    if (meta.topic == kAnnualReportTopic) {
      meta.department = random_.Below(internal::Departments().size());
    }
    meta.year = 2016 + static_cast<int>(random_.Below(9));
    meta.genre = meta.topic == kAnnualReportTopic ? 7 : PickGenre(meta.department);
    SearchDocument document = MakeDocument(meta);
    if (meta.genre <= 2) {
      policies_[meta.topic].push_back(documents_.size());
    }
    metas_.push_back(meta);
    documents_.push_back(std::move(document));
  }
  RelevanceSet set;
  AddQueries(set);
  set.documents = std::move(documents_);
  return set;
}

}  // namespace

RelevanceSet GenerateRelevanceSet(const CorpusOptions& options) {
  return Generator(options).Run();
}

}  // namespace gongkai::search
