// The printable HTML report of an inspection, in Chinese: counts, the verdict table, what to
// fix first, every problem linked to its page, the limits that cut the crawl short, and the
// trend against the previous inspection of the same site when there is one.
#pragma once

#include <string>

#include "inspect/inspection.h"

namespace gongkai::inspect {

// A self-contained HTML page (inline CSS, print-friendly). `previous` may be null.
std::string InspectionToHtml(const Inspection& inspection, const Inspection* previous);

}  // namespace gongkai::inspect
