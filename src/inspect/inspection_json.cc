#include "inspect/inspection_json.h"

#include <nlohmann/json.hpp>

namespace gongkai::inspect {
namespace {

using json = nlohmann::ordered_json;

Severity SeverityFromName(std::string_view name) {
  if (name == "veto") {
    return Severity::kVeto;
  }
  return name == "deduction" ? Severity::kDeduction : Severity::kWarning;
}

ItemResult ResultFromName(std::string_view name) {
  if (name == "passed") {
    return ItemResult::kPassed;
  }
  return name == "failed" ? ItemResult::kFailed : ItemResult::kUnknown;
}

Inspection FromJson(const json& root) {
  Inspection out;
  out.site = root.at("site").get<std::string>();
  out.pages_crawled = root.at("pages_crawled").get<std::size_t>();
  for (const json& limit : root.at("limits_hit")) {
    out.limits_hit.push_back({limit.at("limit").get<std::string>(),
                              limit.at("count").get<std::size_t>(),
                              limit.at("detail").get<std::string>()});
  }
  for (const json& problem : root.at("problems")) {
    out.problems.push_back({problem.at("rule").get<std::string>(),
                            SeverityFromName(problem.at("severity").get<std::string>()),
                            problem.at("page").get<std::string>(),
                            problem.at("target").get<std::string>(),
                            problem.at("excerpt").get<std::string>()});
  }
  for (const json& item : root.at("verdict")) {
    out.verdict.push_back({item.at("item").get<std::string>(),
                           ResultFromName(item.at("result").get<std::string>()),
                           item.at("evidence").get<std::string>(), true, 0});
  }
  out.prediction = root.at("prediction").get<std::string>();
  return out;
}

}  // namespace

std::string InspectionToJson(const Inspection& inspection) {
  json root = json::object();
  root["site"] = inspection.site;
  root["pages_crawled"] = inspection.pages_crawled;
  root["limits_hit"] = json::array();
  for (const LimitHit& limit : inspection.limits_hit) {
    root["limits_hit"].push_back(
        {{"limit", limit.limit}, {"count", limit.count}, {"detail", limit.detail}});
  }
  root["problems"] = json::array();
  for (const Problem& problem : inspection.problems) {
    root["problems"].push_back({{"rule", problem.rule},
                                {"severity", SeverityName(problem.severity)},
                                {"page", problem.page},
                                {"target", problem.target},
                                {"excerpt", problem.excerpt}});
  }
  root["verdict"] = json::array();
  for (const VerdictItem& item : inspection.verdict) {
    root["verdict"].push_back({{"item", item.item},
                               {"result", ItemResultName(item.result)},
                               {"evidence", item.evidence}});
  }
  root["prediction"] = inspection.prediction;
  return root.dump(2, ' ', false, json::error_handler_t::replace);
}

core::Result<Inspection> InspectionFromJson(std::string_view text) {
  try {
    return FromJson(json::parse(text));
  } catch (const json::exception& e) {
    return core::Error::InvalidArgument(std::string("巡查结果文件格式有误：") + e.what());
  }
}

}  // namespace gongkai::inspect
