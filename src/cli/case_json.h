// How `gongkai case … --json` prints cases for scripts: one object per case with its details,
// derived deadline, timeline and warnings (the shape is documented in case_json.cc).
#pragma once

#include <span>
#include <string>

#include "cli/case_view.h"

namespace gongkai::cli {

// The case as a pretty-printed JSON object followed by a newline.
std::string CaseJson(const CaseView& view);

// The cases as a pretty-printed JSON array followed by a newline.
std::string CaseListJson(std::span<const CaseView> views);

}  // namespace gongkai::cli
