#include "inspect/url_policy.h"

#include <algorithm>
#include <array>
#include <set>
#include <vector>

#include "audit/ascii_text.h"

namespace gongkai::inspect {
namespace {

constexpr std::array<std::string_view, 7> kSessionParameters = {
    "jsessionid", "phpsessid", "sid", "sessionid", "aspsessionid", "token", "_session"};
constexpr std::array<std::string_view, 9> kCalendarParameters = {
    "year", "month", "day", "date", "ym", "statisticsyear", "calendar", "riqi", "time"};
constexpr std::array<std::string_view, 6> kVariantParameters = {
    "print", "printable", "wza", "accessible", "font", "fontsize"};
constexpr std::array<std::string_view, 6> kVariantPathParts = {"/print/", "_print.",  "/wza/",
                                                               "/wza2/",  "/oldman/", "/zhangzhe/"};

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end - start));
    if (end == std::string_view::npos) {
      return parts;
    }
    start = end + 1;
  }
}

std::string ParameterName(std::string_view parameter) {
  return audit::LowerAscii(parameter.substr(0, parameter.find('=')));
}

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

// A value like 2024, 2024-05, 202405 or 2024-05-06: a calendar page.
bool LooksLikeDateValue(std::string_view value) {
  std::size_t digits = 0;
  for (const char c : value) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != '-' && c != '/' && c != '.') {
      return false;
    }
  }
  return digits >= 6 && digits <= 8;
}

bool IsCalendarQuery(std::string_view query) {
  for (const std::string_view parameter : Split(query, '&')) {
    const std::size_t equals = parameter.find('=');
    const std::string_view value =
        equals == std::string_view::npos ? std::string_view() : parameter.substr(equals + 1);
    if (Contains(kCalendarParameters, ParameterName(parameter)) || LooksLikeDateValue(value)) {
      return true;
    }
  }
  return false;
}

bool IsVariant(const Url& url) {
  const std::string path = audit::LowerAscii(url.path);
  for (const std::string_view part : kVariantPathParts) {
    if (path.find(part) != std::string::npos) {
      return true;
    }
  }
  if (url.host.starts_with("wza.") || url.host.starts_with("wza2.")) {
    return true;
  }
  for (const std::string_view parameter : Split(url.query, '&')) {
    if (Contains(kVariantParameters, ParameterName(parameter))) {
      return true;
    }
  }
  return false;
}

bool RepeatsSegments(std::string_view path, std::size_t max_repeats) {
  std::map<std::string_view, std::size_t> counts;
  for (const std::string_view segment : Split(path, '/')) {
    if (!segment.empty() && ++counts[segment] > max_repeats) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view AdmissionLimitName(UrlAdmission admission) {
  switch (admission) {
    case UrlAdmission::kFollow:
      return "follow";
    case UrlAdmission::kTrapCalendar:
      return "trap_calendar";
    case UrlAdmission::kTrapQuery:
      return "trap_query";
    case UrlAdmission::kVariant:
      return "trap_variant";
    case UrlAdmission::kTrapRepeatedPath:
      return "trap_repeated_path";
    case UrlAdmission::kTooLong:
      return "max_url_length";
    case UrlAdmission::kTooDeep:
      return "max_depth";
  }
  return "unknown";
}

Url UrlPolicy::Canonical(Url url) {
  if (const std::size_t semicolon = audit::LowerAscii(url.path).find(";jsessionid=");
      semicolon != std::string::npos) {
    url.path.erase(semicolon);
  }
  std::string query;
  for (const std::string_view parameter : Split(url.query, '&')) {
    if (parameter.empty() || Contains(kSessionParameters, ParameterName(parameter))) {
      continue;
    }
    query += query.empty() ? "" : "&";
    query += parameter;
  }
  url.query = std::move(query);
  return url;
}

UrlAdmission UrlPolicy::Admit(const Url& url, std::size_t depth) {
  if (url.ToString().size() > limits_.max_url_length) {
    return UrlAdmission::kTooLong;
  }
  if (depth > limits_.max_depth) {
    return UrlAdmission::kTooDeep;
  }
  if (IsVariant(url)) {
    return UrlAdmission::kVariant;
  }
  if (RepeatsSegments(url.path, limits_.max_repeated_segments)) {
    return UrlAdmission::kTrapRepeatedPath;
  }
  if (url.query.empty()) {
    return UrlAdmission::kFollow;
  }
  if (IsCalendarQuery(url.query) && ++calendar_pages_[url.path] > limits_.max_calendar_pages) {
    return UrlAdmission::kTrapCalendar;
  }
  if (++query_variants_[url.path] > limits_.max_query_variants) {
    return UrlAdmission::kTrapQuery;
  }
  return UrlAdmission::kFollow;
}

}  // namespace gongkai::inspect
