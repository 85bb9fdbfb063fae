// The annual-report queries over the cases table: the period rules of domain/report_counting.h
// written as SQL, so counting a year over a million cases is one index-only scan.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/store.h"
#include "store/sql/sql_connection.h"

namespace gongkai::store {

// Counts of the request table for `year` over `agency_ids` (exact agencies, not subtrees).
// kInvalidArgument for a bad year or agency id. REQUIRES: caller holds the context lock.
core::Result<domain::RequestCounts> QueryRequestCounts(SqlConnection& connection,
                                                       std::span<const std::string> agency_ids,
                                                       int year);

// The cases counted in (row, applicant kind) — every kind when nullopt — ordered by receipt.
// kTotal yields every case with an outcome in the year. kInvalidArgument for a bad year, agency
// id or kind.
core::Result<std::vector<domain::CaseReportFact>> QueryCasesBehindCell(
    SqlConnection& connection, std::span<const std::string> agency_ids, int year,
    domain::RequestRow row, std::optional<int> applicant_kind);

// Argument checks shared by both queries.
core::Status ValidateReportScope(std::span<const std::string> agency_ids, int year);

}  // namespace gongkai::store
