// Plausible Chinese text for the demo data set: applicants, what they ask for (matched to how
// the request ends), reply notes, and the organ's own text for sections 一, 五 and 六 of the
// annual report. Fictional: the city is 滨江市 and every name is made up.
#pragma once

#include <cstdint>
#include <string>

#include "domain/annual_inputs.h"
#include "domain/report_taxonomy.h"
#include "domain/request_case.h"
#include "report/internal/demo_random.h"

namespace gongkai::report::internal {

// An applicant of the given kind (column 0..5): name, identity document and contact.
domain::Applicant DemoApplicant(DemoRandom& random, int kind);

// The information requested, chosen so that the eventual outcome is believable.
std::string DemoSubject(DemoRandom& random, domain::RequestRow outcome, int year);

// The organ's reasons or remarks for a reply with `outcome` (required for 其他处理.3).
std::string DemoReplyNote(domain::RequestRow outcome);

// How the information is provided (纸质, 电子邮件, …).
std::string DemoProvisionForm(DemoRandom& random);

// Facts the annual text quotes that are not in the tables.
struct DemoTextFacts {
  std::string agency_id;
  std::string agency_name;
  int year = 0;
  bool has_branches = false;             // a bureau that leads district branches
  std::int64_t fees_collected_yuan = 0;  // 信息处理费 actually paid in the year
};

// Sections 一, 五 and 六 for one organ and year.
domain::ReportText DemoReportText(DemoRandom& random, const DemoTextFacts& facts);

}  // namespace gongkai::report::internal
