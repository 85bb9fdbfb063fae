#include "inspect/robots.h"

#include <cstddef>

#include "audit/ascii_text.h"
#include "inspect/text_lines.h"

namespace gongkai::inspect {
namespace {

constexpr std::size_t kMaxRobotsBytes = 500 * 1024;

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

struct Line {
  std::string key;  // lower-case
  std::string_view value;
};

// "Key: value # comment" → {key, value}; false for blank lines, comments and garbage.
bool SplitLine(std::string_view line, Line& out) {
  line = line.substr(0, line.find('#'));
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) {
    return false;
  }
  out.key = audit::LowerAscii(Trim(line.substr(0, colon)));
  out.value = Trim(line.substr(colon + 1));
  return true;
}

// Collects the rules of the groups whose user-agent lines satisfy `wanted`.
template <typename Wanted>
std::vector<RobotsRules::Rule> CollectRules(std::string_view body, Wanted wanted, bool& found) {
  std::vector<RobotsRules::Rule> rules;
  bool in_agent_lines = false;  // consecutive user-agent lines start a group
  bool group_matches = false;
  for (const std::string_view text : SplitLines(body)) {
    Line line;
    if (SplitLine(text, line)) {
      if (line.key == "user-agent") {
        if (!in_agent_lines) {
          group_matches = false;
        }
        in_agent_lines = true;
        group_matches = group_matches || wanted(audit::LowerAscii(line.value));
      } else if (line.key == "allow" || line.key == "disallow") {
        in_agent_lines = false;
        if (group_matches) {
          found = true;
          if (!line.value.empty()) {
            rules.push_back({line.key == "allow", std::string(line.value)});
          }
        }
      } else {
        in_agent_lines = false;
      }
    }
  }
  return rules;
}

// Match length that decides between rules: the pattern's length, RFC 9309 section 2.2.2.
std::size_t Specificity(const RobotsRules::Rule& rule) {
  return rule.pattern.size();
}

}  // namespace

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  std::size_t p = 0;
  std::size_t s = 0;
  std::size_t star = std::string_view::npos;
  std::size_t star_s = 0;
  while (true) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = ++p;
      star_s = s;
      continue;
    }
    if (p == pattern.size()) {
      return true;  // a prefix match suffices
    }
    if (pattern[p] == '$' && p + 1 == pattern.size()) {
      if (s == path.size()) {
        return true;
      }
    } else if (s < path.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
      continue;
    }
    if (star == std::string_view::npos || star_s >= path.size()) {
      return false;
    }
    p = star;
    s = ++star_s;
  }
}

RobotsRules RobotsRules::Parse(std::string_view body, std::string_view product_token) {
  body = body.substr(0, kMaxRobotsBytes);
  const std::string token = audit::LowerAscii(product_token);
  bool found = false;
  std::vector<Rule> rules = CollectRules(
      body, [&token](const std::string& agent) { return agent == token; }, found);
  if (!found) {
    rules = CollectRules(
        body, [](const std::string& agent) { return agent == "*"; }, found);
  }
  return RobotsRules(std::move(rules), false);
}

bool RobotsRules::Allows(std::string_view path_and_query) const {
  if (path_and_query == "/robots.txt") {
    return true;
  }
  if (disallow_all_) {
    return false;
  }
  const Rule* best = nullptr;
  for (const Rule& rule : rules_) {
    if (!RobotsPatternMatches(rule.pattern, path_and_query)) {
      continue;
    }
    if (best == nullptr || Specificity(rule) > Specificity(*best) ||
        (Specificity(rule) == Specificity(*best) && rule.allow)) {
      best = &rule;
    }
  }
  return best == nullptr || best->allow;
}

}  // namespace gongkai::inspect
