// HttpRequest / HttpResponse: the transport-neutral request and response that handlers work on.
// The server adapts httplib's types to these, so every handler is a plain function that tests call
// without a socket.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gongkai::web {

struct HttpRequest {
  std::string method = "GET";  // "GET", "POST", …
  std::string path;            // e.g. "/cases/17"
  // Captures of the route pattern, e.g. {"tracking", "cq-scjg-2025-00017"}.
  std::map<std::string, std::string> path_params;
  // Query-string and url-encoded form fields (the last value wins for a repeated name).
  std::map<std::string, std::string> params;
  std::map<std::string, std::string> headers;  // lower-case names
  std::map<std::string, std::string> cookies;
  std::string body;
  // The client's address (the TCP peer, or X-Forwarded-For's last hop behind a configured
  // reverse proxy); "" in tests that do not set it.
  std::string remote_address;

  // The named path capture, query or form field, or nullopt.
  std::optional<std::string> PathParam(const std::string& name) const;
  std::optional<std::string> Param(const std::string& name) const;
  std::optional<std::string> Header(const std::string& lower_case_name) const;
  std::optional<std::string> Cookie(const std::string& name) const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  // A 303 See Other to `location` (the POST/redirect/GET pattern of the HTML forms).
  static HttpResponse Redirect(std::string location);
  static HttpResponse Html(int status, std::string body);
  static HttpResponse Json(int status, std::string body);
};

// Parses a Cookie header ("a=1; b=2") into name -> value. Malformed pairs are skipped.
std::map<std::string, std::string> ParseCookieHeader(const std::string& header);

// Decodes an application/x-www-form-urlencoded body ("a=1&b=%E4%B8%89+x") into name -> value
// (the last value wins). Malformed escapes are kept literally. Pure.
std::map<std::string, std::string> ParseFormBody(std::string_view body);

}  // namespace gongkai::web
