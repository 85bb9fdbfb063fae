#include "domain/report_checks.h"

#include <cmath>
#include <string>

namespace gongkai::domain {
namespace {

constexpr std::string_view kSection2 = "二、主动公开政府信息情况";
constexpr std::string_view kSection3 = "三、收到和处理政府信息公开申请情况";
constexpr std::string_view kSection4 = "四、政府信息公开行政复议、行政诉讼情况";

std::string ColumnWhere(int column) {
  std::string where(kSection3);
  where += " / ";
  where += ApplicantColumnLabel(column);
  where += "列";
  return where;
}

std::string Num(std::int64_t v) {
  return std::to_string(v);
}

Finding NotCheckable(std::string_view rule, std::string where, std::string_view what) {
  Finding f;
  f.rule = std::string(rule);
  f.severity = Severity::kInfo;
  f.where = std::move(where);
  f.message = "无法核对：" + std::string(what) + "有空缺或无法识别的单元格";
  f.not_checkable = true;
  return f;
}

Finding Broken(std::string_view rule, std::string where, std::string message) {
  return Finding{std::string(rule), Severity::kError, std::move(where), std::move(message), false};
}

// Sum of `rows` in `column`; nullopt when any of the cells is null.
std::optional<std::int64_t> SumRows(const AnnualReport& report, std::span<const RequestRow> rows,
                                    int column) {
  std::int64_t sum = 0;
  for (RequestRow r : rows) {
    const CountCell& cell = report.row(r)[static_cast<std::size_t>(column)];
    if (!cell.has_value()) {
      return std::nullopt;
    }
    sum += *cell;
  }
  return sum;
}

std::vector<RequestRow> OutcomeRows(const AnnualReport& report) {
  std::vector<RequestRow> rows;
  for (RequestRow r : RowsOf(report.template_version, report.single_other_row)) {
    if (RowInfo(r).is_outcome) {
      rows.push_back(r);
    }
  }
  return rows;
}

void CheckNonNegative(const AnnualReport& report, std::vector<Finding>& out) {
  if (report.requests.has_value()) {
    for (RequestRow r : RowsOf(report.template_version, report.single_other_row)) {
      for (int c = 0; c < kApplicantColumnCount; ++c) {
        const CountCell& cell = report.row(r)[static_cast<std::size_t>(c)];
        if (cell.has_value() && *cell < 0) {
          out.push_back(Broken(kRuleNonNegative, RequestCellWhere(r, c),
                               "申请件数不能为负数，表中为 " + Num(*cell)));
        }
      }
    }
  }
  if (report.review_litigation.has_value()) {
    for (int i = 0; i < kReviewLitigationCount; ++i) {
      const CountCell& cell = (*report.review_litigation)[static_cast<std::size_t>(i)];
      if (cell.has_value() && *cell < 0) {
        out.push_back(Broken(kRuleNonNegative,
                             std::string(kSection4) + " / " + ReviewLitigationCellLabel(i),
                             "案件数不能为负数，表中为 " + Num(*cell)));
      }
    }
  }
  if (!report.proactive.has_value()) {
    return;
  }
  for (const ProactiveRowSpec& spec : ProactiveRowsOf(report.template_version)) {
    auto row = report.proactive->find(std::string(spec.row));
    if (row == report.proactive->end()) {
      continue;
    }
    for (const auto& [column, value] : row->second) {
      if (!value.has_value()) {
        continue;
      }
      const bool signed_column = column == "本年增/减";  // the 2019 template's net change
      const bool is_amount = spec.amount || column == "采购总金额";
      const auto where = [&spec, &column = column] {
        return std::string(kSection2) + " / " + std::string(spec.row) + " / " + column;
      };
      if (*value < 0 && !signed_column) {
        out.push_back(Broken(kRuleNonNegative, where(), "数值不能为负数"));
      } else if (!is_amount && std::floor(*value) != *value) {
        out.push_back(Broken(kRuleNonNegative, where(), "件数应为整数"));
      }
    }
  }
}

void CheckRowTotals(const AnnualReport& report, std::vector<Finding>& out) {
  for (RequestRow r : RowsOf(report.template_version, report.single_other_row)) {
    const RequestRowCells& cells = report.row(r);
    std::int64_t sum = 0;
    bool complete = cells[kTotalColumn].has_value();
    for (int c = 0; c < kTotalColumn && complete; ++c) {
      const CountCell& cell = cells[static_cast<std::size_t>(c)];
      complete = cell.has_value();
      sum += cell.value_or(0);
    }
    if (!complete) {
      out.push_back(NotCheckable(kRuleRowTotal, RequestCellWhere(r, std::nullopt), "本行"));
      continue;
    }
    if (sum != *cells[kTotalColumn]) {
      std::string terms;  // "a + b + …": written only for the message of a broken row
      for (int c = 0; c < kTotalColumn; ++c) {
        terms += (c == 0 ? "" : " + ") + Num(*cells[static_cast<std::size_t>(c)]);
      }
      out.push_back(Broken(kRuleRowTotal, RequestCellWhere(r, kTotalColumn),
                           "本行六类申请人之和 " + terms + " = " + Num(sum) + "，但总计列为 " +
                               Num(*cells[kTotalColumn])));
    }
  }
}

void CheckOutcomeTotals(const AnnualReport& report, std::vector<Finding>& out) {
  const std::vector<RequestRow> outcomes = OutcomeRows(report);
  for (int c = 0; c < kApplicantColumnCount; ++c) {
    const auto sum = SumRows(report, outcomes, c);
    const CountCell& total = report.row(RequestRow::kTotal)[static_cast<std::size_t>(c)];
    if (!sum.has_value() || !total.has_value()) {
      out.push_back(NotCheckable(kRuleOutcomeTotal, ColumnWhere(c), "办理结果各行或（七）总计"));
      continue;
    }
    if (*sum != *total) {
      out.push_back(Broken(kRuleOutcomeTotal, ColumnWhere(c),
                           "办理结果各项之和为 " + Num(*sum) + "，但（七）总计为 " + Num(*total)));
    }
  }
}

void CheckBalance(const AnnualReport& report, std::vector<Finding>& out) {
  for (int c = 0; c < kApplicantColumnCount; ++c) {
    const auto col = static_cast<std::size_t>(c);
    const CountCell& received = report.row(RequestRow::kNewlyReceived)[col];
    const CountCell& carried_in = report.row(RequestRow::kCarriedFromLastYear)[col];
    const CountCell& total = report.row(RequestRow::kTotal)[col];
    const CountCell& carried_out = report.row(RequestRow::kCarriedToNextYear)[col];
    if (!received || !carried_in || !total || !carried_out) {
      out.push_back(NotCheckable(kRuleBalance, ColumnWhere(c), "新收、上年结转、总计或结转下年度"));
      continue;
    }
    const std::int64_t left = *received + *carried_in;
    const std::int64_t right = *total + *carried_out;
    if (left != right) {
      out.push_back(Broken(kRuleBalance, ColumnWhere(c),
                           "本年新收 " + Num(*received) + " + 上年结转 " + Num(*carried_in) +
                               " = " + Num(left) + "，但办理结果总计 " + Num(*total) +
                               " + 结转下年度 " + Num(*carried_out) + " = " + Num(right)));
    }
  }
}

void CheckReviewLitigation(const AnnualReport& report, std::vector<Finding>& out) {
  if (!report.review_litigation.has_value()) {
    return;
  }
  static constexpr std::string_view kRules[] = {kRuleReviewTotal, kRuleLitigationDirectTotal,
                                                kRuleLitigationAfterReviewTotal};
  static constexpr std::string_view kGroups[] = {"行政复议", "行政诉讼 / 未经复议直接起诉",
                                                 "行政诉讼 / 复议后起诉"};
  const auto& cells = *report.review_litigation;
  for (int g = 0; g < 3; ++g) {
    const std::string where = std::string(kSection4) + " / " + std::string(kGroups[g]);
    std::int64_t sum = 0;
    bool complete = true;
    for (int k = 0; k < 5; ++k) {
      complete = complete && cells[static_cast<std::size_t>(g * 5 + k)].has_value();
    }
    if (!complete) {
      out.push_back(NotCheckable(kRules[g], where, "本组"));
      continue;
    }
    for (int k = 0; k < 4; ++k) {
      sum += *cells[static_cast<std::size_t>(g * 5 + k)];
    }
    const std::int64_t total = *cells[static_cast<std::size_t>(g * 5 + 4)];
    if (sum != total) {
      out.push_back(Broken(kRules[g], where + " / 总计",
                           "结果维持 " + Num(*cells[g * 5]) + " + 结果纠正 " +
                               Num(*cells[g * 5 + 1]) + " + 其他结果 " + Num(*cells[g * 5 + 2]) +
                               " + 尚未审结 " + Num(*cells[g * 5 + 3]) + " = " + Num(sum) +
                               "，但总计为 " + Num(total)));
    }
  }
}

void CheckCrossYear(const AnnualReport& report, const AnnualReport& previous,
                    std::vector<Finding>& out) {
  if (report.requests.has_value() && previous.requests.has_value()) {
    for (int c = 0; c < kApplicantColumnCount; ++c) {
      const auto col = static_cast<std::size_t>(c);
      const CountCell& now = report.row(RequestRow::kCarriedFromLastYear)[col];
      const CountCell& before = previous.row(RequestRow::kCarriedToNextYear)[col];
      if (now && before && *now != *before) {
        out.push_back(Finding{
            std::string(kRuleCarryOver), Severity::kWarning, ColumnWhere(c),
            "本年上年结转 " + Num(*now) + " 与上年报告的结转下年度 " + Num(*before) + " 不一致",
            false});
      }
    }
  }
  if (!report.proactive.has_value() || !previous.proactive.has_value() ||
      report.template_version != TemplateVersion::k2021 ||
      previous.template_version != TemplateVersion::k2021) {
    return;
  }
  for (const char* name : {"规章", "行政规范性文件"}) {
    auto now = report.proactive->find(name);
    auto before = previous.proactive->find(name);
    if (now == report.proactive->end() || before == previous.proactive->end()) {
      continue;
    }
    const auto issued = now->second.find("本年制发件数");
    const auto abolished = now->second.find("本年废止件数");
    const auto in_force = now->second.find("现行有效件数");
    const auto in_force_before = before->second.find("现行有效件数");
    if (issued == now->second.end() || abolished == now->second.end() ||
        in_force == now->second.end() || in_force_before == before->second.end() ||
        !issued->second || !abolished->second || !in_force->second || !in_force_before->second) {
      continue;
    }
    const double expected = *in_force_before->second + *issued->second - *abolished->second;
    if (expected != *in_force->second) {
      out.push_back(Finding{
          std::string(kRuleInForceFlow), Severity::kInfo,
          std::string(kSection2) + " / " + name + " / 现行有效件数",
          "上年现行有效 + 本年制发 − 本年废止 = " + Num(static_cast<std::int64_t>(expected)) +
              "，表中现行有效为 " + Num(static_cast<std::int64_t>(*in_force->second)) +
              "（文件修订或清理也会造成差异，仅供核对）",
          false});
    }
  }
}

void CheckFeeUnit(const AnnualReport& report, std::vector<Finding>& out) {
  if (!report.proactive.has_value() || report.template_version != TemplateVersion::k2021) {
    return;
  }
  auto row = report.proactive->find("行政事业性收费");
  if (row == report.proactive->end()) {
    return;
  }
  auto cell = row->second.find("本年收费金额（单位：万元）");
  // 1,000 亿元 of administrative fees in one organ's year is implausible: the figure was most
  // likely written in 元 instead of 万元.
  constexpr double kImplausibleWanYuan = 10'000'000.0;
  if (cell != row->second.end() && cell->second && *cell->second >= kImplausibleWanYuan) {
    out.push_back(Finding{
        std::string(kRuleFeeUnit), Severity::kWarning,
        std::string(kSection2) + " / 行政事业性收费 / 本年收费金额（单位：万元）",
        "收费金额 " + std::to_string(*cell->second) + " 万元过大，可能误以“元”为单位填写", false});
  }
}

}  // namespace

std::vector<Finding> CheckReport(const AnnualReport& report, const AnnualReport* previous_year) {
  std::vector<Finding> out;
  if (report.template_version == TemplateVersion::kPre2019) {
    return out;
  }
  CheckNonNegative(report, out);
  if (report.requests.has_value()) {
    if (report.template_version == TemplateVersion::k2021 && report.single_other_row) {
      out.push_back(Finding{std::string(kRuleOtherRows), Severity::kWarning,
                            std::string(kSection3) + " / （六）其他处理",
                            "2021年版格式要求（六）其他处理分列三个子项，本表只有一行合计", false});
    }
    CheckRowTotals(report, out);
    CheckOutcomeTotals(report, out);
    CheckBalance(report, out);
  }
  CheckReviewLitigation(report, out);
  CheckFeeUnit(report, out);
  if (previous_year != nullptr) {
    CheckCrossYear(report, *previous_year, out);
  }
  return out;
}

bool HasErrors(std::span<const Finding> findings) {
  for (const Finding& f : findings) {
    if (f.severity == Severity::kError) {
      return true;
    }
  }
  return false;
}

}  // namespace gongkai::domain
