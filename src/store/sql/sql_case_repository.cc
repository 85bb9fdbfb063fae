#include "store/sql/sql_case_repository.h"

#include <array>
#include <map>

#include "store/sql/audit_chain.h"
#include "store/sql/case_rows.h"
#include "store/sql/record_json.h"
#include "store/sql/record_validation.h"
#include "store/sql/report_query.h"

namespace gongkai::store {
namespace {

constexpr std::int64_t kMaxListLimit = 10'000;

const std::string kCaseValues =
    "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17";

std::string CaseEntity(std::int64_t id) {
  return "case:" + std::to_string(id);
}

core::Error CaseNotFound(std::int64_t id) {
  return core::Error::NotFound("申请案件 " + std::to_string(id) + " 不存在");
}

// Sequences 1..n and version n: the store owns both.
domain::RequestCase Normalised(const domain::RequestCase& request_case) {
  domain::RequestCase out = request_case;
  for (std::size_t i = 0; i < out.events.size(); ++i) {
    out.events[i].sequence = static_cast<std::int64_t>(i + 1);
  }
  out.version = static_cast<std::int64_t>(out.events.size());
  return out;
}

core::Status CheckExtends(const domain::RequestCase& stored, const domain::RequestCase& updated) {
  if (updated.events.size() <= stored.events.size()) {
    return core::Error::InvalidArgument("更新申请案件 " + std::to_string(stored.id) +
                                        " 时必须追加至少一个新事件（已有 " +
                                        std::to_string(stored.events.size()) + " 个）");
  }
  for (std::size_t i = 0; i < stored.events.size(); ++i) {
    if (!SameEvent(stored.events[i], updated.events[i])) {
      return core::Error::InvalidArgument("申请案件 " + std::to_string(stored.id) + " 的第 " +
                                          std::to_string(i + 1) +
                                          " 个事件与已保存的记录不同：历史事件不能修改");
    }
  }
  return core::Ok();
}

// An empty tracking number in an update keeps the stored one; an assigned one never changes,
// because the applicant quotes it and it must keep finding the case.
core::Status KeepTrackingNumber(const domain::RequestCase& stored, domain::RequestCase& next) {
  if (next.tracking_number.empty()) {
    next.tracking_number = stored.tracking_number;
    return core::Ok();
  }
  if (!stored.tracking_number.empty() && next.tracking_number != stored.tracking_number) {
    return core::Error::InvalidArgument("申请案件 " + std::to_string(next.id) + " 的受理编号 " +
                                        stored.tracking_number + " 已经分配，不能更改");
  }
  return core::Ok();
}

std::string UpdateAction(const domain::RequestCase& before, const domain::RequestCase& after) {
  if (after.events.size() == before.events.size() + 1) {
    return "case.event." + std::string(domain::EventTypeCode(after.events.back().type));
  }
  return "case.update";
}

core::Status ValidateFilter(const domain::CaseFilter& filter) {
  if (filter.limit < 1 || filter.limit > kMaxListLimit || filter.offset < 0) {
    return core::Error::InvalidArgument("分页参数无效：每页条数应在 1 至 10000 之间，偏移不能为负");
  }
  if (filter.agency_id.has_value()) {
    GONGKAI_TRY(ValidateAgencyId(*filter.agency_id));
  }
  return core::Ok();
}

// " WHERE …" for the filter (or ""), appending its parameters.
std::string FilterWhere(const domain::CaseFilter& filter, std::vector<SqlValue>& params) {
  std::vector<std::string> conditions;
  const auto add = [&](std::string column_op, SqlValue value) {
    params.push_back(std::move(value));
    conditions.push_back(std::move(column_op) + " $" + std::to_string(params.size()));
  };
  if (filter.agency_id.has_value()) {
    add("agency_id =", *filter.agency_id);
  }
  if (filter.state.has_value()) {
    add("state =", std::string(domain::CaseStateCode(*filter.state)));
  }
  if (filter.received_from.has_value()) {
    add("received_on >=", DateParam(*filter.received_from));
  }
  if (filter.received_to.has_value()) {
    add("received_on <=", DateParam(*filter.received_to));
  }
  std::string where;
  for (std::size_t i = 0; i < conditions.size(); ++i) {
    where += (i == 0 ? " WHERE " : " AND ") + conditions[i];
  }
  return where;
}

}  // namespace

core::Result<std::int64_t> SqlCaseRepository::InsertCase(const domain::RequestCase& request_case) {
  const std::vector<SqlValue> params = CaseParams(request_case);
  core::Result<SqlRows> rows =
      context_.connection.Query("INSERT INTO cases (" + std::string(kCaseColumns).substr(4) +
                                    ") VALUES (" + kCaseValues + ") RETURNING id",
                                params);
  if (!rows.has_value()) {
    if (rows.error().code == core::ErrorCode::kConflict) {
      return core::Error::Conflict("受理编号 " + request_case.tracking_number + " 已被使用");
    }
    return rows.error();
  }
  RowReader reader(rows->at(0), "新案件");
  return reader.Int("id");
}

core::Status SqlCaseRepository::InsertEvents(std::int64_t case_id,
                                             std::span<const domain::CaseEvent> events) {
  for (const domain::CaseEvent& event : events) {
    const std::vector<SqlValue> params = EventParams(case_id, event);
    GONGKAI_TRY(context_.connection.Query(
        "INSERT INTO case_events (" + std::string(kEventColumns) +
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        params));
  }
  return core::Ok();
}

core::Result<domain::RequestCase> SqlCaseRepository::LoadCase(std::int64_t id) {
  const std::array<SqlValue, 1> params = {id};
  GONGKAI_ASSIGN_OR_RETURN(
      SqlRows rows,
      context_.connection.Query("SELECT " + std::string(kCaseColumns) + " FROM cases WHERE id = $1",
                                params));
  if (rows.empty()) {
    return CaseNotFound(id);
  }
  GONGKAI_ASSIGN_OR_RETURN(domain::RequestCase request_case, CaseFromRow(rows.front()));
  GONGKAI_ASSIGN_OR_RETURN(SqlRows event_rows,
                           context_.connection.Query("SELECT " + std::string(kEventColumns) +
                                                         " FROM case_events WHERE case_id = $1 "
                                                         "ORDER BY sequence",
                                                     params));
  for (const SqlRow& row : event_rows) {
    GONGKAI_ASSIGN_OR_RETURN(auto event, EventFromRow(row));
    if (event.second.sequence != static_cast<std::int64_t>(request_case.events.size() + 1)) {
      return core::Error::Internal("申请案件 " + std::to_string(id) + " 的事件记录不连续（缺少第 " +
                                   std::to_string(request_case.events.size() + 1) +
                                   " 个），数据可能已损坏");
    }
    request_case.events.push_back(std::move(event.second));
  }
  return request_case;
}

core::Result<domain::RequestCase> SqlCaseRepository::CreateCase(const domain::RequestCase& draft,
                                                                const domain::Actor& actor) {
  GONGKAI_TRY(ValidateActor(actor));
  GONGKAI_TRY(ValidateCase(draft));
  return RunWrite(context_, [&]() -> core::Result<domain::RequestCase> {
    GONGKAI_TRY(RequireAgency(context_.connection, draft.agency_id, "机构"));
    domain::RequestCase stored = Normalised(draft);
    GONGKAI_ASSIGN_OR_RETURN(stored.id, InsertCase(stored));
    GONGKAI_TRY(InsertEvents(stored.id, stored.events));
    GONGKAI_TRY(
        AppendAudit(context_.connection, context_.clock,
                    {actor.name, CaseEntity(stored.id), "case.create", CaseCreatedJson(stored)}));
    return stored;
  });
}

core::Result<std::int64_t> SqlCaseRepository::NextTrackingSequence(const std::string& agency_id,
                                                                   int year) {
  GONGKAI_TRY(ValidateAgencyId(agency_id));
  GONGKAI_TRY(ValidateYear(year));
  return RunWrite(context_, [&]() -> core::Result<std::int64_t> {
    GONGKAI_TRY(RequireAgency(context_.connection, agency_id, "机构"));
    const std::array<SqlValue, 2> params = {agency_id, static_cast<std::int64_t>(year)};
    GONGKAI_ASSIGN_OR_RETURN(
        SqlRows rows,
        context_.connection.Query(
            "INSERT INTO tracking_counters (agency_id, year, value) VALUES ($1, $2, 1) "
            "ON CONFLICT (agency_id, year) DO UPDATE SET value = tracking_counters.value + 1 "
            "RETURNING value",
            params));
    RowReader reader(rows.at(0), "受理编号计数器");
    GONGKAI_ASSIGN_OR_RETURN(std::int64_t value, reader.Int("value"));
    GONGKAI_TRY(AppendAudit(context_.connection, context_.clock,
                            {"system", "tracking:" + agency_id + ":" + std::to_string(year),
                             "tracking.next", TrackingSequenceJson(agency_id, year, value)}));
    return value;
  });
}

core::Result<domain::RequestCase> SqlCaseRepository::GetCase(std::int64_t id) {
  if (id <= 0) {
    return core::Error::InvalidArgument("申请案件编号 " + std::to_string(id) + " 无效");
  }
  return RunRead(context_, [&] { return LoadCase(id); });
}

core::Result<domain::RequestCase> SqlCaseRepository::GetCaseByTracking(
    const std::string& tracking_number) {
  if (tracking_number.empty()) {
    return core::Error::InvalidArgument("未提供受理编号");
  }
  GONGKAI_TRY(ValidateText(tracking_number, "受理编号"));
  return RunRead(context_, [&]() -> core::Result<domain::RequestCase> {
    const std::array<SqlValue, 1> params = {tracking_number};
    GONGKAI_ASSIGN_OR_RETURN(
        SqlRows rows,
        context_.connection.Query("SELECT id FROM cases WHERE tracking_number = $1", params));
    if (rows.empty()) {
      return core::Error::NotFound("受理编号为 " + tracking_number + " 的申请案件不存在");
    }
    RowReader reader(rows.front(), "案件");
    GONGKAI_ASSIGN_OR_RETURN(std::int64_t id, reader.Int("id"));
    return LoadCase(id);
  });
}

core::Result<domain::RequestCase> SqlCaseRepository::UpdateCase(const domain::RequestCase& updated,
                                                                std::int64_t expected_version,
                                                                const domain::Actor& actor) {
  if (updated.id <= 0) {
    return core::Error::InvalidArgument("申请案件编号 " + std::to_string(updated.id) + " 无效");
  }
  GONGKAI_TRY(ValidateActor(actor));
  GONGKAI_TRY(ValidateCase(updated));
  return RunWrite(context_, [&]() -> core::Result<domain::RequestCase> {
    GONGKAI_ASSIGN_OR_RETURN(domain::RequestCase stored, LoadCase(updated.id));
    if (stored.version != expected_version) {
      return core::Error::Conflict("申请案件 " + std::to_string(updated.id) +
                                   " 已被他人修改（当前版本 " + std::to_string(stored.version) +
                                   "，提交所依据的版本 " + std::to_string(expected_version) +
                                   "），请刷新后重试");
    }
    GONGKAI_TRY(CheckExtends(stored, updated));
    if (updated.agency_id != stored.agency_id) {
      GONGKAI_TRY(RequireAgency(context_.connection, updated.agency_id, "机构"));
    }
    domain::RequestCase next = Normalised(updated);
    GONGKAI_TRY(KeepTrackingNumber(stored, next));
    std::vector<SqlValue> params = CaseParams(next);
    params.push_back(next.id);
    params.push_back(stored.version);
    core::Result<SqlRows> written =
        context_.connection.Query("UPDATE cases SET (" + std::string(kCaseColumns).substr(4) +
                                      ") = (" + kCaseValues + ") WHERE id = $18 AND version = $19",
                                  params);
    if (!written.has_value()) {
      return written.error().code == core::ErrorCode::kConflict
                 ? core::Error::Conflict("受理编号 " + next.tracking_number + " 已被使用")
                 : written.error();
    }
    GONGKAI_TRY(InsertEvents(next.id, std::span(next.events).subspan(stored.events.size())));
    GONGKAI_TRY(AppendAudit(context_.connection, context_.clock,
                            {actor.name, CaseEntity(next.id), UpdateAction(stored, next),
                             CaseUpdatedJson(stored, next)}));
    return next;
  });
}

core::Result<domain::RequestCase> SqlCaseRepository::UpdateDueDate(
    const domain::DueDateChange& change, const domain::Actor& actor) {
  GONGKAI_TRY(ValidateActor(actor));
  if (change.due_on.has_value()) {
    GONGKAI_TRY(ValidateDate(*change.due_on, "答复期限"));
  }
  GONGKAI_TRY(ValidateText(change.reason, "原因"));
  if (change.reason.empty()) {
    return core::Error::InvalidArgument("重新计算答复期限时必须说明原因");
  }
  return RunWrite(context_, [&]() -> core::Result<domain::RequestCase> {
    GONGKAI_ASSIGN_OR_RETURN(domain::RequestCase stored, LoadCase(change.case_id));
    if (stored.version != change.expected_version) {
      return core::Error::Conflict("申请案件 " + std::to_string(change.case_id) +
                                   " 已被他人修改，请重新计算答复期限");
    }
    domain::RequestCase next = stored;
    next.due_on = change.due_on;
    next.due_provisional = change.due_provisional;
    const std::array<SqlValue, 4> params = {OptionalDateParam(next.due_on),
                                            static_cast<std::int64_t>(next.due_provisional ? 1 : 0),
                                            next.id, stored.version};
    GONGKAI_TRY(context_.connection.Query(
        "UPDATE cases SET due_on = $1, due_provisional = $2 WHERE id = $3 AND version = $4",
        params));
    GONGKAI_TRY(AppendAudit(context_.connection, context_.clock,
                            {actor.name, CaseEntity(next.id), "case.due_recomputed",
                             DueDateChangedJson(stored, next, change.reason)}));
    return next;
  });
}

core::Result<std::vector<domain::RequestCase>> SqlCaseRepository::ListCases(
    const domain::CaseFilter& filter) {
  GONGKAI_TRY(ValidateFilter(filter));
  return RunRead(context_, [&]() -> core::Result<std::vector<domain::RequestCase>> {
    std::vector<SqlValue> params;
    const std::string where = FilterWhere(filter, params);
    params.push_back(filter.limit);
    params.push_back(filter.offset);
    const std::string page = where + " ORDER BY id LIMIT $" + std::to_string(params.size() - 1) +
                             " OFFSET $" + std::to_string(params.size());
    GONGKAI_ASSIGN_OR_RETURN(
        SqlRows rows, context_.connection.Query(
                          "SELECT " + std::string(kCaseColumns) + " FROM cases" + page, params));
    std::vector<domain::RequestCase> cases;
    std::map<std::int64_t, std::size_t> index_of;
    for (const SqlRow& row : rows) {
      GONGKAI_ASSIGN_OR_RETURN(domain::RequestCase request_case, CaseFromRow(row));
      index_of[request_case.id] = cases.size();
      cases.push_back(std::move(request_case));
    }
    GONGKAI_ASSIGN_OR_RETURN(
        SqlRows event_rows,
        context_.connection.Query("SELECT " + std::string(kEventColumns) +
                                      " FROM case_events WHERE case_id IN (SELECT id FROM cases" +
                                      page + ") ORDER BY case_id, sequence",
                                  params));
    for (const SqlRow& row : event_rows) {
      GONGKAI_ASSIGN_OR_RETURN(auto event, EventFromRow(row));
      auto found = index_of.find(event.first);
      if (found != index_of.end()) {
        cases[found->second].events.push_back(std::move(event.second));
      }
    }
    return cases;
  });
}

core::Result<domain::RequestCounts> SqlCaseRepository::CountForReport(
    std::span<const std::string> agency_ids, int year) {
  GONGKAI_TRY(ValidateReportScope(agency_ids, year));
  return RunRead(context_,
                 [&] { return QueryRequestCounts(context_.connection, agency_ids, year); });
}

core::Result<std::vector<domain::CaseReportFact>> SqlCaseRepository::CasesBehindCell(
    std::span<const std::string> agency_ids, int year, domain::RequestRow row,
    std::optional<int> applicant_kind) {
  return RunRead(context_, [&] {
    return QueryCasesBehindCell(context_.connection, agency_ids, year, row, applicant_kind);
  });
}

core::Status SqlCaseRepository::ForTestingBulkInsert(std::span<const domain::RequestCase> cases) {
  for (const domain::RequestCase& request_case : cases) {
    GONGKAI_TRY(ValidateCase(request_case));
  }
  return RunWrite(context_, [&]() -> core::Status {
    for (const domain::RequestCase& request_case : cases) {
      const domain::RequestCase stored = Normalised(request_case);
      GONGKAI_ASSIGN_OR_RETURN(std::int64_t id, InsertCase(stored));
      GONGKAI_TRY(InsertEvents(id, stored.events));
    }
    return core::Ok();
  });
}

}  // namespace gongkai::store
