#include "inspect/link_outcome.h"

#include <algorithm>

namespace gongkai::inspect {

bool IsRetriable(const FetchResponse& response) {
  switch (response.failure) {
    case FetchFailure::kTimeout:
    case FetchFailure::kConnect:
      return true;
    case FetchFailure::kNone:
      return response.status == 429 || response.status >= 500;
    default:
      return false;
  }
}

bool HeadRefused(const FetchResponse& response) {
  return response.failure == FetchFailure::kNone &&
         (response.status == 405 || response.status == 501 || response.status == 400);
}

int RetryDelayMs(const FetchResponse& response, int attempt, int base_ms, int cap_ms) {
  if (response.retry_after_seconds > 0) {
    return std::min(response.retry_after_seconds * 1000, cap_ms);
  }
  const int shift = std::clamp(attempt - 1, 0, 16);
  return std::min(base_ms << shift, cap_ms);
}

LinkVerdict JudgeResponse(const FetchResponse& response) {
  switch (response.failure) {
    case FetchFailure::kDns:
      return {LinkState::kBroken, "域名无法解析"};
    case FetchFailure::kTimeout:
      return {LinkState::kSuspected, "响应超时"};
    case FetchFailure::kConnect:
      return {LinkState::kSuspected, "无法连接服务器"};
    case FetchFailure::kTls:
      return {LinkState::kSuspected, "TLS（HTTPS）握手或证书错误"};
    case FetchFailure::kOther:
      return {LinkState::kSuspected, "请求失败"};
    case FetchFailure::kNone:
      break;
  }
  const std::string status = "HTTP " + std::to_string(response.status);
  if (response.status >= 200 && response.status < 400) {
    return {LinkState::kOk, ""};
  }
  if (response.status >= 400 && response.status < 500 && response.status != 429) {
    return {LinkState::kBroken, status};
  }
  return {LinkState::kSuspected, status};
}

}  // namespace gongkai::inspect
