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

int HexValue(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

std::string UrlDecode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 &&
               HexValue(text[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
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

std::map<std::string, std::string> ParseFormBody(std::string_view body) {
  std::map<std::string, std::string> fields;
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find('&', start);
    if (end == std::string_view::npos) {
      end = body.size();
    }
    const std::string_view pair = body.substr(start, end - start);
    const auto equals = pair.find('=');
    if (!pair.empty()) {
      const std::string name = UrlDecode(pair.substr(0, equals));
      fields[name] = equals == std::string_view::npos ? "" : UrlDecode(pair.substr(equals + 1));
    }
    start = end + 1;
  }
  return fields;
}

}  // namespace gongkai::web
