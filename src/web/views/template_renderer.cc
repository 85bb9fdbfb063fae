#include "web/views/template_renderer.h"

#include <cstdio>

#include "core/check.h"
#include "web/views/html_escape.h"

namespace gongkai::web {
namespace {

const std::string& ValueOf(const TemplateValues& values, std::string_view name) {
  const auto it = values.find(name);
  if (it == values.end()) {
    std::fprintf(stderr, "template placeholder without a value: %.*s\n",
                 static_cast<int>(name.size()), name.data());
  }
  // A placeholder without a value means the view and its template disagree.
  GONGKAI_CHECK(it != values.end());
  return it->second;
}

}  // namespace

std::string RenderTemplate(std::string_view text, const TemplateValues& values) {
  std::string out;
  out.reserve(text.size() * 2);
  std::size_t position = 0;
  while (position < text.size()) {
    const std::size_t open = text.find("{{", position);
    if (open == std::string_view::npos) {
      out.append(text.substr(position));
      break;
    }
    out.append(text.substr(position, open - position));
    const bool raw = text.substr(open, 3) == "{{{";
    const std::string_view closing = raw ? "}}}" : "}}";
    const std::size_t name_start = open + (raw ? 3 : 2);
    const std::size_t close = text.find(closing, name_start);
    // An unterminated placeholder is a typo in a compiled-in template.
    GONGKAI_CHECK(close != std::string_view::npos);
    const std::string& value = ValueOf(values, text.substr(name_start, close - name_start));
    out += raw ? value : HtmlEscape(value);
    position = close + closing.size();
  }
  return out;
}

}  // namespace gongkai::web
