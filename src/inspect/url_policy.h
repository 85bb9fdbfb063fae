// Which URLs the crawler follows inside the site: canonical forms (session ids removed) and the
// link traps that would make a crawl endless — calendars, endless query strings, print and
// 无障碍 variants of every page, paths that repeat themselves, very long URLs. Stateful only
// through its counters, so one instance serves one crawl. No sockets: tested as a plain class.
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "inspect/url.h"

namespace gongkai::inspect {

struct TrapLimits {
  std::size_t max_url_length = 512;       // longer URLs are not followed
  std::size_t max_calendar_pages = 24;    // date-parameter pages per path (two years of months)
  std::size_t max_query_variants = 200;   // distinct query strings per path
  std::size_t max_repeated_segments = 2;  // the same path segment at most twice
  std::size_t max_depth = 30;             // links from the homepage
};

enum class UrlAdmission {
  kFollow,
  kTrapCalendar,
  kTrapQuery,
  kVariant,  // print / 无障碍 / 长者模式 variant of a page
  kTrapRepeatedPath,
  kTooLong,
  kTooDeep,
};

// The limit name reported for an admission other than kFollow ("trap_calendar", …).
std::string_view AdmissionLimitName(UrlAdmission admission);

class UrlPolicy {
 public:
  explicit UrlPolicy(TrapLimits limits) : limits_(limits) {}

  // `url` without session ids (;jsessionid=…, sid=, PHPSESSID=, sessionid=, token=) and with
  // an empty trailing '?' removed. Pure.
  static Url Canonical(Url url);

  // Decides whether the crawler follows the canonical same-site `url`, found at `depth`.
  // Counts what it admits, so call it once per newly seen URL.
  UrlAdmission Admit(const Url& url, std::size_t depth);

 private:
  TrapLimits limits_;
  std::map<std::string, std::size_t> calendar_pages_;  // per path
  std::map<std::string, std::size_t> query_variants_;  // per path
};

}  // namespace gongkai::inspect
