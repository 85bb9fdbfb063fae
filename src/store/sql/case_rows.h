// Row <-> domain mapping of request cases: the `cases` row holds the case's fields and the
// derived, indexed columns (state, received_on, closed_on, outcome, applicant_kind, agency_id);
// `case_events` holds one row per event.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/request_case.h"
#include "domain/store.h"
#include "store/sql/sql_value.h"

namespace gongkai::store {

// Column list read by CaseFromRow, in order.
inline constexpr std::string_view kCaseColumns =
    "id, tracking_number, agency_id, applicant_kind, applicant_name, applicant_id_document, "
    "applicant_contact, information_requested, preferred_form, channel, submitted_on, version, "
    "state, received_on, closed_on, outcome, due_on, due_provisional";
// Column list read by EventFromRow, in order.
inline constexpr std::string_view kEventColumns =
    "case_id, sequence, type, date, actor, note, outcome, correction_due, working_days, approver, "
    "consultation_party, amount_yuan, fee_method, provision_form";
// Column list read by FactFromRow, in order.
inline constexpr std::string_view kFactColumns =
    "id, tracking_number, applicant_kind, received_on, closed_on, outcome";

// The case without its events. kInternal naming the case for unreadable stored values.
core::Result<domain::RequestCase> CaseFromRow(const SqlRow& row);
// The event and the id of its case.
core::Result<std::pair<std::int64_t, domain::CaseEvent>> EventFromRow(const SqlRow& row);
core::Result<domain::CaseReportFact> FactFromRow(const SqlRow& row);

// Parameters $1..$17 for the columns of kCaseColumns after id, in order.
std::vector<SqlValue> CaseParams(const domain::RequestCase& request_case);
// Parameters $1..$14 for kEventColumns.
std::vector<SqlValue> EventParams(std::int64_t case_id, const domain::CaseEvent& event);

// The stored text of a report row (its report-json key, e.g. "不予公开.5").
std::string RowKey(domain::RequestRow row);

// True when both events record the same facts (the sequence number is not compared).
bool SameEvent(const domain::CaseEvent& a, const domain::CaseEvent& b);

}  // namespace gongkai::store
