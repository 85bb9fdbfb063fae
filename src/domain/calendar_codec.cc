#include "domain/calendar_codec.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

namespace gongkai::domain {
namespace {

using nlohmann::json;

std::string YearPrefix(int year) {
  return std::to_string(year) + "年节假日安排：";
}

// Parses `text`, refusing duplicate keys in any object (nlohmann would keep the last one
// silently, and a repeated "2025" or "off" would then drop data without a word).
core::Result<json> ParseStrictly(std::string_view text) {
  std::vector<std::set<std::string>> keys_per_level;
  std::optional<std::string> duplicate;
  auto callback = [&](int, json::parse_event_t event, json& parsed) {
    if (event == json::parse_event_t::object_start) {
      keys_per_level.emplace_back();
    } else if (event == json::parse_event_t::object_end && !keys_per_level.empty()) {
      keys_per_level.pop_back();
    } else if (event == json::parse_event_t::key && !keys_per_level.empty() &&
               !keys_per_level.back().insert(parsed.get<std::string>()).second && !duplicate) {
      duplicate = parsed.get<std::string>();
    }
    return true;
  };
  json root;
  try {
    root = json::parse(text.begin(), text.end(), callback);
  } catch (const json::parse_error& e) {
    return core::Error::InvalidArgument("日历文件不是有效的 JSON（第 " + std::to_string(e.byte) +
                                        " 个字节附近有语法错误）");
  }
  if (duplicate.has_value()) {
    return core::Error::InvalidArgument("日历文件中字段“" + *duplicate + "”重复出现");
  }
  return root;
}

core::Result<int> ParseYearKey(const std::string& key) {
  const bool digits = key.size() == 4 && key.find_first_not_of("0123456789") == std::string::npos;
  if (!digits) {
    return core::Error::InvalidArgument("日历文件的年度键应为四位数字年份，收到：“" + key + "”");
  }
  return std::stoi(key);
}

core::Result<std::vector<core::Date>> ParseDateList(int year, const char* field,
                                                    const json& value) {
  if (!value.is_array()) {
    return core::Error::InvalidArgument(YearPrefix(year) + field + " 应为日期字符串数组");
  }
  std::vector<core::Date> dates;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const json& item = value[i];
    if (!item.is_string()) {
      return core::Error::InvalidArgument(YearPrefix(year) + field + " 第 " +
                                          std::to_string(i + 1) + " 项不是字符串：" + item.dump());
    }
    auto date = core::Date::Parse(item.get<std::string>());
    if (!date.has_value()) {
      return core::Error::InvalidArgument(YearPrefix(year) + field + " 第 " +
                                          std::to_string(i + 1) + " 项有误：" +
                                          date.error().message);
    }
    dates.push_back(*date);
  }
  return dates;
}

core::Result<std::map<core::Date, std::string>> ParseNames(int year, const json& value) {
  if (!value.is_object()) {
    return core::Error::InvalidArgument(YearPrefix(year) + "names 应为“日期: 节日名称”对象");
  }
  std::map<core::Date, std::string> names;
  for (const auto& [key, name] : value.items()) {
    auto date = core::Date::Parse(key);
    if (!date.has_value()) {
      return core::Error::InvalidArgument(YearPrefix(year) + "names 的键有误：" +
                                          date.error().message);
    }
    if (!name.is_string()) {
      return core::Error::InvalidArgument(YearPrefix(year) + "names 中 " + key +
                                          " 的节日名称应为字符串");
    }
    names[*date] = name.get<std::string>();
  }
  return names;
}

core::Result<CalendarYear> ParseYear(int number, const json& value) {
  if (!value.is_object()) {
    return core::Error::InvalidArgument(YearPrefix(number) + "应为包含 source、off、work 的对象");
  }
  for (const auto& [key, unused] : value.items()) {
    if (key != "source" && key != "off" && key != "work" && key != "names") {
      return core::Error::InvalidArgument(YearPrefix(number) + "未知字段“" + key +
                                          "”（可用字段：source、off、work、names）");
    }
  }
  for (const char* required : {"source", "off", "work"}) {
    if (!value.contains(required)) {
      return core::Error::InvalidArgument(YearPrefix(number) + "缺少字段 " + required);
    }
  }
  if (!value["source"].is_string()) {
    return core::Error::InvalidArgument(YearPrefix(number) + "source 应为字符串");
  }
  CalendarYear year;
  year.year = number;
  year.source = value["source"].get<std::string>();
  GONGKAI_ASSIGN_OR_RETURN(year.off, ParseDateList(number, "放假日（off）", value["off"]));
  GONGKAI_ASSIGN_OR_RETURN(year.work, ParseDateList(number, "调休上班日（work）", value["work"]));
  if (value.contains("names")) {
    GONGKAI_ASSIGN_OR_RETURN(year.names, ParseNames(number, value["names"]));
  }
  GONGKAI_TRY(ValidateCalendarYear(year));
  return year;
}

core::Result<std::vector<CalendarYear>> ParseYears(const json& root) {
  if (!root.is_object()) {
    return core::Error::InvalidArgument("日历文件应为以年度为键的 JSON 对象");
  }
  if (root.empty()) {
    return core::Error::InvalidArgument("日历文件中没有任何年度的节假日安排");
  }
  std::vector<CalendarYear> years;
  for (const auto& [key, value] : root.items()) {
    GONGKAI_ASSIGN_OR_RETURN(const int number, ParseYearKey(key));
    GONGKAI_ASSIGN_OR_RETURN(CalendarYear year, ParseYear(number, value));
    years.push_back(std::move(year));
  }
  // nlohmann's object is ordered by key, and four-digit keys sort like the years.
  return years;
}

std::string Quote(const std::string& text) {
  return json(text).dump();
}

std::string DateList(std::vector<core::Date> dates) {
  std::sort(dates.begin(), dates.end());
  std::string out = "[";
  for (std::size_t i = 0; i < dates.size(); ++i) {
    out += (i == 0 ? "\"" : ", \"") + dates[i].ToString() + "\"";
  }
  return out + "]";
}

std::string NameMap(const std::map<core::Date, std::string>& names) {
  std::string out = "{";
  for (const auto& [date, name] : names) {
    out += (out.size() == 1 ? "\"" : ", \"") + date.ToString() + "\": " + Quote(name);
  }
  return out + "}";
}

}  // namespace

