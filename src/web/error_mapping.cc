#include "web/error_mapping.h"

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <utility>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

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

core::Error UserFacingError(const core::Error& error) {
  if (error.code != core::ErrorCode::kInternal) {
    return error;
  }
  // Unique within the process and unlikely to repeat across restarts; not a secret.
  static std::atomic<std::uint64_t> counter{0};
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  const std::uint64_t id =
      (static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::seconds>(now).count())
       << 20) ^
      counter.fetch_add(1, std::memory_order_relaxed);
  char text[17];
  std::snprintf(text, sizeof text, "%012llx",
                static_cast<unsigned long long>(id & 0xFFFFFFFFFFFFULL));
  spdlog::error("internal error, request id {}: {}", text, error.message);
  return core::Error::Internal(std::string("系统内部错误（编号 ") + text +
                               "），请稍后再试；如仍有问题，请将编号告知网站管理员");
}

HttpResponse JsonError(const core::Error& error, const std::optional<std::string>& field) {
  return HttpResponse::Json(HttpStatusFor(error.code), ErrorJson(UserFacingError(error), field));
}

}  // namespace gongkai::web
