#include "web/rate_limiter.h"

#include <algorithm>

#include <spdlog/spdlog.h>

namespace gongkai::web {
namespace {

constexpr std::size_t kPruneAbove = 20'000;  // buckets kept before full, idle ones are dropped
constexpr double kMicrosPerHour = 3600.0 * 1'000'000;

std::string KeyOf(LimitKind kind, std::string_view address) {
  const char* prefix = kind == LimitKind::kApplication ? "apply:"
                       : kind == LimitKind::kLookup    ? "lookup:"
                                                       : "failed:";
  return prefix + std::string(address);
}

}  // namespace

const RateLimit& RateLimiter::LimitOf(LimitKind kind) const {
  switch (kind) {
    case LimitKind::kApplication:
      return options_.applications_per_address;
    case LimitKind::kLookup:
      return options_.lookups_per_address;
    case LimitKind::kFailedLookup:
      return options_.failed_lookups_per_address;
  }
  return options_.lookups_per_address;
}

RateLimiter::Bucket& RateLimiter::Refilled(const std::string& key, const RateLimit& limit,
                                           std::int64_t now) {
  auto [it, inserted] = buckets_.try_emplace(key, Bucket{limit.burst, now});
  Bucket& bucket = it->second;
  if (!inserted && now > bucket.updated) {
    const double refill =
        static_cast<double>(now - bucket.updated) * limit.per_hour / kMicrosPerHour;
    bucket.tokens = std::min(limit.burst, bucket.tokens + refill);
    bucket.updated = now;
  }
  return bucket;
}

void RateLimiter::Prune(std::int64_t now) {
  if (buckets_.size() <= kPruneAbove) {
    return;
  }
  // A bucket idle long enough to be full again holds no information.
  std::erase_if(buckets_, [now](const auto& entry) {
    return now - entry.second.updated > static_cast<std::int64_t>(kMicrosPerHour);
  });
}

bool RateLimiter::WouldAllow(LimitKind kind, std::string_view address) {
  std::lock_guard lock(mutex_);
  const std::int64_t now = clock_.NowMicros();
  if (Refilled(KeyOf(kind, address), LimitOf(kind), now).tokens < 1) {
    return false;
  }
  return kind != LimitKind::kApplication ||
         Refilled("apply-overall", options_.applications_overall, now).tokens >= 1;
}

bool RateLimiter::Allow(LimitKind kind, std::string_view address) {
  std::lock_guard lock(mutex_);
  const std::int64_t now = clock_.NowMicros();
  Prune(now);
  Bucket& own = Refilled(KeyOf(kind, address), LimitOf(kind), now);
  if (own.tokens < 1) {
    return false;
  }
  if (kind == LimitKind::kApplication) {
    Bucket& overall = Refilled("apply-overall", options_.applications_overall, now);
    if (overall.tokens < 1) {
      return false;
    }
    overall.tokens -= 1;
  }
  own.tokens -= 1;
  return true;
}

core::Status GuardLookup(RateLimiter& limiter, std::string_view address) {
  if (!limiter.WouldAllow(LimitKind::kFailedLookup, address) ||
      !limiter.Allow(LimitKind::kLookup, address)) {
    spdlog::warn("lookup refused by the rate limit: address={}", address);
    return core::Error::ResourceExhausted(
        "查询过于频繁，请稍后再试。请使用提交申请时得到的回执编号查询。");
  }
  return core::Ok();
}

void RecordFailedLookup(RateLimiter& limiter, std::string_view address) {
  if (!limiter.Allow(LimitKind::kFailedLookup, address)) {
    spdlog::warn("repeated lookups of unknown numbers: address={}", address);
  }
}

}  // namespace gongkai::web