core::Result<std::vector<CalendarYear>> ParseCalendarJson(std::string_view text) {
  try {
    GONGKAI_ASSIGN_OR_RETURN(const json root, ParseStrictly(text));
    return ParseYears(root);
  } catch (const json::exception& e) {
    // Every access above checks the type first; this is the module-edge safety net.
    return core::Error::InvalidArgument(std::string("日历文件无法解析：") + e.what());
  }
}

std::string SerializeCalendarJson(const std::vector<CalendarYear>& years) {
  std::vector<const CalendarYear*> sorted;
  sorted.reserve(years.size());
  for (const CalendarYear& year : years) {
    sorted.push_back(&year);
  }
  std::sort(sorted.begin(), sorted.end(),
            [](const CalendarYear* a, const CalendarYear* b) { return a->year < b->year; });
  std::string out = "{\n";
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    const CalendarYear& year = *sorted[i];
    out += "  \"" + std::to_string(year.year) + "\": {\n";
    out += "    \"source\": " + Quote(year.source) + ",\n";
    out += "    \"off\": " + DateList(year.off) + ",\n";
    out += "    \"work\": " + DateList(year.work) + (year.names.empty() ? "\n" : ",\n");
    if (!year.names.empty()) {
      out += "    \"names\": " + NameMap(year.names) + "\n";
    }
    out += i + 1 < sorted.size() ? "  },\n" : "  }\n";
  }
  return out + "}\n";
}

core::Result<WorkingCalendar> LoadEffectiveCalendar(
    std::string_view builtin_json, const std::vector<std::pair<int, std::string>>& stored) {
  auto builtin = ParseCalendarJson(builtin_json);
  if (!builtin.has_value()) {
    return core::Error::Internal("内置节假日数据有误：" + builtin.error().message);
  }
  std::vector<CalendarYear> overrides;
  for (const auto& [number, text] : stored) {
    auto parsed = ParseCalendarJson(text);
    if (!parsed.has_value()) {
      return core::Error::InvalidArgument("数据库中保存的" + std::to_string(number) +
                                          "年节假日安排有误：" + parsed.error().message);
    }
    if (parsed->size() != 1 || (*parsed)[0].year != number) {
      return core::Error::InvalidArgument("数据库中保存的" + std::to_string(number) +
                                          "年节假日安排应当只包含该年度");
    }
    overrides.push_back(std::move((*parsed)[0]));
  }
  return WorkingCalendar::Create(MergeCalendarYears(std::move(*builtin), overrides));
}

}  // namespace gongkai::domain
