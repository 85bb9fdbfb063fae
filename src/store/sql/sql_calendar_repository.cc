#include "store/sql/sql_calendar_repository.h"

#include <array>

#include "store/sql/audit_chain.h"
#include "store/sql/record_json.h"
#include "store/sql/record_validation.h"

namespace gongkai::store {

namespace {

core::Status CheckYear(int year, const std::string& json) {
  GONGKAI_TRY(ValidateYear(year));
  GONGKAI_TRY(ValidateText(json, "工作日历"));
  if (!IsValidJson(json)) {
    return core::Error::InvalidArgument(std::to_string(year) + " 年的工作日历不是有效的 JSON");
  }
  return core::Ok();
}

}  // namespace

core::Status SqlCalendarRepository::WriteYear(int year, const std::string& json,
                                              const domain::Actor& actor) {
  const std::array<SqlValue, 2> params = {static_cast<std::int64_t>(year), json};
  GONGKAI_TRY(context_.connection.Query(
      "INSERT INTO calendar_years (year, json) VALUES ($1, $2) ON CONFLICT (year) DO UPDATE "
      "SET json = excluded.json",
      params));
  return AppendAudit(context_.connection, context_.clock,
                     {actor.name, "calendar:" + std::to_string(year), "calendar.put",
                      CalendarYearJson(year, json)});
}

core::Status SqlCalendarRepository::PutCalendarYear(int year, const std::string& json,
                                                    const domain::Actor& actor) {
  return PutCalendarYears({{year, json}}, actor);
}

core::Status SqlCalendarRepository::PutCalendarYears(
    const std::vector<std::pair<int, std::string>>& years, const domain::Actor& actor) {
  GONGKAI_TRY(ValidateActor(actor));
  for (const auto& [year, json] : years) {
    GONGKAI_TRY(CheckYear(year, json));
  }
  return RunWrite(context_, [&]() -> core::Status {
    for (const auto& [year, json] : years) {
      GONGKAI_TRY(WriteYear(year, json, actor));
    }
    return core::Ok();
  });
}

core::Result<std::vector<std::pair<int, std::string>>> SqlCalendarRepository::ListCalendarYears() {
  return RunRead(context_, [&]() -> core::Result<std::vector<std::pair<int, std::string>>> {
    GONGKAI_ASSIGN_OR_RETURN(
        SqlRows rows,
        context_.connection.Query("SELECT year, json FROM calendar_years ORDER BY year", {}));
    std::vector<std::pair<int, std::string>> years;
    for (const SqlRow& row : rows) {
      RowReader reader(row, "工作日历");
      GONGKAI_ASSIGN_OR_RETURN(std::int64_t year, reader.Int("year"));
      GONGKAI_ASSIGN_OR_RETURN(std::string json, reader.Text("json"));
      years.emplace_back(static_cast<int>(year), std::move(json));
    }
    return years;
  });
}

}  // namespace gongkai::store
