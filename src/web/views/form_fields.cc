#include "web/views/form_fields.h"

#include "web/views/html_escape.h"

namespace gongkai::web {
namespace {

// The opening of a field: wrapper, label, hint and error, with ids for aria-describedby.
std::string FieldStart(const FieldSpec& spec) {
  std::string html =
      spec.error.has_value() ? "<div class=\"field has-error\">" : "<div class=\"field\">";
  html +=
      "<label for=\"f-" + HtmlEscape(spec.id_prefix + spec.name) + "\">" + HtmlEscape(spec.label);
  if (spec.required) {
    html += "<span aria-hidden=\"true\">（必填）</span>";
  }
  html += "</label>";
  if (!spec.hint.empty()) {
    html += "<p class=\"hint\" id=\"h-" + HtmlEscape(spec.id_prefix + spec.name) + "\">" +
            HtmlEscape(spec.hint) + "</p>";
  }
  if (spec.error.has_value()) {
    html += "<p class=\"field-error\" id=\"e-" + HtmlEscape(spec.id_prefix + spec.name) + "\">" +
            HtmlEscape(*spec.error) + "</p>";
  }
  return html;
}

std::string ControlAttributes(const FieldSpec& spec) {
  std::string attributes = " id=\"f-" + HtmlEscape(spec.id_prefix + spec.name) + "\" name=\"" +
                           HtmlEscape(spec.name) + "\"";
  std::string described;
  if (!spec.hint.empty()) {
    described += "h-" + spec.id_prefix + spec.name;
  }
  if (spec.error.has_value()) {
    described += (described.empty() ? "" : " ") + ("e-" + spec.id_prefix + spec.name);
    attributes += " aria-invalid=\"true\"";
  }
  if (!described.empty()) {
    attributes += " aria-describedby=\"" + HtmlEscape(described) + "\"";
  }
  if (spec.required) {
    attributes += " aria-required=\"true\"";
  }
  return attributes;
}

}  // namespace

std::string InputField(const FieldSpec& spec, std::string_view type) {
  return FieldStart(spec) + "<input type=\"" + std::string(type) + "\"" + ControlAttributes(spec) +
         " value=\"" + HtmlEscape(spec.value) + "\"></div>";
}

std::string TextAreaField(const FieldSpec& spec) {
  return FieldStart(spec) + "<textarea" + ControlAttributes(spec) + ">" + HtmlEscape(spec.value) +
         "</textarea></div>";
}

std::string SelectField(const FieldSpec& spec, std::span<const SelectOption> options) {
  std::string html = FieldStart(spec) + "<select" + ControlAttributes(spec) + ">";
  html += "<option value=\"\">请选择</option>";
  std::string open_group;
  for (const SelectOption& option : options) {
    if (option.group != open_group) {
      if (!open_group.empty()) {
        html += "</optgroup>";
      }
      if (!option.group.empty()) {
        html += "<optgroup label=\"" + HtmlEscape(option.group) + "\">";
      }
      open_group = option.group;
    }
    html += "<option value=\"" + HtmlEscape(option.value) + "\"";
    if (option.value == spec.value) {
      html += " selected";
    }
    html += ">" + HtmlEscape(option.label) + "</option>";
  }
  if (!open_group.empty()) {
    html += "</optgroup>";
  }
  return html + "</select></div>";
}

std::string HiddenField(std::string_view name, std::string_view value) {
  return "<input type=\"hidden\" name=\"" + HtmlEscape(name) + "\" value=\"" + HtmlEscape(value) +
         "\">";
}

}  // namespace gongkai::web
