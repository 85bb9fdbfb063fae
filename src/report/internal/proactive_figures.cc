#include "report/internal/proactive_figures.h"

#include <cmath>
#include <cstdint>
#include <string>

#include "core/check.h"

namespace gongkai::report::internal {
namespace {

struct FigureField {
  std::string_view row;
  std::string_view column;
  double (*get)(const domain::ProactiveFigures&);
};

template <std::int64_t domain::ProactiveFigures::*kField>
double Count(const domain::ProactiveFigures& figures) {
  return static_cast<double>(figures.*kField);
}

double Fees(const domain::ProactiveFigures& figures) {
  return figures.fees_wan_yuan;
}

using domain::ProactiveFigures;

constexpr FigureField kFigureFields[] = {
    {"规章", "本年制发件数", Count<&ProactiveFigures::rules_issued>},
    {"规章", "本年废止件数", Count<&ProactiveFigures::rules_abolished>},
    {"规章", "现行有效件数", Count<&ProactiveFigures::rules_in_force>},
    {"行政规范性文件", "本年制发件数", Count<&ProactiveFigures::normative_issued>},
    {"行政规范性文件", "本年废止件数", Count<&ProactiveFigures::normative_abolished>},
    {"行政规范性文件", "现行有效件数", Count<&ProactiveFigures::normative_in_force>},
    {"行政许可", "本年处理决定数量", Count<&ProactiveFigures::licensing_decisions>},
    {"行政处罚", "本年处理决定数量", Count<&ProactiveFigures::penalty_decisions>},
    {"行政强制", "本年处理决定数量", Count<&ProactiveFigures::coercion_decisions>},
    {"行政事业性收费", "本年收费金额（单位：万元）", Fees},
};

}  // namespace

std::optional<double> ProactiveFigureValue(const ProactiveFigures& figures, std::string_view row,
                                           std::string_view column) {
  for (const FigureField& field : kFigureFields) {
    if (field.row == row && field.column == column) {
      return field.get(figures);
    }
  }
  return std::nullopt;
}

void AddProactiveFigures(const ProactiveFigures& figures, domain::AnnualReport& report) {
  GONGKAI_CHECK(report.proactive.has_value());  // the caller builds a 2021-template report
  for (const FigureField& field : kFigureFields) {
    std::optional<double>& cell =
        (*report.proactive)[std::string(field.row)][std::string(field.column)];
    cell = cell.value_or(0) + field.get(figures);
  }
  // Sums of 万元 amounts drift in binary floating point; the table holds 4 decimals (whole yuan).
  auto& fee = (*report.proactive)["行政事业性收费"]["本年收费金额（单位：万元）"];
  fee = std::round(*fee * 10000.0) / 10000.0;
}

}  // namespace gongkai::report::internal
