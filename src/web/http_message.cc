#include "web/http_message.h"

namespace gongkai::web {
namespace {

std::optional<std::string> Lookup(const std::map<std::string, std::string>& map,
                                  const std::string& key) {
  const auto it = map.find(key);
  if (it == map.end()) {
    return std::nullopt;
  }
  return it->second;
}

std::string Trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) {
    return "";
  }
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

}  // namespace

std::optional<std::string> HttpRequest::PathParam(const std::string& name) const {
  return Lookup(path_params, name);
}
std::optional<std::string> HttpRequest::Param(const std::string& name) const {
  return Lookup(params, name);
}
std::optional<std::string> HttpRequest::Header(const std::string& lower_case_name) const {
  return Lookup(headers, lower_case_name);
}
std::optional<std::string> HttpRequest::Cookie(const std::string& name) const {
  return Lookup(cookies, name);
}

HttpResponse HttpResponse::Redirect(std::string location) {
  HttpResponse response;
  response.status = 303;
  response.content_type = "text/plain; charset=utf-8";
  response.headers.emplace_back("Location", std::move(location));
  return response;
}

HttpResponse HttpResponse::Html(int status, std::string body) {
  HttpResponse response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

HttpResponse HttpResponse::Json(int status, std::string body) {
  HttpResponse response;
  response.status = status;
  response.content_type = "application/json; charset=utf-8";
  response.body = std::move(body);
  return response;
}

std::map<std::string, std::string> ParseCookieHeader(const std::string& header) {
  std::map<std::string, std::string> cookies;
  std::size_t start = 0;
  while (start < header.size()) {
    std::size_t end = header.find(';', start);
    if (end == std::string::npos) {
      end = header.size();
    }
    const std::string pair = header.substr(start, end - start);
    const auto equals = pair.find('=');
    if (equals != std::string::npos) {
      const std::string name = Trim(pair.substr(0, equals));
      if (!name.empty()) {
        cookies[name] = Trim(pair.substr(equals + 1));
      }
    }
    start = end + 1;
  }
  return cookies;
}

}  // namespace gongkai::web
