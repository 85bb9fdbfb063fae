#include "inspect/url.h"

#include <charconv>
#include <vector>

#include "audit/ascii_text.h"

namespace gongkai::inspect {
namespace {

int DefaultPort(std::string_view scheme) {
  return scheme == "https" ? 443 : 80;
}

bool HasForbiddenByte(std::string_view text) {
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F) {
      return true;
    }
  }
  return false;
}

// Removes "." and ".." segments (RFC 3986 section 5.2.4).
std::string RemoveDotSegments(std::string_view path) {
  std::vector<std::string_view> segments;
  std::size_t start = 1;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) {
      end = path.size();
    }
    const std::string_view segment = path.substr(start, end - start);
    const bool last = end == path.size();
    if (segment == "..") {
      if (!segments.empty()) {
        segments.pop_back();
      }
      if (last) {
        segments.emplace_back();
      }
    } else if (segment == ".") {
      if (last) {
        segments.emplace_back();
      }
    } else {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string_view segment : segments) {
    out += '/';
    out += segment;
  }
  return out.empty() ? "/" : out;
}

std::optional<int> ParsePort(std::string_view text) {
  int port = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), port);
  if (error != std::errc() || end != text.data() + text.size() || port <= 0 || port > 65535) {
    return std::nullopt;
  }
  return port;
}

std::string_view StripWhitespace(std::string_view text) {
  while (!text.empty() && static_cast<unsigned char>(text.front()) <= 0x20) {
    text.remove_prefix(1);
  }
  while (!text.empty() && static_cast<unsigned char>(text.back()) <= 0x20) {
    text.remove_suffix(1);
  }
  return text;
}

// Splits "host[:port]" (or "[v6]:port"); false when the port is malformed.
bool ParseAuthority(std::string_view authority, Url& url) {
  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
    authority.remove_prefix(at + 1);
  }
  std::string_view host = authority;
  std::string_view port;
  if (!authority.empty() && authority.front() == '[') {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos) {
      return false;
    }
    host = authority.substr(1, close - 1);
    const std::string_view rest = authority.substr(close + 1);
    if (!rest.empty()) {
      if (rest.front() != ':') {
        return false;
      }
      port = rest.substr(1);
    }
  } else if (const std::size_t colon = authority.rfind(':'); colon != std::string_view::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
  }
  if (host.empty()) {
    return false;
  }
  url.host = audit::LowerAscii(host);
  if (!port.empty()) {
    const std::optional<int> number = ParsePort(port);
    if (!number) {
      return false;
    }
    url.port = *number;
  }
  return true;
}

std::string_view WithoutFragment(std::string_view text) {
  return text.substr(0, text.find('#'));
}

// Splits "path?query" into the url's fields, removing dot segments from the path.
void SetPathAndQuery(std::string_view rest, Url& url) {
  const std::size_t question = rest.find('?');
  const std::string_view path = rest.substr(0, question);
  url.query = question == std::string_view::npos ? "" : std::string(rest.substr(question + 1));
  url.path = path.empty() ? "/" : RemoveDotSegments(path);
}

std::string_view WithoutWww(std::string_view host) {
  return host.starts_with("www.") ? host.substr(4) : host;
}

}  // namespace

std::string Url::Origin() const {
  std::string origin = scheme + "://";
  origin += host.find(':') != std::string::npos ? "[" + host + "]" : host;
  if (port != DefaultPort(scheme)) {
    origin += ":" + std::to_string(port);
  }
  return origin;
}

std::string Url::PathAndQuery() const {
  return query.empty() ? path : path + "?" + query;
}

std::string Url::ToString() const {
  return Origin() + PathAndQuery();
}

std::optional<Url> ParseUrl(std::string_view text) {
  text = WithoutFragment(StripWhitespace(text));
  if (HasForbiddenByte(text)) {
    return std::nullopt;
  }
  const std::size_t colon = text.find("://");
  if (colon == std::string_view::npos) {
    return std::nullopt;
  }
  Url url;
  url.scheme = audit::LowerAscii(text.substr(0, colon));
  if (url.scheme != "http" && url.scheme != "https") {
    return std::nullopt;
  }
  url.port = DefaultPort(url.scheme);
  const std::string_view rest = text.substr(colon + 3);
  const std::size_t path_start = rest.find_first_of("/?");
  if (!ParseAuthority(rest.substr(0, path_start), url)) {
    return std::nullopt;
  }
  SetPathAndQuery(path_start == std::string_view::npos ? "" : rest.substr(path_start), url);
  if (url.path.front() != '/') {
    url.path.insert(0, 1, '/');
  }
  return url;
}

std::optional<Url> ResolveUrl(const Url& base, std::string_view reference) {
  reference = WithoutFragment(StripWhitespace(reference));
  if (reference.empty() || HasForbiddenByte(reference)) {
    return std::nullopt;
  }
  if (reference.starts_with("//")) {
    return ParseUrl(base.scheme + ":" + std::string(reference));
  }
  const std::size_t scheme_end = reference.find(':');
  const std::size_t first_delimiter = reference.find_first_of("/?");
  if (scheme_end != std::string_view::npos && scheme_end < first_delimiter) {
    return ParseUrl(reference);  // has a scheme: mailto:, javascript:, http:, …
  }
  Url url = base;
  if (reference.front() == '/') {
    SetPathAndQuery(reference, url);
  } else if (reference.front() == '?') {
    url.query = std::string(reference.substr(1));
  } else {
    const std::string directory = base.path.substr(0, base.path.rfind('/') + 1);
    SetPathAndQuery(directory + std::string(reference), url);
  }
  return url;
}

bool SameSite(const Url& a, const Url& b) {
  const bool default_ports = a.port == DefaultPort(a.scheme) && b.port == DefaultPort(b.scheme);
  return WithoutWww(a.host) == WithoutWww(b.host) && (a.port == b.port || default_ports);
}

}  // namespace gongkai::inspect
