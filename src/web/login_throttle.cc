#include "web/login_throttle.h"

#include <algorithm>

namespace gongkai::web {
namespace {

constexpr std::size_t kPruneAbove = 10'000;  // keys kept before idle ones are dropped

std::optional<std::int64_t> Remaining(const auto& records, std::string_view key, std::int64_t now) {
  const auto it = records.find(key);
  if (it == records.end() || it->second.locked_until <= now) {
    return std::nullopt;
  }
  // Whole seconds, rounded up: "try again in 0 s" would invite an immediate retry.
  return (it->second.locked_until - now + 999'999) / 1'000'000;
}

}  // namespace

LoginThrottle::HashSlot::~HashSlot() {
  if (owner_ != nullptr) {
    std::lock_guard lock(owner_->mutex_);
    --owner_->hashes_running_;
  }
}

std::optional<std::int64_t> LoginThrottle::LockedFor(std::string_view account,
                                                     std::string_view address) {
  std::lock_guard lock(mutex_);
  const std::int64_t now = clock_.NowMicros();
  const auto by_account = Remaining(accounts_, account, now);
  const auto by_address = Remaining(addresses_, address, now);
  if (!by_account.has_value()) {
    return by_address;
  }
  return std::max(*by_account, by_address.value_or(0));
}

bool LoginThrottle::Fail(std::map<std::string, Record, std::less<>>& records, std::string_view key,
                         int limit, std::int64_t now) {
  auto it = records.find(key);
  if (it == records.end()) {
    it = records.emplace(std::string(key), Record{}).first;
  }
  Record& record = it->second;
  if (now - record.last_failure > options_.window_micros) {
    record.failures = 0;  // old failures are forgiven; the lock count is kept for the doubling
  }
  record.last_failure = now;
  if (++record.failures < limit) {
    return false;
  }
  const std::int64_t lock =
      std::min(options_.max_lock_micros, options_.first_lock_micros << std::min(record.locks, 20));
  record.locked_until = now + lock;
  ++record.locks;
  record.failures = 0;
  return true;
}

void LoginThrottle::Prune(std::int64_t now) {
  for (auto* records : {&accounts_, &addresses_}) {
    if (records->size() <= kPruneAbove) {
      continue;
    }
    std::erase_if(*records, [&](const auto& entry) {
      return entry.second.locked_until <= now &&
             now - entry.second.last_failure > options_.window_micros;
    });
  }
}

bool LoginThrottle::RecordFailure(std::string_view account, std::string_view address) {
  std::lock_guard lock(mutex_);
  const std::int64_t now = clock_.NowMicros();
  Prune(now);
  const bool account_locked = Fail(accounts_, account, options_.account_failures, now);
  const bool address_locked = Fail(addresses_, address, options_.address_failures, now);
  return account_locked || address_locked;
}

void LoginThrottle::RecordSuccess(std::string_view account) {
  std::lock_guard lock(mutex_);
  if (const auto it = accounts_.find(account); it != accounts_.end()) {
    accounts_.erase(it);
  }
}

std::optional<LoginThrottle::HashSlot> LoginThrottle::TryHashSlot() {
  std::lock_guard lock(mutex_);
  if (hashes_running_ >= options_.hash_slots) {
    return std::nullopt;
  }
  ++hashes_running_;
  return HashSlot(this);
}

}  // namespace gongkai::web
