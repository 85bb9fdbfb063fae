#include "web/form_value.h"

namespace gongkai::web {

std::string TrimmedValue(const FieldMap& fields, std::string_view name) {
  const auto it = fields.find(std::string(name));
  if (it == fields.end()) {
    return "";
  }
  const auto first = it->second.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) {
    return "";
  }
  const auto last = it->second.find_last_not_of(" \t\r\n");
  return it->second.substr(first, last - first + 1);
}

}  // namespace gongkai::web
