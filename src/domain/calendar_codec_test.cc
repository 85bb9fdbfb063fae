#include "domain/calendar_codec.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "domain/builtin_calendar.h"

namespace gongkai::domain {
namespace {

core::Date D(const char* text) {
  return *core::Date::Parse(text);
}

// The error message of parsing `text`, or "ok".
std::string ParseError(const std::string& text) {
  auto years = ParseCalendarJson(text);
  if (years.has_value()) {
    return "ok";
  }
  EXPECT_EQ(years.error().code, core::ErrorCode::kInvalidArgument);
  return years.error().message;
}

std::string ReadSpec(const std::string& name) {
  std::ifstream in(std::string(GONGKAI_SHARED_DIR) + "/spec/" + name);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

const char* const k2027 = R"({"2027": {"source": "test", "off": ["2027-01-01"], "work": []}})";

TEST(CalendarCodecTest, ParsesTheSpecFormatWithoutNames) {
  auto years = ParseCalendarJson(
      R"({"2025": {"source": "国办发明电〔2024〕12号", "off": ["2025-01-01", "2025-01-28"],
                   "work": ["2025-01-26"]}})");
  ASSERT_TRUE(years.has_value()) << years.error().message;
  ASSERT_EQ(years->size(), 1u);
  EXPECT_EQ((*years)[0].year, 2025);
  EXPECT_EQ((*years)[0].source, "国办发明电〔2024〕12号");
  EXPECT_EQ((*years)[0].off, (std::vector<core::Date>{D("2025-01-01"), D("2025-01-28")}));
  EXPECT_EQ((*years)[0].work, (std::vector<core::Date>{D("2025-01-26")}));
  EXPECT_TRUE((*years)[0].names.empty());
}

TEST(CalendarCodecTest, BuiltinDataEqualsTheSpecTables) {
  auto builtin = ParseCalendarJson(BuiltinCalendarJson());
  ASSERT_TRUE(builtin.has_value()) << builtin.error().message;
  // The §6 block of the spec, as published (no names).
  const std::string spec = ReadSpec("working-days.md");
  const std::size_t section = spec.find("## 6.");
  ASSERT_NE(section, std::string::npos);
  const std::size_t begin = spec.find("```json\n", section);
  ASSERT_NE(begin, std::string::npos);
  const std::size_t end = spec.find("```", begin + 8);
  ASSERT_NE(end, std::string::npos);
  auto from_spec = ParseCalendarJson(spec.substr(begin + 8, end - begin - 8));
  ASSERT_TRUE(from_spec.has_value()) << from_spec.error().message;
  ASSERT_EQ(builtin->size(), 8u);
  ASSERT_EQ(from_spec->size(), builtin->size());
  const std::pair<std::size_t, std::size_t> counts[] = {{30, 7}, {30, 6}, {31, 7}, {31, 7},
                                                        {27, 7}, {32, 8}, {28, 5}, {33, 6}};
  for (std::size_t i = 0; i < builtin->size(); ++i) {
    const CalendarYear& ours = (*builtin)[i];
    const CalendarYear& theirs = (*from_spec)[i];
    EXPECT_EQ(ours.year, 2019 + static_cast<int>(i));
    EXPECT_EQ(ours.source, theirs.source);
    EXPECT_EQ(ours.off, theirs.off) << ours.year;
    EXPECT_EQ(ours.work, theirs.work) << ours.year;
    EXPECT_EQ(ours.off.size(), counts[i].first) << ours.year;
    EXPECT_EQ(ours.work.size(), counts[i].second) << ours.year;
    EXPECT_FALSE(ours.names.empty()) << ours.year;
  }
}

TEST(CalendarCodecTest, SerialisesTheBuiltinFileByteForByte) {
  auto years = ParseCalendarJson(BuiltinCalendarJson());
  ASSERT_TRUE(years.has_value());
  EXPECT_EQ(SerializeCalendarJson(*years), BuiltinCalendarJson());
}

TEST(CalendarCodecTest, RoundTripsOneYear) {
  auto years = ParseCalendarJson(BuiltinCalendarJson());
  ASSERT_TRUE(years.has_value());
  const std::string one = SerializeCalendarJson({(*years)[1]});
  auto back = ParseCalendarJson(one);
  ASSERT_TRUE(back.has_value()) << back.error().message;
  ASSERT_EQ(back->size(), 1u);
  EXPECT_EQ((*back)[0], (*years)[1]);
}

TEST(CalendarCodecTest, RejectsMalformedFiles) {
  EXPECT_NE(ParseError("{not json").find("JSON"), std::string::npos);
  EXPECT_NE(ParseError("[]").find("对象"), std::string::npos);
  EXPECT_NE(ParseError("{}").find("没有"), std::string::npos);
  EXPECT_NE(ParseError(R"({"20x5": {}})").find("20x5"), std::string::npos);
  EXPECT_NE(ParseError(R"({"2025": []})").find("2025"), std::string::npos);
  EXPECT_NE(ParseError(R"({"2025": {"off": ["2025-01-01"], "work": []}})").find("source"),
            std::string::npos);
  EXPECT_NE(ParseError(R"({"2025": {"source": "s", "work": []}})").find("off"), std::string::npos);
  EXPECT_NE(ParseError(R"({"2025": {"source": "s", "off": ["2025-01-01"], "work": [], "of": []}})")
                .find("of"),
            std::string::npos);
  EXPECT_NE(ParseError(R"({"2025": {"source": "s", "off": "2025-01-01", "work": []}})").find("off"),
            std::string::npos);
  EXPECT_NE(ParseError(R"({"2025": {"source": "s", "off": [20250101], "work": []}})").find("off"),
            std::string::npos);
}

TEST(CalendarCodecTest, NamesTheWrongDate) {
  // A date that does not exist.
  const std::string bad_day =
      ParseError(R"({"2025": {"source": "s", "off": ["2025-01-01", "2025-02-30"], "work": []}})");
  EXPECT_NE(bad_day.find("2025-02-30"), std::string::npos) << bad_day;
  EXPECT_NE(bad_day.find("2025"), std::string::npos);
  // A make-up day on a weekday (2025-01-27 is a Monday).
  const std::string weekday =
      ParseError(R"({"2025": {"source": "s", "off": ["2025-01-01"], "work": ["2025-01-27"]}})");
  EXPECT_NE(weekday.find("2025-01-27"), std::string::npos) << weekday;
  // Both off and work.
  const std::string both = ParseError(
      R"({"2025": {"source": "s", "off": ["2025-01-01", "2025-01-26"], "work": ["2025-01-26"]}})");
  EXPECT_NE(both.find("2025-01-26"), std::string::npos) << both;
  // Duplicate.
  const std::string duplicate =
      ParseError(R"({"2025": {"source": "s", "off": ["2025-01-01", "2025-01-01"], "work": []}})");
  EXPECT_NE(duplicate.find("2025-01-01"), std::string::npos) << duplicate;
  // Far from the notice year.
  const std::string far =
      ParseError(R"({"2025": {"source": "s", "off": ["2027-01-01"], "work": []}})");
  EXPECT_NE(far.find("2027-01-01"), std::string::npos) << far;
  // A name on a date that is neither off nor work.
  const std::string stray = ParseError(
      R"({"2025": {"source": "s", "off": ["2025-01-01"], "work": [],
                   "names": {"2025-03-01": "x"}}})");
  EXPECT_NE(stray.find("2025-03-01"), std::string::npos) << stray;
  // The year in the second position is named.
  const std::string second = ParseError(
      R"({"2025": {"source": "s", "off": ["2025-01-01"], "work": []},
          "2026": {"source": "s", "off": ["2026-13-01"], "work": []}})");
  EXPECT_NE(second.find("2026"), std::string::npos) << second;
}

