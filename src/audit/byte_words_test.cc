#include "audit/byte_words.h"

#include <array>
#include <bit>
#include <cstdint>
#include <random>

#include <gtest/gtest.h>

namespace gongkai::audit {
namespace {

// Words built from the bytes that matter at the edges of every test (0, just below and at each
// bound, the high bytes), at every position, checked against a byte-by-byte answer.
TEST(ByteWordsTest, AgreeWithAByteLoop) {
  constexpr std::array<unsigned char, 14> kBytes = {0x00, 0x01, 0x09, 0x0A, 0x0D, 0x0E, 0x1F,
                                                    0x20, 0x26, 0x7F, 0x80, 0x8A, 0xE4, 0xFF};
  std::mt19937_64 random(20261124);
  for (int round = 0; round < 20000; ++round) {
    std::array<unsigned char, 8> bytes{};
    for (unsigned char& byte : bytes) {
      byte = kBytes[random() % kBytes.size()];
    }
    std::uint64_t word = 0;
    for (int k = 7; k >= 0; --k) {
      word = (word << 8) | bytes[static_cast<std::size_t>(k)];  // bytes[0] is the lowest
    }
    EXPECT_EQ(LoadWord(reinterpret_cast<const char*>(bytes.data())) == word,
              (std::endian::native == std::endian::little));
    for (const unsigned n : {1u, 0x0Eu, 0x20u, 0x80u}) {
      std::uint64_t below = 0;
      for (std::size_t k = 0; k < 8; ++k) {
        below |= bytes[k] < n ? std::uint64_t{0x80} << (8 * k) : 0;
      }
      ASSERT_EQ(BytesBelow(word, n), below) << std::hex << word << " n " << n;
      ASSERT_EQ(MayHaveByteBelow(word, n) != 0, below != 0) << std::hex << word << " n " << n;
    }
    for (const unsigned char target : {'\n', '\r', '&'}) {
      std::uint64_t equal = 0;
      std::size_t count = 0;
      for (std::size_t k = 0; k < 8; ++k) {
        equal |= bytes[k] == target ? std::uint64_t{0x80} << (8 * k) : 0;
        count += bytes[k] == target ? 1 : 0;
      }
      ASSERT_EQ(BytesEqual(word, target), equal) << std::hex << word;
      ASSERT_EQ(CountMarkedBytes(equal), count) << std::hex << word;
    }
  }
}

TEST(ByteWordsTest, SkipToByteBelowFindsTheFirstAsciiDigitOrPunctuation) {
  const std::string text = "中文中文中文中文中文12件";
  EXPECT_EQ(SkipToByteBelow(text, 0, 0x3A), text.find('1'));
  EXPECT_EQ(SkipToByteBelow(text, text.find('2') + 1, 0x3A), text.size());
  EXPECT_EQ(SkipToByteBelow("", 0, 0x3A), 0u);
  EXPECT_EQ(SkipToByteBelow("ab 9", 0, 0x3A), 2u);  // the space is below 0x3A too
}

}  // namespace
}  // namespace gongkai::audit
