// The result of inspecting one site: what was crawled, which limits cut the crawl short, every
// problem found (a rule id tied to an item of spec/inspection.md), the verdict per 单项否决 and
// deduction item, and the predicted outcome of the national spot-check.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace gongkai::inspect {

enum class Severity { kVeto, kDeduction, kWarning };

// "veto", "deduction" or "warning": the JSON spelling.
std::string_view SeverityName(Severity severity);

struct Problem {
  std::string rule;  // e.g. "link-broken", see docs/ARCHITECTURE.md for the list
  Severity severity = Severity::kWarning;
  std::string page;     // URL of the page the problem was found on
  std::string target;   // the link, column or word concerned
  std::string excerpt;  // anchor text, context or evidence (Chinese)
};

struct LimitHit {
  std::string limit;      // e.g. "max_pages", "trap_calendar"
  std::size_t count = 0;  // URLs (or responses) the limit affected
  std::string detail;     // Chinese, for the reports
};

enum class ItemResult { kPassed, kFailed, kUnknown };

// "passed", "failed" or "unknown".
std::string_view ItemResultName(ItemResult result);

struct VerdictItem {
  std::string item;  // e.g. "首页不更新（I2）"
  ItemResult result = ItemResult::kUnknown;
  std::string evidence;
  bool veto = true;      // 单项否决 item; false: a deduction item
  double deduction = 0;  // points deducted (deduction items)
};

struct Inspection {
  std::string site;
  std::string check_point;  // YYYY-MM-DD
  std::size_t pages_crawled = 0;
  std::size_t links_checked = 0;
  std::vector<LimitHit> limits_hit;
  std::vector<Problem> problems;
  std::vector<VerdictItem> verdict;
  std::string prediction;              // "合格" or "不合格"
  double score = 100;                  // 100 minus the deductions that could be computed
  std::vector<std::string> fix_first;  // Chinese, most urgent first
};

}  // namespace gongkai::inspect
