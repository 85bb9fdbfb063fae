// The crawl state kept on disk for --resume: the crawler's snapshot (every URL met with its
// verdict, pending requests, link verdicts, limit counts) and the analysis so far, as one JSON
// document.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "inspect/crawler.h"
#include "inspect/site_analyzer.h"

namespace gongkai::inspect {

struct SavedCrawl {
  CrawlSnapshot crawl;
  AnalysisState analysis;
};

// Serialises both parts. Invalid UTF-8 becomes U+FFFD.
std::string SaveCrawlState(const CrawlSnapshot& crawl, const AnalysisState& analysis);

// Reads SaveCrawlState's output. kInvalidArgument (Chinese message) for anything else.
core::Result<SavedCrawl> LoadCrawlState(std::string_view text);

}  // namespace gongkai::inspect
