// Accessible form controls for the server-rendered forms: every control has a <label>, an optional
// hint, and — after a failed submission — its Chinese error message linked by aria-describedby,
// with the previous input kept. Values are escaped here.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::web {

struct SelectOption {
  std::string value;
  std::string label;
  std::string group;  // <optgroup> label; consecutive options with the same group share one
};

struct FieldSpec {
  std::string name;
  std::string label;
  std::string value;                 // current value (re-displayed after an error)
  std::optional<std::string> error;  // message shown under the label
  std::string hint;                  // optional help text
  bool required = false;
  std::string id_prefix;  // makes element ids unique when several forms share field names
};

// <input type=`type`> ("text", "date", "number", "password").
std::string InputField(const FieldSpec& spec, std::string_view type = "text");
std::string TextAreaField(const FieldSpec& spec);
// A select with a leading "请选择" option; `spec.value` picks the selected option.
std::string SelectField(const FieldSpec& spec, std::span<const SelectOption> options);
// <input type=hidden>.
std::string HiddenField(std::string_view name, std::string_view value);

}  // namespace gongkai::web
