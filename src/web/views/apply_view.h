// The 在线申请 pages: the application form (with the previous input and field errors after a failed
// submission) and the receipt shown after a successful one.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "domain/agency.h"
#include "domain/request_case.h"
#include "web/field_error.h"

namespace gongkai::web {

// Content HTML of the form. `values` refills the fields; `errors` marks them. Pure.
std::string RenderApplyForm(std::span<const domain::Agency> agencies, const FieldMap& values,
                            const std::vector<FieldError>& errors);

// Content HTML of the receipt: the receipt code to keep, the organ, 收到申请之日 and the due date.
// Pure.
std::string RenderApplyReceipt(const domain::RequestCase& request_case,
                               const std::string& receipt_code, const std::string& agency_name);

}  // namespace gongkai::web
