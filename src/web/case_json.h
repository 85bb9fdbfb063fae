// The JSON form of a case in the API: the public status (anyone with the number) and, for staff,
// the full case with applicant and every event.
#pragma once

#include <string>

#include "domain/request_case.h"
#include "web/public_case_status.h"

namespace gongkai::web {

// {"receipt_code","tracking_number","agency_id","state","state_label","received_on","due_on",
//  "due_provisional" (true when due_on is 暂定: counted through a year without holiday schedule),
//  "closed_on","outcome","outcome_label","steps":[{"date","label"}]}; absent dates are null. Pure.
std::string PublicStatusJson(const PublicCaseStatus& status);

// The public status plus "id", "version", "applicant" {kind, name, id_document, contact},
// "information_requested", "preferred_form", "channel" and "events" (type, date, actor, note and
// the type's fields). For authenticated staff only. Pure.
std::string StaffCaseJson(const domain::RequestCase& request_case);

}  // namespace gongkai::web
