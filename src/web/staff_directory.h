// StaffDirectory: the staff accounts (政务公开办公室) allowed to log in, each a user name and an
// Argon2id password hash in libsodium's crypto_pwhash_str format. Loaded from a staff file with one
// "name:hash" line per account (see `gongkai serve --hash-password`); passwords are never stored.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/result.h"

namespace gongkai::web {

// How expensive a new hash is. kInteractive is libsodium's recommendation for logins; kMinimal is
// only for tests, where speed matters more than brute-force resistance.
enum class HashStrength { kInteractive, kMinimal };

// Hashes `password` with crypto_pwhash_str (Argon2id, random salt). kInvalidArgument for an empty
// password; kInternal when libsodium cannot initialise or runs out of memory. Thread-safe.
core::Result<std::string> HashPassword(std::string_view password, HashStrength strength);

class StaffDirectory {
 public:
  StaffDirectory() = default;

  // Parses staff-file text: "name:hash" per line; blank lines and lines starting with '#' are
  // ignored. kInvalidArgument naming the line number for a line without ':', an empty or
  // duplicate name, or a hash that is not a crypto_pwhash_str string.
  static core::Result<StaffDirectory> Parse(std::string_view text);

  // Adds an account. kInvalidArgument for an empty or duplicate name or a malformed hash.
  core::Status Add(const std::string& name, const std::string& password_hash);

  // True when `name` exists and `password` matches its hash. Takes the hash's cost in time, even
  // for an unknown name (so timing does not reveal which names exist). Thread-safe.
  bool Verify(const std::string& name, std::string_view password) const;

  bool empty() const { return users_.empty(); }

 private:
  std::map<std::string, std::string> users_;  // name -> hash
};

}  // namespace gongkai::web
