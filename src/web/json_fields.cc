#include "web/json_fields.h"

#include <nlohmann/json.hpp>

namespace gongkai::web {

core::Result<FieldMap> FlattenJsonBody(std::string_view body) {
  const nlohmann::json json = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) {
    return core::Error::InvalidArgument("请求体不是有效的 JSON");
  }
  if (!json.is_object()) {
    return core::Error::InvalidArgument("请求体应为 JSON 对象");
  }
  FieldMap fields;
  for (const auto& [key, value] : json.items()) {
    if (value.is_string()) {
      fields[key] = value.get<std::string>();
    } else if (value.is_number_integer() || value.is_number_unsigned()) {
      fields[key] = value.dump();
    } else if (value.is_boolean()) {
      fields[key] = value.get<bool>() ? "true" : "false";
    } else if (!value.is_null()) {
      return core::Error::InvalidArgument("字段“" + key + "”应为字符串或整数");
    }
  }
  return fields;
}

}  // namespace gongkai::web
