#include "audit/format_sniffer.h"

#include <string>

#include <gtest/gtest.h>

namespace gongkai::audit {
namespace {

SourceFormat MustSniff(std::string_view bytes, std::string_view name) {
  auto sniffed = SniffFormat(bytes, name);
  EXPECT_TRUE(sniffed.has_value()) << sniffed.error().message;
  return sniffed.has_value() ? sniffed->format : SourceFormat::kText;
}

TEST(FormatSnifferTest, ContentWinsOverExtension) {
  EXPECT_EQ(MustSniff("%PDF-1.7\n...", "report.txt"), SourceFormat::kPdf);
  EXPECT_EQ(MustSniff(std::string("PK\x03\x04rest", 8), "report.pdf"), SourceFormat::kDocx);
  EXPECT_EQ(MustSniff("\xEF\xBB\xBF  <!DOCTYPE html><html>", "report.txt"), SourceFormat::kHtml);
  EXPECT_EQ(MustSniff("<TABLE><TR><TD>1</TD></TR></TABLE>", ""), SourceFormat::kHtml);
  EXPECT_EQ(MustSniff("junk before header\n%PDF-1.4", "x"), SourceFormat::kPdf);
}

TEST(FormatSnifferTest, WarnsWhenExtensionLies) {
  auto sniffed = SniffFormat("<html><body>404 Not Found</body></html>", "C:\\下载\\report.PDF");
  ASSERT_TRUE(sniffed.has_value());
  EXPECT_EQ(sniffed->format, SourceFormat::kHtml);
  ASSERT_TRUE(sniffed->warning.has_value());
  EXPECT_NE(sniffed->warning->find(".pdf"), std::string::npos) << *sniffed->warning;
  EXPECT_FALSE(SniffFormat("%PDF-1.4", "a.pdf")->warning.has_value());
}

TEST(FormatSnifferTest, TextStaysText) {
  EXPECT_EQ(MustSniff("一、总体情况\n<2023年>", "a.txt"), SourceFormat::kText);
  EXPECT_EQ(MustSniff("a < b and c > d", ""), SourceFormat::kText);
  // Under an HTML name even a fragment without tags is parsed as HTML.
  EXPECT_EQ(MustSniff("一、总体情况", "page.htm"), SourceFormat::kHtml);
}

TEST(FormatSnifferTest, SniffsUtf16Html) {
  const std::string utf16("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14);
  EXPECT_EQ(MustSniff(utf16, "x.txt"), SourceFormat::kHtml);
}

TEST(FormatSnifferTest, NamesUnsupportedFormats) {
  const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10);
  auto sniffed = SniffFormat(ole, "report.doc");
  ASSERT_FALSE(sniffed.has_value());
  EXPECT_NE(sniffed.error().message.find(".doc"), std::string::npos);
  EXPECT_NE(SniffFormat("\x89PNG\r\n\x1A\n....", "x").error().message.find("图片"),
            std::string::npos);
  EXPECT_NE(SniffFormat("\x1F\x8B\x08\0", "x").error().message.find("压缩"), std::string::npos);
}

TEST(FormatSnifferTest, RefusesBinaryJunkWithOffset) {
  std::string junk = "ABCDEFGHIJ";
  junk.push_back('\0');
  junk += "more";
  auto sniffed = SniffFormat(junk, "report.txt");
  ASSERT_FALSE(sniffed.has_value());
  EXPECT_EQ(sniffed.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_NE(sniffed.error().message.find("第 11 字节"), std::string::npos)
      << sniffed.error().message;
  std::string controls(200, '\x01');
  EXPECT_FALSE(SniffFormat(controls, "x.txt").has_value());
}

TEST(FormatSnifferTest, CountsOnlyControlsTextDoesNotHold) {
  // Line ends, tabs, form feeds, SUB and ESC are text, however many (and next to bytes >= 0x80).
  std::string text;
  for (int i = 0; i < 400; ++i) {
    text += "\t行\r\n\f\x1A\x1B";
  }
  EXPECT_EQ(MustSniff(text, "a.txt"), SourceFormat::kText);
  // Eight stray controls in 400 bytes (2 %) make a file binary; seven do not.
  std::string sprinkled(400, 'a');
  const std::string_view strays = "\x01\x02\x03\x04\x05\x06\x07\x0E";
  for (std::size_t k = 0; k < 7; ++k) {
    sprinkled[k * 53 + 3] = strays[k];
  }
  EXPECT_TRUE(SniffFormat(sprinkled, "a.txt").has_value());
  sprinkled[397] = strays[7];
  EXPECT_FALSE(SniffFormat(sprinkled, "a.txt").has_value());
}

TEST(FormatSnifferTest, HintsAtUtf16WithoutBom) {
  const std::string utf16("<\0h\0t\0m\0l\0>\0a\0b\0", 16);
  auto sniffed = SniffFormat(utf16, "x.txt");
  ASSERT_FALSE(sniffed.has_value());
  EXPECT_NE(sniffed.error().message.find("UTF-16"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::audit
