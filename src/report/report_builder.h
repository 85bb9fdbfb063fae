// The annual report computed from the records: section 三 from the request cases, section 四
// from the review register, section 二 from the figures the organ entered, for one agency or for
// an agency and every agency below it (全系统). The report comes back with the findings of every
// consistency check, including the cross-year ones against last year's records.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "domain/annual_report.h"
#include "domain/store.h"

namespace gongkai::report {

// Which agencies a report covers.
enum class Scope {
  kAgencyOnly,      // the agency's own records
  kAgencyAndBelow,  // the agency and every agency below it (全系统, as seed 002 reports)
};

// The agency ids a report of `agency_id` covers, `agency_id` first. kNotFound for an unknown
// agency; the store's errors otherwise.
core::Result<std::vector<std::string>> AgenciesInScope(domain::Store& store,
                                                       const std::string& agency_id, Scope scope);

// Computes the 2021-template report of `year`:
// - agency: the agency's name (with "（全系统）" for kAgencyAndBelow), year;
// - requests: CaseRepository::CountForReport over the scope, filled with domain::FillRequestTable;
// - review_litigation: domain::CountReviews over the scope's reviews;
// - proactive: the entered ProactiveFigures summed over the scope; cells stay null when no agency
//   in scope entered any (a warning finding `proactive.not_entered` names the agencies missing);
// - findings: domain::CheckReport against last year's report computed the same way.
// kInvalidArgument for a year outside 1901..2999; kNotFound for an unknown agency; the store's
// errors otherwise. Reads only; thread-safety as the store's.
core::Result<domain::AnnualReport> BuildAnnualReport(domain::Store& store,
                                                     const std::string& agency_id, int year,
                                                     Scope scope);

// Rule id of the warning for section 二 figures not entered.
inline constexpr std::string_view kRuleProactiveNotEntered = "proactive.not_entered";

}  // namespace gongkai::report
