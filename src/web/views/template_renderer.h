// A deliberately tiny template language for the page templates in web/templates/: `{{name}}` is
// replaced by the HTML-escaped value, `{{{name}}}` by the raw value (an HTML fragment the views
// built and escaped themselves). No logic in templates: loops and conditions live in the views.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace gongkai::web {

using TemplateValues = std::map<std::string, std::string, std::less<>>;

// Fills `text`. Every placeholder must have a value: a missing one is a bug in the view (the
// templates are compiled in), checked with GONGKAI_CHECK. Pure.
std::string RenderTemplate(std::string_view text, const TemplateValues& values);

}  // namespace gongkai::web
