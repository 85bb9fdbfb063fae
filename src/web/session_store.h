// SessionStore: the logged-in staff sessions of one server process, keyed by a random token sent
// as an HttpOnly cookie (or a Bearer token for the API). Each session also carries a CSRF token
// that every staff form must echo. Sessions live in memory: a restart logs everybody out.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "core/clock.h"
#include "core/result.h"

namespace gongkai::web {

struct StaffSession {
  std::string token;       // 64 hex characters (256 random bits)
  std::string user;        // staff user name, recorded as the actor of every change
  std::string csrf_token;  // 64 hex characters
  std::int64_t expires_at_micros = 0;
  // Not stored: set by the server for each request, an alert every staff page shows (e.g. the
  // next year's holiday schedule is missing). Empty when there is none.
  std::string alert;
};

class SessionStore {
 public:
  static constexpr std::int64_t kDefaultLifetimeMicros = 8LL * 3600 * 1'000'000;  // a work day

  // `clock` is borrowed and must outlive the store.
  explicit SessionStore(core::Clock& clock, std::int64_t lifetime_micros = kDefaultLifetimeMicros)
      : clock_(clock), lifetime_micros_(lifetime_micros) {}

  // Starts a session for `user`. kInternal if the random source fails. Thread-safe.
  core::Result<StaffSession> Create(const std::string& user);
  // The live session with this token; expired sessions are dropped. Thread-safe.
  std::optional<StaffSession> Find(const std::string& token);
  // Ends the session (logout). Unknown tokens are ignored. Thread-safe.
  void Remove(const std::string& token);

 private:
  core::Clock& clock_;
  std::int64_t lifetime_micros_;
  std::mutex mutex_;
  std::map<std::string, StaffSession> sessions_;  // guarded by mutex_
};

}  // namespace gongkai::web
