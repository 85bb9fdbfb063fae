#include "store/sql/sql_context.h"

#include <array>

namespace gongkai::store {

core::Status RequireAgency(SqlConnection& connection, const std::string& agency_id,
                           std::string_view role) {
  const std::array<SqlValue, 1> params = {agency_id};
  GONGKAI_ASSIGN_OR_RETURN(SqlRows rows,
                           connection.Query("SELECT 1 FROM agencies WHERE id = $1", params));
  if (rows.empty()) {
    return core::Error::NotFound(std::string(role) + " " + agency_id + " 不存在");
  }
  return core::Ok();
}

AgencySetClause AgencyInClause(Dialect dialect, std::span<const std::string> agency_ids,
                               int param_index) {
  // Agency ids are [a-z0-9-], so they need no quoting inside a JSON or array literal. One
  // parameter keeps the statement text fixed whatever the number of agencies.
  const std::string index = std::to_string(param_index);
  std::string list;
  if (dialect == Dialect::kPostgres) {
    list = "{";
    for (std::size_t i = 0; i < agency_ids.size(); ++i) {
      list += (i == 0 ? "" : ",") + agency_ids[i];
    }
    list += "}";
    return {"agency_id = ANY($" + index + "::text[])", list};
  }
  list = "[";
  for (std::size_t i = 0; i < agency_ids.size(); ++i) {
    list += (i == 0 ? "\"" : ",\"") + agency_ids[i] + "\"";
  }
  list += "]";
  return {"agency_id IN (SELECT value FROM json_each($" + index + "))", list};
}

}  // namespace gongkai::store
