#include "store/sql/sql_agency_repository.h"

#include <array>

#include "store/sql/audit_chain.h"
#include "store/sql/record_json.h"
#include "store/sql/record_validation.h"

namespace gongkai::store {
namespace {

core::Result<domain::Agency> AgencyFromRow(const SqlRow& row) {
  RowReader reader(row, "机构");
  domain::Agency agency;
  GONGKAI_ASSIGN_OR_RETURN(agency.id, reader.Text("id"));
  GONGKAI_ASSIGN_OR_RETURN(agency.name, reader.Text("name"));
  GONGKAI_ASSIGN_OR_RETURN(agency.parent_id, reader.OptionalText("parent_id"));
  return agency;
}

}  // namespace

core::Result<std::optional<domain::Agency>> SqlAgencyRepository::FindAgency(const std::string& id) {
  const std::array<SqlValue, 1> params = {id};
  GONGKAI_ASSIGN_OR_RETURN(
      SqlRows rows,
      context_.connection.Query("SELECT id, name, parent_id FROM agencies WHERE id = $1", params));
  if (rows.empty()) {
    return std::optional<domain::Agency>();
  }
  GONGKAI_ASSIGN_OR_RETURN(domain::Agency agency, AgencyFromRow(rows.front()));
  return std::optional<domain::Agency>(std::move(agency));
}

core::Status SqlAgencyRepository::CheckNoCycle(const domain::Agency& agency) {
  if (!agency.parent_id.has_value()) {
    return core::Ok();
  }
  const auto cycle = [&] {
    return core::Error::FailedPrecondition("不能把机构 " + *agency.parent_id + " 设为 " +
                                           agency.id + " 的上级机构：会形成循环隶属关系");
  };
  if (*agency.parent_id == agency.id) {
    return cycle();
  }
  // UNION (not UNION ALL) stops even if the stored links already contain a cycle.
  const std::array<SqlValue, 2> params = {*agency.parent_id, agency.id};
  GONGKAI_ASSIGN_OR_RETURN(
      SqlRows rows, context_.connection.Query(
                        "WITH RECURSIVE ancestors (id) AS (SELECT CAST($1 AS TEXT) UNION "
                        "SELECT a.parent_id FROM agencies a JOIN ancestors ON a.id = ancestors.id "
                        "WHERE a.parent_id IS NOT NULL) SELECT 1 FROM ancestors WHERE id = $2",
                        params));
  if (!rows.empty()) {
    return cycle();
  }
  return core::Ok();
}

core::Status SqlAgencyRepository::PutAgency(const domain::Agency& agency,
                                            const domain::Actor& actor) {
  GONGKAI_TRY(ValidateActor(actor));
  GONGKAI_TRY(ValidateAgency(agency));
  return RunWrite(context_, [&]() -> core::Status {
    if (agency.parent_id.has_value()) {
      GONGKAI_TRY(RequireAgency(context_.connection, *agency.parent_id, "上级机构"));
    }
    GONGKAI_TRY(CheckNoCycle(agency));
    GONGKAI_ASSIGN_OR_RETURN(std::optional<domain::Agency> before, FindAgency(agency.id));
    const std::array<SqlValue, 3> params = {agency.id, agency.name,
                                            OptionalTextParam(agency.parent_id)};
    GONGKAI_TRY(context_.connection.Query(
        "INSERT INTO agencies (id, name, parent_id) VALUES ($1, $2, $3) ON CONFLICT (id) DO "
        "UPDATE SET name = excluded.name, parent_id = excluded.parent_id",
        params));
    return AppendAudit(
        context_.connection, context_.clock,
        {actor.name, "agency:" + agency.id, before.has_value() ? "agency.update" : "agency.create",
         AgencyJson(agency, before.has_value() ? &*before : nullptr)});
  });
}

core::Result<domain::Agency> SqlAgencyRepository::GetAgency(const std::string& id) {
  GONGKAI_TRY(ValidateAgencyId(id));
  return RunRead(context_, [&]() -> core::Result<domain::Agency> {
    GONGKAI_ASSIGN_OR_RETURN(std::optional<domain::Agency> agency, FindAgency(id));
    if (!agency.has_value()) {
      return core::Error::NotFound("机构 " + id + " 不存在");
    }
    return std::move(*agency);
  });
}

core::Result<std::vector<domain::Agency>> SqlAgencyRepository::ListAgencies() {
  return RunRead(context_, [&]() -> core::Result<std::vector<domain::Agency>> {
    GONGKAI_ASSIGN_OR_RETURN(
        SqlRows rows,
        context_.connection.Query("SELECT id, name, parent_id FROM agencies ORDER BY id", {}));
    std::vector<domain::Agency> agencies;
    agencies.reserve(rows.size());
    for (const SqlRow& row : rows) {
      GONGKAI_ASSIGN_OR_RETURN(domain::Agency agency, AgencyFromRow(row));
      agencies.push_back(std::move(agency));
    }
    return agencies;
  });
}

core::Result<std::vector<std::string>> SqlAgencyRepository::Subtree(const std::string& id) {
  GONGKAI_TRY(ValidateAgencyId(id));
  return RunRead(context_, [&]() -> core::Result<std::vector<std::string>> {
    GONGKAI_TRY(RequireAgency(context_.connection, id, "机构"));
    const std::array<SqlValue, 1> params = {id};
    GONGKAI_ASSIGN_OR_RETURN(
        SqlRows rows, context_.connection.Query(
                          "WITH RECURSIVE subtree (id) AS (SELECT CAST($1 AS TEXT) UNION "
                          "SELECT a.id FROM agencies a JOIN subtree s ON a.parent_id = s.id) "
                          "SELECT id FROM subtree ORDER BY CASE WHEN id = $1 THEN 0 ELSE 1 END, id",
                          params));
    std::vector<std::string> ids;
    ids.reserve(rows.size());
    for (const SqlRow& row : rows) {
      RowReader reader(row, "机构");
      GONGKAI_ASSIGN_OR_RETURN(std::string child, reader.Text("id"));
      ids.push_back(std::move(child));
    }
    return ids;
  });
}

}  // namespace gongkai::store
