// What the public may see of a case when tracking it (申请查询): its state, 收到申请之日, the
// current statutory due date and the dated steps — but no personal data, no free-text notes and
// not the request itself, since anyone holding the number can look.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "domain/request_case.h"

namespace gongkai::web {

struct PublicStep {
  core::Date date;
  std::string label;  // e.g. "登记", "告知补正（补正期限 2025-03-20）", "答复：（一）予以公开"
};

struct PublicCaseStatus {
  std::string receipt_code;
  std::string tracking_number;  // empty until registered
  std::string agency_id;
  std::string state_code;   // "registered", …
  std::string state_label;  // "已登记", …
  std::optional<core::Date> received_on;
  std::optional<core::Date> due_on;  // while the reply clock runs or is paused
  bool due_provisional = false;      // due_on counted through a year without schedule (暂定)
  std::optional<core::Date> closed_on;
  std::optional<std::string> outcome_label;
  std::vector<PublicStep> steps;  // in order; free notes are left out
};

// The public view of `request_case` (its id must be assigned). Pure.
PublicCaseStatus PublicStatusOf(const domain::RequestCase& request_case);

}  // namespace gongkai::web
