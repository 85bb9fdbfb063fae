// Eight bytes at a time: the word-at-a-time tests the auditor's byte scans share (the "has a zero
// byte" family of bit tricks). A scan loads a word, asks one of these, and looks at single bytes
// only where the answer says so. Byte order does not matter to any of them. Inline: they are the
// inner loops of validation, format sniffing and text scans.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace gongkai::audit {

inline constexpr std::uint64_t kByteOnes = 0x0101010101010101ULL;
inline constexpr std::uint64_t kByteHighBits = 0x8080808080808080ULL;

// The eight bytes at `p`.
inline std::uint64_t LoadWord(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof(word));
  return word;
}

// Nonzero exactly when some byte of `word` is below `n` (1 <= n <= 0x80). Which bits are set is
// not exact (a borrow may also mark a byte after a real one): a cheap first test.
inline constexpr std::uint64_t MayHaveByteBelow(std::uint64_t word, unsigned n) {
  return (word - kByteOnes * n) & ~word & kByteHighBits;
}

// The high bit of each byte of `word` below `n` (1 <= n <= 0x80), exactly: no carry crosses a
// byte.
inline constexpr std::uint64_t BytesBelow(std::uint64_t word, unsigned n) {
  return ~(((word & ~kByteHighBits) + kByteOnes * (0x80 - n)) | word) & kByteHighBits;
}

// The high bit of each byte of `word` equal to `byte`, exactly.
inline constexpr std::uint64_t BytesEqual(std::uint64_t word, unsigned char byte) {
  return BytesBelow(word ^ (kByteOnes * byte), 1);
}

// How many bytes a mask of high bits (BytesBelow, BytesEqual) marks. A multiplication gathers
// them into the top byte: std::popcount is a library call on baseline x86-64.
inline constexpr std::size_t CountMarkedBytes(std::uint64_t marks) {
  return static_cast<std::size_t>(((marks >> 7) * kByteOnes) >> 56);
}

// The index of the first byte at or after `from` that is below `n` (1 <= n <= 0x80), or
// text.size(): words without such a byte are skipped eight bytes at a time (Chinese text, whose
// bytes are all >= 0x80, goes by at word speed when looking for ASCII digits, n = 0x3A).
inline std::size_t SkipToByteBelow(std::string_view text, std::size_t from, unsigned n) {
  while (from + sizeof(std::uint64_t) <= text.size() &&
         MayHaveByteBelow(LoadWord(text.data() + from), n) == 0) {
    from += sizeof(std::uint64_t);
  }
  while (from < text.size() && static_cast<unsigned char>(text[from]) >= n) {
    ++from;
  }
  return from;
}

}  // namespace gongkai::audit
