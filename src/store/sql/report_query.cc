#include "store/sql/report_query.h"

#include <array>

#include "store/sql/case_rows.h"
#include "store/sql/record_validation.h"
#include "store/sql/sql_context.h"

namespace gongkai::store {
namespace {

// $1 = the agency set, $2 = 1 January of the year, $3 = 31 December. Three disjoint parts,
// each a range of a covering index, with the sums 新收, 上年结转, the outcome row (grouped by
// outcome) and 结转下年度 exactly as RowsCountedIn decides them (year comparisons become date
// comparisons at the year's bounds):
//   open cases received by 31 December;
//   cases closed on or after 1 January (whatever their receipt date, as long as they have one);
//   cases received in the year but recorded as closed before it (they still count as 新收).
// Cases closed before the year and received before it count nowhere and are never read.
constexpr const char* kCountSqlTemplate =
    "SELECT applicant_kind, NULL AS outcome, "
    "SUM(CASE WHEN received_on >= $2 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN received_on < $2 THEN 1 ELSE 0 END), 0, COUNT(*) "
    "FROM cases WHERE {agencies} AND closed_on IS NULL AND received_on <= $3 "
    "AND applicant_kind BETWEEN 0 AND 5 GROUP BY applicant_kind "
    "UNION ALL "
    "SELECT applicant_kind, outcome, "
    "SUM(CASE WHEN received_on >= $2 AND received_on <= $3 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN received_on < $2 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN closed_on <= $3 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN received_on <= $3 AND closed_on > $3 THEN 1 ELSE 0 END) "
    "FROM cases WHERE {agencies} AND closed_on >= $2 AND received_on IS NOT NULL "
    "AND applicant_kind BETWEEN 0 AND 5 GROUP BY applicant_kind, outcome "
    "UNION ALL "
    "SELECT applicant_kind, NULL, COUNT(*), 0, 0, 0 "
    "FROM cases WHERE {agencies} AND received_on >= $2 AND received_on <= $3 AND closed_on < $2 "
    "AND applicant_kind BETWEEN 0 AND 5 GROUP BY applicant_kind";

std::string WithAgencies(std::string sql, const std::string& clause) {
  const std::string marker = "{agencies}";
  for (std::size_t at = sql.find(marker); at != std::string::npos; at = sql.find(marker, at)) {
    sql.replace(at, marker.size(), clause);
  }
  return sql;
}

std::vector<SqlValue> ScopeParams(const AgencySetClause& clause, int year) {
  const std::string y = std::to_string(year);
  std::vector<SqlValue> params;
  params.reserve(4);
  params.push_back(clause.param);
  params.emplace_back(y + "-01-01");
  params.emplace_back(y + "-12-31");
  return params;
}

core::Status AddCounts(const SqlRow& row, domain::RequestCounts& counts) {
  RowReader reader(row, "年报统计结果");
  GONGKAI_ASSIGN_OR_RETURN(std::int64_t kind, reader.Int("applicant_kind"));
  GONGKAI_ASSIGN_OR_RETURN(std::optional<std::string> outcome, reader.OptionalText("outcome"));
  std::array<std::int64_t, 4> sums{};
  for (std::int64_t& sum : sums) {
    GONGKAI_ASSIGN_OR_RETURN(sum, reader.Int("count"));
  }
  const auto add = [&](domain::RequestRow row_id, std::int64_t n) {
    counts.cells[static_cast<std::size_t>(row_id)][static_cast<std::size_t>(kind)] += n;
  };
  add(domain::RequestRow::kNewlyReceived, sums[0]);
  add(domain::RequestRow::kCarriedFromLastYear, sums[1]);
  if (outcome.has_value()) {
    const std::optional<domain::RequestRow> outcome_row = domain::RowFromKey(*outcome);
    if (!outcome_row.has_value()) {
      return core::Error::Internal("数据库中案件的办理结果“" + *outcome + "”无法识别");
    }
    add(*outcome_row, sums[2]);
  }
  add(domain::RequestRow::kCarriedToNextYear, sums[3]);
  return core::Ok();
}

// Parameters numbered as they are added, so that a statement uses every one it is given
// (PostgreSQL cannot type a parameter the statement does not mention).
struct ParamList {
  std::string Add(SqlValue value) {
    values.push_back(std::move(value));
    return "$" + std::to_string(values.size());
  }
  std::vector<SqlValue> values;
};

// The condition under which a case counts in `row` of `year` (the agency set comes separately).
std::string RowCondition(domain::RequestRow row, int year, ParamList& params) {
  const std::string y = std::to_string(year);
  const auto start = [&] {
    return params.Add(y + "-01-01");
  };
  const auto end = [&] {
    return params.Add(y + "-12-31");
  };
  switch (row) {
    case domain::RequestRow::kNewlyReceived: {
      const std::string s = start();
      return "received_on >= " + s + " AND received_on <= " + end();
    }
    case domain::RequestRow::kCarriedFromLastYear: {
      const std::string s = start();
      return "received_on < " + s + " AND (closed_on IS NULL OR closed_on >= " + s + ")";
    }
    case domain::RequestRow::kCarriedToNextYear: {
      const std::string e = end();
      return "received_on <= " + e + " AND (closed_on IS NULL OR closed_on > " + e + ")";
    }
    default: {
      const std::string s = start();
      const std::string closed_in_year =
          "received_on IS NOT NULL AND closed_on >= " + s + " AND closed_on <= " + end();
      if (row == domain::RequestRow::kTotal) {
        return closed_in_year + " AND outcome IS NOT NULL";
      }
      return closed_in_year + " AND outcome = " + params.Add(RowKey(row));
    }
  }
}

}  // namespace

core::Status ValidateReportScope(std::span<const std::string> agency_ids, int year) {
  GONGKAI_TRY(ValidateYear(year));
  for (const std::string& id : agency_ids) {
    GONGKAI_TRY(ValidateAgencyId(id));
  }
  return core::Ok();
}

core::Result<domain::RequestCounts> QueryRequestCounts(SqlConnection& connection,
                                                       std::span<const std::string> agency_ids,
                                                       int year) {
  GONGKAI_TRY(ValidateReportScope(agency_ids, year));
  domain::RequestCounts counts;
  if (agency_ids.empty()) {
    return counts;
  }
  const AgencySetClause clause = AgencyInClause(connection.dialect(), agency_ids, 1);
  const std::vector<SqlValue> params = ScopeParams(clause, year);
  GONGKAI_ASSIGN_OR_RETURN(SqlRows rows,
                           connection.Query(WithAgencies(kCountSqlTemplate, clause.sql), params));
  for (const SqlRow& row : rows) {
    GONGKAI_TRY(AddCounts(row, counts));
  }
  return counts;
}

core::Result<std::vector<domain::CaseReportFact>> QueryCasesBehindCell(
    SqlConnection& connection, std::span<const std::string> agency_ids, int year,
    domain::RequestRow row, std::optional<int> applicant_kind) {
  GONGKAI_TRY(ValidateReportScope(agency_ids, year));
  if (applicant_kind.has_value() && (*applicant_kind < 0 || *applicant_kind > 5)) {
    return core::Error::InvalidArgument("申请人类型 " + std::to_string(*applicant_kind) +
                                        " 无效：应为 0 至 5");
  }
  std::vector<domain::CaseReportFact> facts;
  if (agency_ids.empty()) {
    return facts;
  }
  const AgencySetClause clause = AgencyInClause(connection.dialect(), agency_ids, 1);
  ParamList params;
  params.Add(clause.param);
  std::string sql = "SELECT " + std::string(kFactColumns) + " FROM cases WHERE " + clause.sql +
                    " AND applicant_kind BETWEEN 0 AND 5 AND " + RowCondition(row, year, params);
  if (applicant_kind.has_value()) {
    sql += " AND applicant_kind = " + params.Add(static_cast<std::int64_t>(*applicant_kind));
  }
  sql += " ORDER BY received_on, id";
  GONGKAI_ASSIGN_OR_RETURN(SqlRows rows, connection.Query(sql, params.values));
  facts.reserve(rows.size());
  for (const SqlRow& result_row : rows) {
    GONGKAI_ASSIGN_OR_RETURN(domain::CaseReportFact fact, FactFromRow(result_row));
    facts.push_back(std::move(fact));
  }
  return facts;
}

}  // namespace gongkai::store
