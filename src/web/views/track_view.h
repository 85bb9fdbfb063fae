// The 申请查询 page: a search box for the receipt code or tracking number and, when found, the
// public status of the case (no personal data).
#pragma once

#include <optional>
#include <string>

#include "web/public_case_status.h"

namespace gongkai::web {

// Content HTML. `number` refills the box; `error` is shown at the box (e.g. not found). Pure.
std::string RenderTrackPage(const std::string& number,
                            const std::optional<PublicCaseStatus>& status,
                            const std::optional<std::string>& error,
                            const std::string& agency_name);

}  // namespace gongkai::web
