#include "core/result.h"

#include <string>

#include <gtest/gtest.h>

namespace gongkai::core {
namespace {

Result<int> Half(int x) {
  if (x % 2 != 0) {
    return Error::InvalidArgument("odd");
  }
  return x / 2;
}

Result<int> Quarter(int x) {
  GONGKAI_ASSIGN_OR_RETURN(int h, Half(x));
  GONGKAI_ASSIGN_OR_RETURN(int q, Half(h));
  return q;
}

Status CheckEven(int x) {
  GONGKAI_TRY(Half(x));
  return Ok();
}

TEST(ResultTest, PropagatesErrors) {
  EXPECT_EQ(*Quarter(8), 2);
  auto r = Quarter(6);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().message, "odd");
  EXPECT_TRUE(CheckEven(4).has_value());
  EXPECT_FALSE(CheckEven(5).has_value());
  EXPECT_EQ(ErrorCodeName(ErrorCode::kFailedPrecondition), "FAILED_PRECONDITION");
}

}  // namespace
}  // namespace gongkai::core
