// The report's own prose as evidence (report-json.md): numbers stated in words in sections 一 and
// 六 ("本年度制发规范性文件34件", "采购信息21条共5419886元", "共收到政府信息公开申请34件") are
// compared with the tables, and where a fused run of section 二 has several splits, the one split
// that agrees best with the stated numbers is taken, with a warning saying so.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "audit/document.h"
#include "domain/annual_report.h"

namespace gongkai::audit {

// A number the report states in running text: the value, the unit after it (件, 条, 元 …) and the
// text just before it (for the keywords that say what it counts).
struct StatedNumber {
  std::int64_t value = 0;
  char32_t unit = 0;
  std::u32string before;  // up to 30 characters before the number, folded
  std::u32string after;   // up to 8 characters after the unit, folded
  std::string quote;      // the sentence part quoted in findings (UTF-8)
};

// Every number followed by a counting unit (件 条 个 项 元) in the document's text, in order.
// Numbers inside table runs are not followed by a unit, so they do not appear. Pure; linear.
std::vector<StatedNumber> FindStatedNumbers(const Document& document);

// For each proactive row in `ambiguous` (row label -> candidate splits), takes the one split that
// agrees with the most stated numbers when exactly one does (rule prose.split, a warning); then
// compares the stated numbers that name a column of 行政规范性文件 (2021 template: 制发, 废止,
// 现行有效) with the table (rule prose.mismatch, a warning quoting both).
void ApplyProseEvidence(
    const std::vector<StatedNumber>& stated,
    const std::map<std::string, std::vector<std::vector<std::int64_t>>>& ambiguous,
    domain::AnnualReport& report);

// Compares the number of requests the prose says were received (共收到…申请N件, 受理…申请N件,
// 依申请公开信息数N条) with 本年新收 总计 (or 新收 + 上年结转): when none of them agrees, a
// prose.mismatch warning quotes the first. Needs the request table filled.
void CompareProseWithTables(const std::vector<StatedNumber>& stated, domain::AnnualReport& report);

}  // namespace gongkai::audit
