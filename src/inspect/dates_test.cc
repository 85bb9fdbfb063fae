#include "inspect/dates.h"

#include <gtest/gtest.h>

namespace gongkai::inspect {
namespace {

std::vector<std::string> Found(std::string_view text) {
  std::vector<std::string> out;
  for (const core::Date& date : FindDates(text)) {
    out.push_back(date.ToString());
  }
  return out;
}

TEST(DatesTest, ReadsThePrintedForms) {
  EXPECT_EQ(Found("发布日期：2024-03-05"), std::vector<std::string>{"2024-03-05"});
  EXPECT_EQ(Found("[2024/3/5] 通知"), std::vector<std::string>{"2024-03-05"});
  EXPECT_EQ(Found("2024.03.05"), std::vector<std::string>{"2024-03-05"});
  EXPECT_EQ(Found("2024年3月5日发布"), std::vector<std::string>{"2024-03-05"});
  EXPECT_EQ(Found("20240305"), std::vector<std::string>{"2024-03-05"});
  EXPECT_EQ(Found("2023-12-01 至 2024-01-02"),
            (std::vector<std::string>{"2023-12-01", "2024-01-02"}));
}

TEST(DatesTest, SkipsWhatIsNotADate) {
  EXPECT_TRUE(Found("2023-02-30").empty());
  EXPECT_TRUE(Found("索引号 12024-03-05").empty());
  EXPECT_TRUE(Found("电话 2024-3").empty());
  EXPECT_TRUE(Found("1880-01-01").empty());
  EXPECT_TRUE(Found("2024年3-5").empty());
  EXPECT_TRUE(Found("123456789").empty());
}

TEST(DatesTest, ParsesMetaValues) {
  EXPECT_EQ(ParseDateValue("2024-03-05 10:00:00")->ToString(), "2024-03-05");
  EXPECT_FALSE(ParseDateValue("").has_value());
}

}  // namespace
}  // namespace gongkai::inspect
