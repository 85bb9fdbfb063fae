// The crawler's view of HTTP: start requests, collect the responses that completed. One
// implementation drives libcurl's multi interface (curl_fetcher.h); tests may provide another.
// Redirects are not followed here: the crawler follows them itself to see chains and loops.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace gongkai::inspect {

enum class FetchMethod { kHead, kGet };

enum class FetchFailure {
  kNone,     // an HTTP response arrived (any status)
  kDns,      // the host name does not resolve
  kConnect,  // connection refused or reset
  kTimeout,  // no complete response within the time limit
  kTls,      // TLS handshake or certificate error
  kOther,
};

struct FetchRequest {
  std::uint64_t id = 0;  // echoed in the response
  std::string url;
  FetchMethod method = FetchMethod::kGet;
};

struct FetchResponse {
  std::uint64_t id = 0;
  FetchFailure failure = FetchFailure::kNone;
  int status = 0;               // HTTP status when failure is kNone
  std::string content_type;     // the Content-Type header, lower-cased
  std::string location;         // the Location header, as sent
  int retry_after_seconds = 0;  // Retry-After in seconds, 0 when absent
  std::string body;             // GET only; at most the fetcher's size limit
  bool truncated = false;       // the body was longer than the limit and was cut
  int elapsed_ms = 0;
  std::string error;  // the library's description of a failure (log only)
};

class Fetcher {
 public:
  virtual ~Fetcher() = default;
  // Starts `request`; its response comes out of a later Wait. Never blocks on the network.
  virtual void Start(FetchRequest request) = 0;
  // Waits at most `max_wait_ms` for transfers to progress and returns those that completed.
  virtual std::vector<FetchResponse> Wait(int max_wait_ms) = 0;
  // Requests started and not yet returned by Wait.
  virtual std::size_t InFlight() const = 0;
};

}  // namespace gongkai::inspect
