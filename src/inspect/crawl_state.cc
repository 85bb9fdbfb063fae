#include "inspect/crawl_state.h"

#include <nlohmann/json.hpp>

namespace gongkai::inspect {
namespace {

using nlohmann::json;

constexpr int kFormatVersion = 1;

json TaskToJson(const CrawlTask& task) {
  return {{"kind", static_cast<int>(task.kind)},
          {"url", task.url},
          {"linked", task.linked},
          {"depth", task.depth},
          {"chain", task.chain},
          {"head", task.head},
          {"redirects", task.redirects}};
}

CrawlTask TaskFromJson(const json& j) {
  CrawlTask task;
  task.kind = static_cast<CrawlTask::Kind>(j.at("kind").get<int>());
  task.url = j.at("url").get<std::string>();
  task.linked = j.at("linked").get<std::string>();
  task.depth = j.at("depth").get<std::size_t>();
  task.chain = j.at("chain").get<std::vector<std::string>>();
  task.head = j.at("head").get<bool>();
  task.redirects = j.at("redirects").get<std::size_t>();
  return task;
}

json LinkToJson(const LinkRecord& record) {
  json referrers = json::array();
  for (const LinkReferrer& referrer : record.referrers) {
    referrers.push_back({referrer.page, referrer.text});
  }
  return {{"internal", record.internal},
          {"done", record.done},
          {"state", static_cast<int>(record.state)},
          {"reason", record.reason},
          {"referrers", referrers}};
}

LinkRecord LinkFromJson(const json& j) {
  LinkRecord record;
  record.internal = j.at("internal").get<bool>();
  record.done = j.at("done").get<bool>();
  record.state = static_cast<LinkState>(j.at("state").get<int>());
  record.reason = j.at("reason").get<std::string>();
  for (const json& referrer : j.at("referrers")) {
    record.referrers.push_back(
        {referrer.at(0).get<std::string>(), referrer.at(1).get<std::string>()});
  }
  return record;
}

json DateText(const std::optional<core::Date>& date) {
  return date ? json(date->ToString()) : json(nullptr);
}

std::optional<core::Date> DateFrom(const json& j) {
  if (j.is_null()) {
    return std::nullopt;
  }
  auto date = core::Date::Parse(j.get<std::string>());
  return date ? std::optional<core::Date>(*date) : std::nullopt;
}

json AnalysisToJson(const AnalysisState& analysis) {
  json problems = json::array();
  for (const Problem& p : analysis.problems) {
    problems.push_back({p.rule, static_cast<int>(p.severity), p.page, p.target, p.excerpt});
  }
  json columns = json::array();
  for (const ColumnObservation& c : analysis.columns) {
    columns.push_back({c.page, c.name, static_cast<int>(c.column_class), DateText(c.newest),
                       c.dated_items, c.blank});
  }
  json messages = json::array();
  for (const MessageObservation& m : analysis.messages) {
    messages.push_back({m.page, m.row, m.asked.ToString(), DateText(m.answered), m.unanswered});
  }
  return {{"problems", problems},
          {"columns", columns},
          {"messages", messages},
          {"homepage_seen", analysis.homepage_seen},
          {"homepage_newest", DateText(analysis.homepage_newest)},
          {"homepage_links", analysis.homepage_links}};
}

AnalysisState AnalysisFromJson(const json& j) {
  AnalysisState analysis;
  for (const json& p : j.at("problems")) {
    analysis.problems.push_back(
        {p.at(0).get<std::string>(), static_cast<Severity>(p.at(1).get<int>()),
         p.at(2).get<std::string>(), p.at(3).get<std::string>(), p.at(4).get<std::string>()});
  }
  for (const json& c : j.at("columns")) {
    analysis.columns.push_back({c.at(0).get<std::string>(), c.at(1).get<std::string>(),
                                static_cast<ColumnClass>(c.at(2).get<int>()), DateFrom(c.at(3)),
                                c.at(4).get<std::size_t>(), c.at(5).get<bool>()});
  }
  for (const json& m : j.at("messages")) {
    const std::optional<core::Date> asked = DateFrom(m.at(2));
    analysis.messages.push_back({m.at(0).get<std::string>(), m.at(1).get<std::string>(),
                                 asked.value_or(core::Date()), DateFrom(m.at(3)),
                                 m.at(4).get<bool>()});
  }
  analysis.homepage_seen = j.at("homepage_seen").get<bool>();
  analysis.homepage_newest = DateFrom(j.at("homepage_newest"));
  analysis.homepage_links = j.at("homepage_links").get<std::size_t>();
  return analysis;
}

}  // namespace

std::string SaveCrawlState(const CrawlSnapshot& crawl, const AnalysisState& analysis) {
  json links = json::object();
  for (const auto& [url, record] : crawl.links) {
    links[url] = LinkToJson(record);
  }
  json pending = json::array();
  for (const CrawlTask& task : crawl.pending) {
    pending.push_back(TaskToJson(task));
  }
  const json root = {{"version", kFormatVersion},
                     {"root", crawl.root},
                     {"homepage", crawl.homepage},
                     {"pages_crawled", crawl.pages_crawled},
                     {"links_checked", crawl.links_checked},
                     {"pending", pending},
                     {"links", links},
                     {"limit_counts", crawl.limit_counts},
                     {"analysis", AnalysisToJson(analysis)}};
  return root.dump(-1, ' ', false, json::error_handler_t::replace);
}

core::Result<SavedCrawl> LoadCrawlState(std::string_view text) {
  try {
    const json root = json::parse(text);
    if (root.at("version").get<int>() != kFormatVersion) {
      return core::Error::InvalidArgument("抓取状态文件版本不符，请去掉 --resume 重新巡查");
    }
    SavedCrawl saved;
    saved.crawl.root = root.at("root").get<std::string>();
    saved.crawl.homepage = root.value("homepage", "");
    saved.crawl.pages_crawled = root.at("pages_crawled").get<std::size_t>();
    saved.crawl.links_checked = root.at("links_checked").get<std::size_t>();
    for (const json& task : root.at("pending")) {
      saved.crawl.pending.push_back(TaskFromJson(task));
    }
    for (const auto& [url, record] : root.at("links").items()) {
      saved.crawl.links.emplace(url, LinkFromJson(record));
    }
    saved.crawl.limit_counts = root.at("limit_counts").get<std::map<std::string, std::size_t>>();
    saved.analysis = AnalysisFromJson(root.at("analysis"));
    return saved;
  } catch (const json::exception& e) {
    return core::Error::InvalidArgument(std::string("抓取状态文件无法读取：") + e.what());
  }
}

}  // namespace gongkai::inspect
