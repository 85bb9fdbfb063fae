// How the command line names a request case: its tracking number (受理编号, e.g.
// "cq-scjg-2025-00017") or its numeric id, which a case has before it is registered.
#pragma once

#include <string>

#include "core/result.h"
#include "domain/request_case.h"
#include "domain/store.h"

namespace gongkai::cli {

// The case named by `reference`: a string of digits is tried as an id first, then as a tracking
// number; anything else is a tracking number. kInvalidArgument for an empty reference; kNotFound
// (Chinese message naming the reference) when no case matches; otherwise the store's errors.
core::Result<domain::RequestCase> FindCase(domain::CaseRepository& cases,
                                           const std::string& reference);

}  // namespace gongkai::cli
