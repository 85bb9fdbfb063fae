// RateLimiter: token buckets that keep one client (or everyone together) from flooding the
// public forms and lookups: applications, tracking lookups and failed lookups (the enumeration of
// case numbers). A refused request gets 429 with a Chinese message and is logged by the caller.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"

namespace gongkai::web {

// One bucket's shape: up to `burst` at once, refilled at `per_hour` an hour.
struct RateLimit {
  double burst = 10;
  double per_hour = 60;
};

// The public limits. Defaults are local practice, not law: an office behind one address files a
// few applications an hour, a person tracks a case a few times; nobody needs hundreds.
struct RateLimitOptions {
  RateLimit applications_per_address{10, 30};
  RateLimit applications_overall{200, 6000};  // the whole site: a flood from many addresses
  RateLimit lookups_per_address{30, 600};
  RateLimit failed_lookups_per_address{10, 60};  // unknown or wrong numbers: enumeration
};

enum class LimitKind { kApplication, kLookup, kFailedLookup };

// Thread-safe; memory bounded (full, idle buckets are dropped when there are many).
class RateLimiter {
 public:
  RateLimiter(const core::Clock& clock, RateLimitOptions options = {})
      : clock_(clock), options_(options) {}

  // Takes one token of `kind` for `address` (and of the overall application bucket). Returns
  // true when allowed; false when the bucket is empty, in which case nothing is taken.
  bool Allow(LimitKind kind, std::string_view address);
  // Whether a token of `kind` is available for `address`, without taking it.
  bool WouldAllow(LimitKind kind, std::string_view address);

 private:
  struct Bucket {
    double tokens = 0;
    std::int64_t updated = 0;
  };
  // REQUIRES: mutex_ held. The bucket refilled to now.
  Bucket& Refilled(const std::string& key, const RateLimit& limit, std::int64_t now);
  const RateLimit& LimitOf(LimitKind kind) const;
  void Prune(std::int64_t now);

  const core::Clock& clock_;
  const RateLimitOptions options_;
  std::mutex mutex_;
  std::map<std::string, Bucket> buckets_;
};

// A public lookup of a case number from `address`: kResourceExhausted (Chinese message) when the
// address looked up too many numbers, or too many unknown ones, lately; takes a lookup token
// otherwise. Logs refusals.
core::Status GuardLookup(RateLimiter& limiter, std::string_view address);
// Counts a lookup that found nothing against `address` (see GuardLookup).
void RecordFailedLookup(RateLimiter& limiter, std::string_view address);

}  // namespace gongkai::web
