// The JSON form of an inspection (`gongkai inspect --json`, and inspection.json in --out):
// {"site", "pages_crawled", "limits_hit": [{"limit", "count", "detail"}],
//  "problems": [{"rule", "severity", "page", "target", "excerpt"}],
//  "verdict": [{"item", "result", "evidence"}], "prediction"}.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "inspect/inspection.h"

namespace gongkai::inspect {

// Pretty-printed JSON. Invalid UTF-8 from a page becomes U+FFFD.
std::string InspectionToJson(const Inspection& inspection);

// Reads what InspectionToJson wrote (for the trend against the previous inspection).
// kInvalidArgument (Chinese message) when the text is not such JSON.
core::Result<Inspection> InspectionFromJson(std::string_view json);

}  // namespace gongkai::inspect
