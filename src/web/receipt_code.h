// The receipt code (回执编号) given to an applicant the moment an application is filed, before the
// organ registers it and assigns the official tracking number. It is "<case id>-<check>", where the
// check is derived from the application's own content, so that the code cannot be guessed from
// another code: only the applicant (and staff) can look a case up with it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/request_case.h"

namespace gongkai::web {

// The receipt code of a stored case (id assigned). Pure; stable across restarts because it is
// computed from fields that never change after receipt.
std::string ReceiptCode(const domain::RequestCase& request_case);

// The case id a well-formed receipt code claims, or nullopt when `code` does not have the shape
// "<digits>-<10 hex>". The caller must still compare ReceiptCode(case) with `code`.
std::optional<std::int64_t> CaseIdOfReceiptCode(std::string_view code);

}  // namespace gongkai::web
