// Extracting the annual-report statistics (sections 二, 三, 四) from a Document, whatever its
// layout.
#pragma once

#include "audit/document.h"
#include "core/result.h"
#include "domain/annual_report.h"

namespace gongkai::audit {

// Finds the report's agency, year, template version and every cell of sections 二, 三 and 四.
// Cells that cannot be placed with certainty are null, each with a finding (rule ids
// "cells.*", "structure.*"); then runs domain::CheckReport and appends its findings.
// Pre-2019 reports come back with template kPre2019, null tables and a finding saying why.
// Errors: kInvalidArgument when the document is not an annual report at all (no section 三 table
// or recognisable report text). Pure and thread-safe.
core::Result<domain::AnnualReport> ExtractReport(const Document& document);

}  // namespace gongkai::audit
