#include "domain/annual_report.h"

namespace gongkai::domain {

AnnualReport AnnualReport::Empty(TemplateVersion version, bool single_other_row) {
  AnnualReport report;
  report.template_version = version;
  report.single_other_row = version == TemplateVersion::k2019 || single_other_row;
  if (version == TemplateVersion::kPre2019) {
    return report;
  }
  report.proactive.emplace();
  for (const ProactiveRowSpec& spec : ProactiveRowsOf(version)) {
    ProactiveRow& row = (*report.proactive)[std::string(spec.row)];
    for (int c = 0; c < spec.column_count; ++c) {
      row[std::string(spec.columns[static_cast<std::size_t>(c)])] = std::nullopt;
    }
  }
  report.requests.emplace();
  report.review_litigation.emplace();
  return report;
}

}  // namespace gongkai::domain
