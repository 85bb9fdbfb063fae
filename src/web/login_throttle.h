// LoginThrottle: what stands between a password form and an attacker. Failed logins back off per
// account and per address with a temporary lock-out that doubles while failures go on, and the
// expensive password check (Argon2id, ~0.4 s) runs on a small bounded number of slots, so no number
// of logins can take every web worker away from page serving.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace gongkai::web {

struct LoginThrottleOptions {
  // Consecutive failures of one account before it is locked. Default: 5.
  int account_failures = 5;
  // Failures from one address (any accounts) within `window_micros` before it is locked.
  // Default: 20 (an office behind one NAT address has many users).
  int address_failures = 20;
  // How long failures are remembered. Default: 15 minutes.
  std::int64_t window_micros = 15LL * 60 * 1'000'000;
  // The first lock; each further lock of the same key doubles it, up to `max_lock_micros`.
  // Defaults: 1 minute and 30 minutes.
  std::int64_t first_lock_micros = 60LL * 1'000'000;
  std::int64_t max_lock_micros = 30LL * 60 * 1'000'000;
  // Password checks running at once; a login that finds none free is refused at once (429)
  // rather than holding a web worker while it waits. Default: 2.
  int hash_slots = 2;
};

// Thread-safe. Memory is bounded: keys idle for longer than the window are dropped.
class LoginThrottle {
 public:
  LoginThrottle(const core::Clock& clock, LoginThrottleOptions options = {})
      : clock_(clock), options_(options) {}

  // Seconds until `account` or `address` may try again, or nullopt when a try is allowed now.
  std::optional<std::int64_t> LockedFor(std::string_view account, std::string_view address);
  // A wrong password: counts against both; returns true when this failure locked one of them.
  bool RecordFailure(std::string_view account, std::string_view address);
  // A right password: the account's failures are forgotten (the address's are kept).
  void RecordSuccess(std::string_view account);

  // A password-check slot, released on destruction. Move-only.
  class HashSlot {
   public:
    explicit HashSlot(LoginThrottle* owner) : owner_(owner) {}
    HashSlot(HashSlot&& other) noexcept : owner_(std::exchange(other.owner_, nullptr)) {}
    HashSlot& operator=(HashSlot&&) = delete;
    ~HashSlot();

   private:
    LoginThrottle* owner_;
  };
  // A free slot, or nullopt when `hash_slots` checks are running.
  std::optional<HashSlot> TryHashSlot();

 private:
  struct Record {
    int failures = 0;
    std::int64_t last_failure = 0;
    std::int64_t locked_until = 0;
    int locks = 0;  // locks so far, for the doubling
  };
  // REQUIRES: mutex_ held.
  bool Fail(std::map<std::string, Record, std::less<>>& records, std::string_view key, int limit,
            std::int64_t now);
  void Prune(std::int64_t now);

  const core::Clock& clock_;
  const LoginThrottleOptions options_;
  std::mutex mutex_;
  std::map<std::string, Record, std::less<>> accounts_, addresses_;
  int hashes_running_ = 0;
};

}  // namespace gongkai::web