TEST(CalendarCodecTest, StoredYearsExtendAndOverrideTheBuiltinOnes) {
  auto builtin_only = LoadEffectiveCalendar(BuiltinCalendarJson(), {});
  ASSERT_TRUE(builtin_only.has_value());
  // Without 2027: weekends only, 2027-01-01 counted (provisionally).
  EXPECT_EQ(builtin_only->AddWorkingDays(D("2026-12-28"), 5)->ToString(), "2027-01-04");

  auto extended = LoadEffectiveCalendar(BuiltinCalendarJson(), {{2027, k2027}});
  ASSERT_TRUE(extended.has_value()) << extended.error().message;
  // 12-29, 12-30, 12-31, (01-01 off, 01-02/03 weekend) 01-04, 01-05.
  EXPECT_EQ(extended->AddWorkingDays(D("2026-12-28"), 5)->ToString(), "2027-01-05");

  // A stored 2025 without the 2025-10-08 holiday replaces the built-in 2025.
  auto years = ParseCalendarJson(BuiltinCalendarJson());
  ASSERT_TRUE(years.has_value());
  CalendarYear changed = (*years)[6];
  ASSERT_EQ(changed.year, 2025);
  std::erase(changed.off, D("2025-10-08"));
  auto overridden =
      LoadEffectiveCalendar(BuiltinCalendarJson(), {{2025, SerializeCalendarJson({changed})}});
  ASSERT_TRUE(overridden.has_value()) << overridden.error().message;
  EXPECT_TRUE(*overridden->IsWorkingDay(D("2025-10-08")));
  EXPECT_FALSE(*builtin_only->IsWorkingDay(D("2025-10-08")));
}

TEST(CalendarCodecTest, RejectsBadStoredYears) {
  auto wrong_key = LoadEffectiveCalendar(BuiltinCalendarJson(), {{2028, k2027}});
  ASSERT_FALSE(wrong_key.has_value());
  EXPECT_NE(wrong_key.error().message.find("2028"), std::string::npos);
  auto broken = LoadEffectiveCalendar(BuiltinCalendarJson(), {{2027, "{"}});
  ASSERT_FALSE(broken.has_value());
  EXPECT_NE(broken.error().message.find("2027"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::domain
