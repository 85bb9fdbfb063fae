// The parts of an annual report that do not come from request cases: the section 二 figures
// (entered or imported by the organ) and the organ's own text for sections 一, 五 and 六.
#pragma once

#include <cstdint>
#include <string>

namespace gongkai::domain {

// Decimals the section 二 fee may have: it is in 万元, so 4 decimals are whole yuan, and more mean
// the figure was not entered in 万元.
inline constexpr int kFeeDecimals = 4;

// Section 二 of the 2021 template for one agency and year. Counts are whole numbers; the fee is
// in 万元 as printed in the report (kFeeDecimals decimals = whole yuan).
struct ProactiveFigures {
  std::string agency_id;
  int year = 0;
  std::int64_t rules_issued = 0, rules_abolished = 0, rules_in_force = 0;  // 规章
  std::int64_t normative_issued = 0, normative_abolished = 0,
               normative_in_force = 0;   // 行政规范性文件
  std::int64_t licensing_decisions = 0;  // 行政许可 本年处理决定数量
  std::int64_t penalty_decisions = 0;    // 行政处罚
  std::int64_t coercion_decisions = 0;   // 行政强制
  double fees_wan_yuan = 0;  // 行政事业性收费 本年收费金额（单位：万元）
};

// Free text of sections 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项.
struct ReportText {
  std::string agency_id;
  int year = 0;
  std::string overview;       // 一
  std::string problems;       // 五
  std::string other_matters;  // 六
};

}  // namespace gongkai::domain
