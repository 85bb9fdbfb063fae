// The predicted outcome of the national spot-check (国办秘函〔2019〕19号): each 单项否决 item
// passed, failed or could not be judged with its evidence, the deduction items that can be
// computed with their (configurable) points, 合格/不合格, and what to fix first.
#pragma once

#include <string>

#include "core/date.h"
#include "inspect/crawler.h"
#include "inspect/inspect_rules.h"
#include "inspect/inspection.h"
#include "inspect/site_analyzer.h"

namespace gongkai::inspect {

// Builds the whole Inspection from the crawl and the analysis. Pure: the check point is given.
Inspection Judge(const std::string& site, core::Date check_point, const CrawlSummary& crawl,
                 const AnalysisState& analysis, const InspectRules& rules);

}  // namespace gongkai::inspect
