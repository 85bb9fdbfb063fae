#include "web/staff_directory.h"

#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

TEST(StaffDirectoryTest, VerifiesTheRightPasswordOnly) {
  const auto hash = HashPassword("正确的密码", HashStrength::kMinimal);
  ASSERT_TRUE(hash.has_value());
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0U);
  StaffDirectory directory;
  ASSERT_TRUE(directory.Add("clerk", *hash).has_value());
  EXPECT_TRUE(directory.Verify("clerk", "正确的密码"));
  EXPECT_FALSE(directory.Verify("clerk", "错误的密码"));
  EXPECT_FALSE(directory.Verify("nobody", "正确的密码"));
  EXPECT_FALSE(directory.Verify("clerk", ""));
}

TEST(StaffDirectoryTest, ParsesStaffFile) {
  const auto hash = HashPassword("pw", HashStrength::kMinimal);
  ASSERT_TRUE(hash.has_value());
  const auto directory =
      StaffDirectory::Parse("# staff\n\nclerk:" + *hash + "\r\nhead:" + *hash + "\n");
  ASSERT_TRUE(directory.has_value()) << directory.error().message;
  EXPECT_TRUE(directory->Verify("head", "pw"));
  EXPECT_FALSE(directory->empty());
}

TEST(StaffDirectoryTest, RejectsBadLinesNamingTheLine) {
  const auto no_colon = StaffDirectory::Parse("# x\nclerk\n");
  ASSERT_FALSE(no_colon.has_value());
  EXPECT_EQ(no_colon.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_NE(no_colon.error().message.find("第 2 行"), std::string::npos);
  const auto plain_password = StaffDirectory::Parse("clerk:secret\n");
  ASSERT_FALSE(plain_password.has_value());
  EXPECT_NE(plain_password.error().message.find("Argon2"), std::string::npos);
  const auto hash = HashPassword("pw", HashStrength::kMinimal);
  ASSERT_TRUE(hash.has_value());
  const auto duplicate = StaffDirectory::Parse("a:" + *hash + "\na:" + *hash);
  ASSERT_FALSE(duplicate.has_value());
  EXPECT_NE(duplicate.error().message.find("重复"), std::string::npos);
}

TEST(StaffDirectoryTest, EmptyPasswordCannotBeHashed) {
  EXPECT_FALSE(HashPassword("", HashStrength::kMinimal).has_value());
}

}  // namespace
}  // namespace gongkai::web
