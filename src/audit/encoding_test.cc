#include "audit/encoding.h"

#include <string>

#include <gtest/gtest.h>

#include "audit/declared_charset.h"

namespace gongkai::audit {
namespace {

// "行政许可" in GBK.
constexpr std::string_view kGbkXingZhengXuKe = "\xD0\xD0\xD5\xFE\xD0\xED\xBF\xC9";
constexpr std::string_view kUtf8XingZhengXuKe = "行政许可";

std::string GbkReport() {
  std::string text;
  for (int i = 0; i < 20; ++i) {
    text += std::string(kGbkXingZhengXuKe) + " 349257\r\n";
  }
  return text;
}

TEST(EncodingTest, ValidUtf8IsNotCopied) {
  const std::string bytes = "一、总体情况\n";
  auto decoded = DecodeToUtf8(bytes, std::nullopt);
  ASSERT_TRUE(decoded.has_value()) << decoded.error().message;
  EXPECT_EQ(decoded->encoding, "UTF-8");
  EXPECT_FALSE(decoded->converted.has_value());
  EXPECT_EQ(decoded->text().data(), bytes.data());
}

TEST(EncodingTest, StripsUtf8Bom) {
  auto decoded = DecodeToUtf8("\xEF\xBB\xBF规章", std::nullopt);
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(decoded->text(), "规章");
  EXPECT_EQ(decoded->encoding, "UTF-8");
}

TEST(EncodingTest, DecodesUtf16WithBom) {
  const std::string little("\xFF\xFE\xC4\x89\xE0\x7A\x0A\x00", 8);  // 规章\n
  auto decoded = DecodeToUtf8(little, std::nullopt);
  ASSERT_TRUE(decoded.has_value()) << decoded.error().message;
  EXPECT_EQ(decoded->text(), "规章\n");
  EXPECT_EQ(decoded->encoding, "UTF-16LE");
  const std::string big("\xFE\xFF\x89\xC4\x7A\xE0\xD8\x3D\xDE\x00", 10);  // 规章😀
  decoded = DecodeToUtf8(big, std::nullopt);
  ASSERT_TRUE(decoded.has_value()) << decoded.error().message;
  EXPECT_EQ(decoded->text(), "规章\xF0\x9F\x98\x80");
  EXPECT_EQ(decoded->encoding, "UTF-16BE");
}

TEST(EncodingTest, OddUtf16IsTruncated) {
  auto decoded = DecodeToUtf8(std::string("\xFF\xFE\xC4\x89\xE0", 5), std::nullopt);
  ASSERT_FALSE(decoded.has_value());
  EXPECT_NE(decoded.error().message.find("截断"), std::string::npos) << decoded.error().message;
}

TEST(EncodingTest, FallsBackToGb18030) {
  auto decoded = DecodeToUtf8(GbkReport(), std::nullopt);
  ASSERT_TRUE(decoded.has_value()) << decoded.error().message;
  EXPECT_EQ(decoded->encoding, "GB18030");
  EXPECT_EQ(decoded->text().substr(0, kUtf8XingZhengXuKe.size()), kUtf8XingZhengXuKe);
}

TEST(EncodingTest, HonoursDeclaredGbk) {
  auto decoded = DecodeToUtf8(kGbkXingZhengXuKe, std::string_view("GB2312"));
  ASSERT_TRUE(decoded.has_value()) << decoded.error().message;
  EXPECT_EQ(decoded->text(), kUtf8XingZhengXuKe);
  EXPECT_TRUE(decoded->warnings.empty());
}

TEST(EncodingTest, WrongDeclarationIsOverriddenWithWarning) {
  auto decoded = DecodeToUtf8(GbkReport(), std::string_view("utf-8"));
  ASSERT_TRUE(decoded.has_value()) << decoded.error().message;
  EXPECT_EQ(decoded->encoding, "GB18030");
  ASSERT_EQ(decoded->warnings.size(), 1u);
  EXPECT_NE(decoded->warnings[0].find("utf-8"), std::string::npos);
}

TEST(EncodingTest, RejectsUndecodableBytesWithLocation) {
  std::string bytes = "第一行\n第二行\n";
  bytes += "\xFF\xFF\x80\x80 bad";
  auto decoded = DecodeToUtf8(bytes, std::nullopt);
  ASSERT_FALSE(decoded.has_value());
  EXPECT_EQ(decoded.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_NE(decoded.error().message.find("第 3 行"), std::string::npos) << decoded.error().message;
}

TEST(EncodingTest, RejectsImplausibleGb18030) {
  // Valid GB18030 byte pairs, but they decode to private-use and rare code points only.
  std::string bytes;
  for (int i = 0; i < 20; ++i) {
    bytes += "\xAA\xA1\xFE\xFE";
  }
  EXPECT_FALSE(DecodeToUtf8(bytes, std::nullopt).has_value());
}

TEST(EncodingTest, ReportsCutOffCharacterAtEnd) {
  auto decoded = DecodeToUtf8("规章\xE7\xAB", std::nullopt);
  ASSERT_FALSE(decoded.has_value());
  EXPECT_NE(decoded.error().message.find("截断"), std::string::npos) << decoded.error().message;
}

TEST(EncodingTest, ReportsCutOffGbkCharacterAtEnd) {
  auto decoded = DecodeToUtf8(GbkReport() + "\xD0", std::nullopt);
  ASSERT_FALSE(decoded.has_value());
  EXPECT_NE(decoded.error().message.find("截断"), std::string::npos) << decoded.error().message;
}

TEST(EncodingTest, FindInvalidUtf8RejectsIllFormedSequences) {
  EXPECT_EQ(FindInvalidUtf8("abcdefghijkl规章"), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("abc\xC0\xAF"), 3u);              // overlong
  EXPECT_EQ(FindInvalidUtf8("abcdefghij\xED\xA0\x80"), 10u);  // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);         // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("\xF0\x9F\x98\x80"), std::nullopt);
}

// The word-at-a-time run length agrees with a plain byte loop for runs of every length, cut
// after every possible character by every kind of byte, at every alignment.
TEST(EncodingTest, ThreeByteRunLengthMatchesAByteLoop) {
  const auto naive = [](std::string_view text, bool check, unsigned first, unsigned last) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t n = 0;
    while (text.size() - n >= 3 && p[n] >= first && p[n] <= last &&
           (!check || ((p[n + 1] & 0xC0) == 0x80 && (p[n + 2] & 0xC0) == 0x80))) {
      n += 3;
    }
    return n;
  };
  const std::string breakers[] = {"",     "a",        "\xE3\x80\x80", "\xED\x9F\xBF",
                                  "\xE4", "\xE4\x41", "\xE5\xB8\x41", "\xC2\xA0"};
  for (std::size_t prefix = 0; prefix < 3; ++prefix) {
    for (int characters = 0; characters <= 7; ++characters) {
      for (const std::string& breaker : breakers) {
        std::string text(prefix, 'x');
        for (int c = 0; c < characters; ++c) {
          text += c % 2 == 0 ? "\xE4\xB8\x80" : "\xEC\x9D\xB4";  // 一, 이
        }
        text += breaker;
        const std::string_view run = std::string_view(text).substr(prefix);
        const auto* p = reinterpret_cast<const unsigned char*>(run.data());
        EXPECT_EQ((ThreeByteRunLength<true>(p, run.size(), 0xE4, 0xEC)),
                  naive(run, true, 0xE4, 0xEC));
        EXPECT_EQ((ThreeByteRunLength<false>(p, run.size(), 0xE4, 0xEC)),
                  naive(run, false, 0xE4, 0xEC));
        EXPECT_EQ((ThreeByteRunLength<true>(p, run.size(), 0xE1, 0xEC)),
                  naive(run, true, 0xE1, 0xEC));
      }
    }
  }
}

TEST(EncodingTest, SanitizeReplacesEachBadByte) {
  EXPECT_EQ(SanitizeUtf8("a\xFF\xFE"
                         "b"),
            "a\xEF\xBF\xBD\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(SanitizeUtf8("规章"), "规章");
}

TEST(EncodingTest, FindsDeclaredCharset) {
  EXPECT_EQ(FindDeclaredCharset("<html><head><META charset=\"GBK\"></head>"), "gbk");
  EXPECT_EQ(FindDeclaredCharset("<meta name=x><meta http-equiv=\"Content-Type\" "
                                "content=\"text/html; charset=gb2312\" />"),
            "gb2312");
  EXPECT_EQ(FindDeclaredCharset("<?xml version=\"1.0\" encoding='UTF-8'?><html>"), "utf-8");
  EXPECT_EQ(FindDeclaredCharset("<html><p>charset=gbk</p>"), std::nullopt);
  EXPECT_EQ(FindDeclaredCharset("<meta charset="), std::nullopt);
}

TEST(EncodingTest, DecodesDeclaredBig5) {
  auto decoded = DecodeToUtf8("\xB3\x57\xB3\xB9", std::string_view("big5"));  // 規章
  ASSERT_TRUE(decoded.has_value()) << decoded.error().message;
  EXPECT_EQ(decoded->text(), "規章");
}

}  // namespace
}  // namespace gongkai::audit
