// robots.txt as RFC 9309 reads it: the group for our product token (or "*"), its allow and
// disallow rules with '*' and '$' patterns, the longest match deciding and allow winning ties.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::inspect {

class RobotsRules {
 public:
  struct Rule {
    bool allow = false;
    std::string pattern;  // as written, starts with '/' or '*'
  };

  // Everything allowed: what a missing robots.txt (4xx) means (RFC 9309 section 2.3.1.3).
  static RobotsRules AllowAll() { return RobotsRules({}, false); }
  // Everything disallowed: what an unreachable robots.txt (5xx, network error) means.
  static RobotsRules DisallowAll() { return RobotsRules({}, true); }

  // Parses `body` for `product_token` (case-insensitive, e.g. "gongkai"): the groups naming it,
  // merged, or else the "*" groups. Only the first 500 KiB are read, as the RFC allows. Never
  // fails: lines that are not rules are ignored.
  static RobotsRules Parse(std::string_view body, std::string_view product_token);

  // Whether `path_and_query` (starting with '/', percent-encoding as in the URL) may be fetched.
  // "/robots.txt" itself is always allowed.
  bool Allows(std::string_view path_and_query) const;

 private:
  RobotsRules(std::vector<Rule> rules, bool disallow_all)
      : rules_(std::move(rules)), disallow_all_(disallow_all) {}

  std::vector<Rule> rules_;
  bool disallow_all_ = false;
};

// True when `path` matches the robots.txt `pattern` from its start ('*' any run, '$' at the end
// anchors). Linear in practice: backtracking is bounded by the pattern's '*' count.
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

}  // namespace gongkai::inspect
