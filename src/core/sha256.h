// SHA-256 (FIPS 180-4), small and dependency-free: used to hash-chain the audit log so that every
// store (in-memory, SQLite, PostgreSQL) computes the same digests without linking a crypto library.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace gongkai::core {

using Sha256Digest = std::array<std::uint8_t, 32>;

// Incremental hasher. Not thread-safe; one instance per message.
class Sha256 {
 public:
  Sha256();

  // Appends `data` to the message. REQUIRES: Finish() has not been called.
  void Update(std::string_view data);

  // Pads the message and returns its digest. REQUIRES: called at most once; the hasher cannot
  // be reused afterwards (a bug, checked).
  Sha256Digest Finish();

 private:
  void ProcessBlock(const std::uint8_t* block);

  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffer_size_ = 0;
  std::uint64_t total_bytes_ = 0;
  bool finished_ = false;
};

// Digest of `data` in one call.
Sha256Digest Sha256Of(std::string_view data);

// Lower-case hexadecimal digest of `data` (64 characters).
std::string Sha256Hex(std::string_view data);

// Lower-case hexadecimal form of a digest (64 characters).
std::string DigestToHex(const Sha256Digest& digest);

}  // namespace gongkai::core
