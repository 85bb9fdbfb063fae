// Inspects one site end to end: crawls it (or resumes a saved crawl), runs the checks on every
// page, keeps the crawl state on disk, and judges the result. The composition of Crawler,
// SiteAnalyzer and Judge; the network comes in as a Fetcher.
#pragma once

#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "inspect/crawler.h"
#include "inspect/fetcher.h"
#include "inspect/inspect_rules.h"
#include "inspect/inspection.h"

namespace gongkai::inspect {

struct InspectOptions {
  CrawlOptions crawl;
  InspectRules rules;
  std::string state_path;  // crawl state file; empty: none kept
  bool resume = false;     // continue from state_path
};

// Inspects the site at `url`. Errors: kInvalidArgument for a URL that is not http(s) or a state
// file that cannot be read or belongs to another site; kNotFound when --resume finds no state
// file; kUnavailable when the state file cannot be written. `fetcher` and `clock` are borrowed.
core::Result<Inspection> InspectSite(const std::string& url, const InspectOptions& options,
                                     Fetcher& fetcher, const core::Clock& clock);

}  // namespace gongkai::inspect
