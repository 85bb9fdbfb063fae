#include "domain/calendar_import.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

#include "domain/builtin_calendar.h"
#include "domain/calendar_codec.h"

namespace gongkai::domain {
namespace {

std::vector<core::Date> Sorted(std::vector<core::Date> dates) {
  std::sort(dates.begin(), dates.end());
  return dates;
}

// The first date listed in one year and not the other, described; nullopt when both list the
// same off and work days (sources and names may differ).
std::optional<std::string> FirstDifference(const CalendarYear& loaded, const CalendarYear& file) {
  const auto compare = [](const std::vector<core::Date>& a, const std::vector<core::Date>& b,
                          const char* list) -> std::optional<std::string> {
    const std::vector<core::Date> x = Sorted(a), y = Sorted(b);
    std::vector<core::Date> only;
    std::set_symmetric_difference(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(only));
    if (only.empty()) {
      return std::nullopt;
    }
    const bool in_file = std::binary_search(y.begin(), y.end(), only.front());
    return only.front().ToString() + (in_file ? " 在导入文件中列为" : " 在已载入的安排中列为") +
           list + "，在" + (in_file ? "已载入的安排" : "导入文件") + "中没有";
  };
  if (auto off = compare(loaded.off, file.off, "放假日")) {
    return off;
  }
  return compare(loaded.work, file.work, "调休上班日");
}

std::string Counts(const CalendarYear& year) {
  return "放假 " + std::to_string(year.off.size()) + " 天，调休上班 " +
         std::to_string(year.work.size()) + " 天（来源：" + year.source + "）";
}

std::string DescribeRefresh(const DueDateRefresh& refresh) {
  if (refresh.open_cases == 0) {
    return "没有未办结的申请，无需重新计算答复期限";
  }
  std::string text =
      "已重新计算 " + std::to_string(refresh.open_cases) + " 件未办结申请的答复期限：" +
      (refresh.changed == 0 ? std::string("均无变化")
                            : std::to_string(refresh.changed) + " 件有变化，均已记入审计日志");
  if (refresh.provisional > 0) {
    text += "；" + std::to_string(refresh.provisional) + " 件仍为暂定";
  }
  if (refresh.skipped > 0) {
    text += "；" + std::to_string(refresh.skipped) + " 件正在办理，已由其办理步骤重新计算";
  }
  return text;
}

}  // namespace

core::Result<CalendarImportResult> ImportCalendar(Store& store, std::string_view text,
                                                  const CalendarImportOptions& options,
                                                  const Actor& actor) {
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<CalendarYear> years, ParseCalendarJson(text));
  GONGKAI_ASSIGN_OR_RETURN(auto stored, store.calendars().ListCalendarYears());
  GONGKAI_ASSIGN_OR_RETURN(const WorkingCalendar before,
                           LoadEffectiveCalendar(BuiltinCalendarJson(), stored));
  std::map<int, const CalendarYear*> loaded;
  for (const CalendarYear& year : before.years()) {
    loaded[year.year] = &year;
  }
  CalendarImportResult result;
  std::vector<std::pair<int, std::string>> to_write;
  for (const CalendarYear& year : years) {
    const auto it = loaded.find(year.year);
    const std::optional<std::string> difference =
        it == loaded.end() ? std::nullopt : FirstDifference(*it->second, year);
    if (it != loaded.end() && !difference.has_value()) {
      result.unchanged.push_back(year.year);
      continue;
    }
    if (difference.has_value() && options.existing == ExistingYears::kRefuse) {
      return core::Error::InvalidArgument(
          std::to_string(year.year) + "年的节假日安排已经载入（来源：" + it->second->source +
          "），导入文件与之不同：" + *difference +
          "。如确为更正后的通知，请选择“替换已有年度”（命令行加 --replace）");
    }
    (difference.has_value() ? result.replaced : result.added).push_back(year);
    std::erase_if(stored, [&year](const auto& entry) { return entry.first == year.year; });
    stored.emplace_back(year.year, SerializeCalendarJson({year}));
    to_write.emplace_back(year.year, SerializeCalendarJson({year}));
  }
  // The calendar the import would give must hold together (e.g. no date off in one year and a
  // make-up working day in another) before anything is written.
  GONGKAI_ASSIGN_OR_RETURN(const WorkingCalendar after,
                           LoadEffectiveCalendar(BuiltinCalendarJson(), stored));
  if (to_write.empty()) {
    return result;
  }
  GONGKAI_TRY(store.calendars().PutCalendarYears(to_write, actor));
  std::string years_text;
  for (const auto& [number, json] : to_write) {
    years_text += (years_text.empty() ? "" : "、") + std::to_string(number) + "年";
  }
  GONGKAI_ASSIGN_OR_RETURN(result.refresh,
                           RefreshDueDates(store.cases(), after, options.clock_policy, actor,
                                           "导入" + years_text + "节假日安排后重新计算答复期限"));
  return result;
}

std::vector<std::string> DescribeImport(const CalendarImportResult& result) {
  std::vector<std::string> lines;
  for (const CalendarYear& year : result.added) {
    lines.push_back("已导入" + std::to_string(year.year) + "年节假日安排：" + Counts(year));
  }
  for (const CalendarYear& year : result.replaced) {
    lines.push_back("已替换" + std::to_string(year.year) + "年节假日安排：" + Counts(year));
  }
  for (int year : result.unchanged) {
    lines.push_back(std::to_string(year) + "年节假日安排已载入且内容相同，未作改动");
  }
  if (!result.added.empty() || !result.replaced.empty()) {
    lines.push_back(DescribeRefresh(result.refresh));
  }
  return lines;
}

}  // namespace gongkai::domain
