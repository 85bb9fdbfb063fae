// Absolute http(s) URLs as the crawler sees them: parsed, resolved against a base and put in one
// canonical form, so that the same page reached by two spellings is fetched once.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::inspect {

struct Url {
  std::string scheme;  // "http" or "https", lower-case
  std::string host;    // lower-case, without brackets for IPv6 literals
  int port = 80;       // explicit or the scheme's default
  std::string path;    // starts with '/', percent-encoding kept as written
  std::string query;   // without the '?', empty when none

  // "scheme://host[:port]": the unit of politeness (rate limit, robots.txt).
  std::string Origin() const;
  // path plus "?query" when there is one: what robots.txt rules are matched against.
  std::string PathAndQuery() const;
  // The canonical text: origin, path and query; never a fragment.
  std::string ToString() const;
};

// Parses an absolute http or https URL; nullopt for other schemes, a missing host, a bad port,
// white space or control characters. The fragment is dropped.
std::optional<Url> ParseUrl(std::string_view text);

// Resolves `reference` (an href as written, character references already decoded) against
// `base` as RFC 3986 section 5 does, removing dot segments. nullopt for references that do not
// name an http(s) resource (mailto:, javascript:, tel:, data:, empty or fragment-only).
std::optional<Url> ResolveUrl(const Url& base, std::string_view reference);

// True when both URLs belong to the same site: same host, ignoring a leading "www.", and same
// port, where http on 80 and https on 443 count as one (government sites often link both).
bool SameSite(const Url& a, const Url& b);

}  // namespace gongkai::inspect
