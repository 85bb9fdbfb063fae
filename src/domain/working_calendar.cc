#include "domain/working_calendar.h"

#include <algorithm>
#include <utility>

namespace gongkai::domain {
namespace {

std::string YearPrefix(int year) {
  return std::to_string(year) + "年节假日安排：";
}

// Month * 100 + day, for comparing dates within a year.
int MonthDay(core::Date date) {
  return date.month() * 100 + date.day();
}

bool ContainsMonthDay(const std::vector<core::Date>& run, int month_day) {
  return std::any_of(run.begin(), run.end(),
                     [month_day](core::Date d) { return MonthDay(d) == month_day; });
}

bool AllWithin(const std::vector<core::Date>& run, int from, int to) {
  return std::all_of(run.begin(), run.end(),
                     [from, to](core::Date d) { return MonthDay(d) >= from && MonthDay(d) <= to; });
}

// Maximal runs of consecutive dates of the sorted, duplicate-free `dates`.
std::vector<std::vector<core::Date>> ConsecutiveRuns(std::vector<core::Date> dates) {
  std::sort(dates.begin(), dates.end());
  std::vector<std::vector<core::Date>> runs;
  for (core::Date date : dates) {
    if (runs.empty() || runs.back().back().AddDays(1) != date) {
      runs.emplace_back();
    }
    runs.back().push_back(date);
  }
  return runs;
}

core::Status CheckDates(const CalendarYear& year, const std::vector<core::Date>& dates,
                        const char* list) {
  std::vector<core::Date> sorted = dates;
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    const core::Date date = sorted[i];
    if (i > 0 && sorted[i - 1] == date) {
      return core::Error::InvalidArgument(YearPrefix(year.year) + list + " 中日期 " +
                                          date.ToString() + " 重复");
    }
    if (date.year() < year.year - 1 || date.year() > year.year + 1) {
      return core::Error::InvalidArgument(YearPrefix(year.year) + list + " 中的日期 " +
                                          date.ToString() + " 不在该年度或相邻年度内");
    }
  }
  return core::Ok();
}

core::Status CheckWorkDays(const CalendarYear& year) {
  for (core::Date date : year.work) {
    if (!date.IsWeekend()) {
      return core::Error::InvalidArgument(YearPrefix(year.year) + "调休上班日 " + date.ToString() +
                                          " 是" + std::string(core::WeekdayName(date.weekday())) +
                                          "，调休上班日只能是星期六或星期日");
    }
    if (std::find(year.off.begin(), year.off.end(), date) != year.off.end()) {
      return core::Error::InvalidArgument(YearPrefix(year.year) + "日期 " + date.ToString() +
                                          " 同时列为放假日和调休上班日");
    }
  }
  return core::Ok();
}

core::Status CheckNames(const CalendarYear& year) {
  for (const auto& [date, name] : year.names) {
    const bool listed = std::find(year.off.begin(), year.off.end(), date) != year.off.end() ||
                        std::find(year.work.begin(), year.work.end(), date) != year.work.end();
    if (!listed) {
      return core::Error::InvalidArgument(YearPrefix(year.year) + "names 中的日期 " +
                                          date.ToString() + " 既不是放假日也不是调休上班日");
    }
    if (name.empty()) {
      return core::Error::InvalidArgument(YearPrefix(year.year) + "names 中日期 " +
                                          date.ToString() + " 的节日名称为空");
    }
  }
  for (const auto& run : ConsecutiveRuns(year.off)) {
    std::optional<std::string> seen;
    for (core::Date date : run) {
      auto it = year.names.find(date);
      if (it == year.names.end()) {
        continue;
      }
      if (seen.has_value() && *seen != it->second) {
        return core::Error::InvalidArgument(YearPrefix(year.year) + "连续放假日中 " +
                                            date.ToString() + " 的名称“" + it->second +
                                            "”与同一假期的“" + *seen + "”不一致");
      }
      seen = it->second;
    }
  }
  return core::Ok();
}

// The name of each off day of `year` (named runs, else inferred) and of each named work day.
std::map<core::Date, std::optional<std::string>> NamesOf(const CalendarYear& year) {
  std::map<core::Date, std::optional<std::string>> names;
  for (const auto& run : ConsecutiveRuns(year.off)) {
    std::optional<std::string> name;
    for (core::Date date : run) {
      if (auto it = year.names.find(date); it != year.names.end()) {
        name = it->second;
      }
    }
    if (!name.has_value()) {
      name = InferHolidayName(run);
    }
    for (core::Date date : run) {
      names[date] = name;
    }
  }
  for (core::Date date : year.work) {
    auto it = year.names.find(date);
    names[date] = it == year.names.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  return names;
}

}  // namespace

std::string ProvisionalNote(const std::vector<int>& years) {
  std::string list;
  for (int year : years) {
    list += (list.empty() ? "" : "、") + std::to_string(year) + "年";
  }
  return list +
         "的节假日安排尚未载入，该年的日期暂按周六、周日休息计算（暂定）；导入国务院办公厅的"
         "节假日安排通知后自动重新计算";
}

std::optional<int> MissingScheduleAlert(const WorkingCalendar& calendar, core::Date today) {
  // A date before the first loaded year is history (or a test clock), not a schedule to import.
  if (calendar.years().empty() || today.year() < calendar.years().front().year) {
    return std::nullopt;
  }
  if (!calendar.Covers(today.year())) {
    return today.year();
  }
  if (today.month() >= 11 && !calendar.Covers(today.year() + 1)) {
    return today.year() + 1;
  }
  return std::nullopt;
}

std::string MissingScheduleAlertText(int year) {
  const std::string y = std::to_string(year);
  return y + "年的节假日安排尚未载入：跨入" + y +
         "年的答复期限只能暂按周末计算，标为“暂定”。国务院办公厅公布" + y +
         "年部分节假日安排的通知后，请管理员在“节假日安排”页面导入，或运行 gongkai calendar "
         "import 文件.json";
}

core::Status ValidateCalendarYear(const CalendarYear& year) {
  if (year.year < 1900 || year.year > 2999) {
    return core::Error::InvalidArgument("节假日安排的年度 " + std::to_string(year.year) +
                                        " 不在 1900–2999 之间");
  }
  if (year.source.empty()) {
    return core::Error::InvalidArgument(YearPrefix(year.year) +
                                        "缺少来源（source），请注明国务院办公厅通知的文号");
  }
  if (year.off.empty()) {
    return core::Error::InvalidArgument(YearPrefix(year.year) + "放假日（off）列表为空");
  }
  GONGKAI_TRY(CheckDates(year, year.off, "放假日（off）"));
  GONGKAI_TRY(CheckDates(year, year.work, "调休上班日（work）"));
  GONGKAI_TRY(CheckWorkDays(year));
  return CheckNames(year);
}

std::optional<std::string> InferHolidayName(const std::vector<core::Date>& run) {
  if (ContainsMonthDay(run, 101)) {
    return "元旦";
  }
  if (ContainsMonthDay(run, 1001)) {
    // Since 2025 the notices merge 国庆节 and 中秋节 into 8 days when they meet (§4).
    return run.size() == 8 ? "国庆节、中秋节" : "国庆节";
  }
  if (ContainsMonthDay(run, 501)) {
    return "劳动节";
  }
  if (AllWithin(run, 115, 229)) {
    return "春节";
  }
  if (std::any_of(run.begin(), run.end(),
                  [](core::Date d) { return MonthDay(d) >= 403 && MonthDay(d) <= 407; })) {
    return "清明节";
  }
  if (AllWithin(run, 525, 630)) {
    return "端午节";
  }
  if (AllWithin(run, 901, 930)) {
    return "中秋节";
  }
  return std::nullopt;
}

std::vector<CalendarYear> MergeCalendarYears(std::vector<CalendarYear> base,
                                             const std::vector<CalendarYear>& overrides) {
  std::map<int, CalendarYear> by_year;
  for (CalendarYear& year : base) {
    by_year[year.year] = std::move(year);
  }
  for (const CalendarYear& year : overrides) {
    by_year[year.year] = year;
  }
  std::vector<CalendarYear> merged;
  merged.reserve(by_year.size());
  for (auto& [number, year] : by_year) {
    merged.push_back(std::move(year));
  }
  return merged;
}

std::string DayInfo::Label() const {
  std::string label;
  switch (kind) {
    case DayKind::kWorkday:
      label = "工作日";
      break;
    case DayKind::kWeekend:
      label = "周末";
      break;
    case DayKind::kHoliday:
      label = holiday.has_value() ? "法定节假日（" + *holiday + "）" : "法定节假日";
      break;
    case DayKind::kMakeUpWorkday:
      label = "调休上班日";
      break;
  }
  // A provisional day's label says why it may still change.
  if (provisional) {
    label += "（暂定：" + std::to_string(date.year()) + "年节假日安排未载入）";
  }
  return label;
}

core::Result<WorkingCalendar> WorkingCalendar::Create(std::vector<CalendarYear> years) {
  std::sort(years.begin(), years.end(),
            [](const CalendarYear& a, const CalendarYear& b) { return a.year < b.year; });
  WorkingCalendar calendar;
  std::map<core::Date, int> listed_by;  // date -> notice year that listed it
  for (const CalendarYear& year : years) {
    GONGKAI_TRY(ValidateCalendarYear(year));
    if (!calendar.covered_.insert(year.year).second) {
      return core::Error::InvalidArgument(std::to_string(year.year) + "年的节假日安排重复出现");
    }
    for (const auto& [date, name] : NamesOf(year)) {
      const bool working = std::find(year.work.begin(), year.work.end(), date) != year.work.end();
      auto [it, inserted] = calendar.special_.try_emplace(date, Entry{working, name});
      if (!inserted && it->second.working != working) {
        return core::Error::InvalidArgument(
            "日期 " + date.ToString() + " 在" + std::to_string(listed_by[date]) + "年和" +
            std::to_string(year.year) + "年的节假日安排中分别列为放假日和调休上班日，互相矛盾");
      }
      listed_by.try_emplace(date, year.year);
    }
  }
  calendar.years_ = std::move(years);
  return calendar;
}

core::Result<DayInfo> WorkingCalendar::Explain(core::Date date) const {
  DayInfo info;
  info.date = date;
  if (!Covers(date.year())) {
    // No notice for this year: weekends are the best available guess, and the mark makes every
    // deadline computed through this day provisional instead of silently wrong.
    info.kind = date.IsWeekend() ? DayKind::kWeekend : DayKind::kWorkday;
    info.provisional = true;
    return info;
  }
  if (auto it = special_.find(date); it != special_.end()) {
    info.kind = it->second.working ? DayKind::kMakeUpWorkday : DayKind::kHoliday;
    info.holiday = it->second.holiday;
    return info;
  }
  info.kind = date.IsWeekend() ? DayKind::kWeekend : DayKind::kWorkday;
  return info;
}

core::Result<bool> WorkingCalendar::IsWorkingDay(core::Date date) const {
  GONGKAI_ASSIGN_OR_RETURN(const DayInfo info, Explain(date));
  return info.working();
}

core::Result<core::Date> WorkingCalendar::AddWorkingDays(core::Date start, int n) const {
  if (n < 0) {
    return core::Error::InvalidArgument("工作日数不能为负数：" + std::to_string(n));
  }
  core::Date date = start;
  for (int counted = 0; counted < n;) {
    date = date.AddDays(1);
    GONGKAI_ASSIGN_OR_RETURN(const bool working, IsWorkingDay(date));
    if (working) {
      ++counted;
    }
  }
  return date;
}

core::Result<int> WorkingCalendar::CountWorkingDays(core::Date from_exclusive,
                                                    core::Date to_inclusive) const {
  int count = 0;
  for (core::Date date = from_exclusive.AddDays(1); date <= to_inclusive; date = date.AddDays(1)) {
    GONGKAI_ASSIGN_OR_RETURN(const bool working, IsWorkingDay(date));
    if (working) {
      ++count;
    }
  }
  return count;
}

std::vector<int> WorkingCalendar::MissingYears(core::Date from_exclusive,
                                               core::Date to_inclusive) const {
  std::vector<int> missing;
  if (to_inclusive <= from_exclusive) {
    return missing;
  }
  for (int year = from_exclusive.AddDays(1).year(); year <= to_inclusive.year(); ++year) {
    if (!Covers(year)) {
      missing.push_back(year);
    }
  }
  return missing;
}

}  // namespace gongkai::domain
