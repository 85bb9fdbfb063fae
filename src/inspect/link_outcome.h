// What a fetch result means for a link: retry, fall back from HEAD to GET, or a final verdict
// (ok, definitely broken, suspected) with its Chinese description. Plain functions (spec §6).
#pragma once

#include <string>

#include "inspect/fetcher.h"

namespace gongkai::inspect {

enum class LinkState { kOk, kBroken, kSuspected };

struct LinkVerdict {
  LinkState state = LinkState::kOk;
  std::string reason;  // Chinese, e.g. "HTTP 404", "域名无法解析"; empty when ok
};

// True for a failure worth retrying: timeout, connection error, 429 and 5xx (DNS failures and
// 4xx are final).
bool IsRetriable(const FetchResponse& response);

// True when a HEAD request was refused (405, 501, 400) and GET should be tried.
bool HeadRefused(const FetchResponse& response);

// Milliseconds to wait before retry number `attempt` (1-based): the server's Retry-After when
// given, else base·2^(attempt-1), at most `cap_ms`.
int RetryDelayMs(const FetchResponse& response, int attempt, int base_ms, int cap_ms);

// The final verdict of a response that is not a redirect being followed. 404/410/403 and other
// 4xx and DNS failures are definite (kBroken); 5xx, timeouts, connection and TLS errors are
// kSuspected (spec §6: reported as suspected until they fail in two scans).
LinkVerdict JudgeResponse(const FetchResponse& response);

}  // namespace gongkai::inspect
