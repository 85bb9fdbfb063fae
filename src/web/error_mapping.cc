#include "web/error_mapping.h"

#include <array>
#include <utility>

#include <nlohmann/json.hpp>

namespace gongkai::web {
namespace {

constexpr std::array<std::pair<core::ErrorCode, int>, 8> kStatusTable = {{
    {core::ErrorCode::kInvalidArgument, 400},
    {core::ErrorCode::kPermissionDenied, 403},
    {core::ErrorCode::kNotFound, 404},
    {core::ErrorCode::kConflict, 409},
    {core::ErrorCode::kFailedPrecondition, 422},
    {core::ErrorCode::kUnavailable, 503},
    {core::ErrorCode::kResourceExhausted, 429},
    {core::ErrorCode::kInternal, 500},
}};

}  // namespace

int HttpStatusFor(core::ErrorCode code) {
  for (const auto& [error_code, status] : kStatusTable) {
    if (error_code == code) {
      return status;
    }
  }
  return 500;
}

std::string ErrorJson(const core::Error& error, const std::optional<std::string>& field) {
  nlohmann::json body;
  body["error"]["code"] = std::string(core::ErrorCodeName(error.code));
  body["error"]["message"] = error.message;
  if (field.has_value()) {
    body["error"]["field"] = *field;
  }
  // Replace invalid UTF-8 rather than throwing: messages may echo user input.
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

HttpResponse JsonError(const core::Error& error, const std::optional<std::string>& field) {
  return HttpResponse::Json(HttpStatusFor(error.code), ErrorJson(error, field));
}

}  // namespace gongkai::web
