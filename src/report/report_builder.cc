#include "report/report_builder.h"

#include "domain/annual_inputs.h"
#include "domain/report_checks.h"
#include "domain/report_counting.h"
#include "domain/review_register.h"
#include "report/internal/proactive_figures.h"

namespace gongkai::report {
namespace {

using domain::AnnualReport;

// Sums the entered figures of the agencies into the proactive table; returns the agencies that
// entered nothing.
core::Result<std::vector<std::string>> FillProactive(domain::Store& store,
                                                     const std::vector<std::string>& agency_ids,
                                                     int year, AnnualReport& report) {
  std::vector<std::string> missing;
  for (const std::string& id : agency_ids) {
    core::Result<domain::ProactiveFigures> figures =
        store.annual_inputs().GetProactiveFigures(id, year);
    if (!figures.has_value() && figures.error().code == core::ErrorCode::kNotFound) {
      missing.push_back(id);
      continue;
    }
    GONGKAI_TRY(figures);
    internal::AddProactiveFigures(*figures, report);
  }
  return missing;
}

// The three tables of `year` over the agencies, without header or checks. The agencies that
// entered no section 二 figures are returned in `missing_figures`.
struct Tables {
  AnnualReport report;
  std::vector<std::string> missing_figures;
};

core::Result<Tables> ComputeTables(domain::Store& store, const std::vector<std::string>& agency_ids,
                                   int year) {
  Tables tables{AnnualReport::Empty(domain::TemplateVersion::k2021, false), {}};
  GONGKAI_ASSIGN_OR_RETURN(const domain::RequestCounts counts,
                           store.cases().CountForReport(agency_ids, year));
  domain::FillRequestTable(counts, tables.report);
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<domain::ReviewCase> reviews,
                           store.reviews().ListReviews(agency_ids));
  const domain::ReviewLitigationCounts review_counts = domain::CountReviews(reviews, year);
  for (int i = 0; i < domain::kReviewLitigationCount; ++i) {
    (*tables.report.review_litigation)[static_cast<std::size_t>(i)] =
        review_counts[static_cast<std::size_t>(i)];
  }
  GONGKAI_ASSIGN_OR_RETURN(tables.missing_figures,
                           FillProactive(store, agency_ids, year, tables.report));
  return tables;
}

domain::Finding NotEnteredFinding(const std::vector<std::string>& missing, std::size_t in_scope) {
  std::string names;
  for (const std::string& id : missing) {
    names += (names.empty() ? "" : "、") + id;
  }
  const bool none = missing.size() == in_scope;
  return domain::Finding{std::string(kRuleProactiveNotEntered), domain::Severity::kWarning,
                         "二、主动公开政府信息情况",
                         none ? "尚未录入本年度主动公开数据（" + names + "），表中数字为空"
                              : "以下机构尚未录入本年度主动公开数据，合计数未包含其数字：" + names,
                         false};
}

}  // namespace

core::Result<std::vector<std::string>> AgenciesInScope(domain::Store& store,
                                                       const std::string& agency_id, Scope scope) {
  GONGKAI_TRY(store.agencies().GetAgency(agency_id));
  if (scope == Scope::kAgencyOnly) {
    return std::vector<std::string>{agency_id};
  }
  return store.agencies().Subtree(agency_id);
}

core::Result<AnnualReport> BuildAnnualReport(domain::Store& store, const std::string& agency_id,
                                             int year, Scope scope) {
  if (year < 1901 || year > 2999) {
    // 1901: the cross-year checks also read the year before.
    return core::Error::InvalidArgument("报告年度 " + std::to_string(year) +
                                        " 超出 1901–2999 的范围");
  }
  GONGKAI_ASSIGN_OR_RETURN(const domain::Agency agency, store.agencies().GetAgency(agency_id));
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<std::string> ids,
                           AgenciesInScope(store, agency_id, scope));
  GONGKAI_ASSIGN_OR_RETURN(Tables current, ComputeTables(store, ids, year));
  GONGKAI_ASSIGN_OR_RETURN(const Tables previous, ComputeTables(store, ids, year - 1));
  AnnualReport report = std::move(current.report);
  report.agency = scope == Scope::kAgencyOnly ? agency.name : agency.name + "（全系统）";
  report.year = year;
  report.findings = domain::CheckReport(report, &previous.report);
  if (!current.missing_figures.empty()) {
    report.findings.push_back(NotEnteredFinding(current.missing_figures, ids.size()));
  }
  return report;
}

}  // namespace gongkai::report
