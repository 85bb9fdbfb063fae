#include "search/text_normalizer.h"

#include <gtest/gtest.h>

namespace gongkai::search {
namespace {

std::string Normalize(std::string_view text) {
  return EncodeUtf8(NormalizeText(DecodeUtf8(text)));
}

TEST(TextNormalizerTest, FoldsEveryDocNoBracketToParentheses) {
  EXPECT_EQ(Normalize("国办发〔2019〕19号"), "国办发(2019)19号");
  EXPECT_EQ(Normalize("国办发[2019]19号"), "国办发(2019)19号");
  EXPECT_EQ(Normalize("国办发【2019】19号"), "国办发(2019)19号");
  EXPECT_EQ(Normalize("国办发（2019）19号"), "国办发(2019)19号");
  EXPECT_EQ(Normalize("国办发［２０１９］１９号"), "国办发(2019)19号");
}

TEST(TextNormalizerTest, FoldsFullWidthAndCase) {
  EXPECT_EQ(Normalize("ＡＢＣ　12315 Hello"), "abc 12315 hello");
}

TEST(TextNormalizerTest, KeepsLengthInCodePoints) {
  const std::u32string text = DecodeUtf8("市场监管（ＡＢ）");
  EXPECT_EQ(NormalizeText(text).size(), text.size());
}

TEST(TextNormalizerTest, MalformedUtf8BecomesReplacementCharacters) {
  const std::u32string text = DecodeUtf8(std::string_view("a\xE4\xB8", 3));
  ASSERT_EQ(text.size(), 3U);
  EXPECT_EQ(text[1], 0xFFFDU);
  EXPECT_EQ(DecodeUtf8("\xED\xA0\x80").front(), 0xFFFDU);  // a surrogate
  EXPECT_EQ(DecodeUtf8("\xE0\x80\x80").front(), 0xFFFDU);  // overlong
}

TEST(TextNormalizerTest, RoundTripsValidUtf8) {
  const std::string text = "政府信息公开 𠀀 é";
  EXPECT_EQ(EncodeUtf8(DecodeUtf8(text)), text);
}

}  // namespace
}  // namespace gongkai::search
