#include "web/views/outcome_options.h"

namespace gongkai::web {

std::string OutcomeLabel(domain::RequestRow row) {
  const domain::RequestRowInfo& info = domain::RowInfo(row);
  if (info.group_label.empty()) {
    return std::string(info.label);
  }
  return std::string(info.group_label) + " " + std::string(info.label);
}

std::vector<SelectOption> OutcomeOptions() {
  std::vector<SelectOption> options;
  for (const domain::RequestRow row :
       domain::RowsOf(domain::TemplateVersion::k2021, /*single_other_row=*/false)) {
    const domain::RequestRowInfo& info = domain::RowInfo(row);
    if (!info.is_outcome) {
      continue;
    }
    // Rows without a group (（一）, （二）) form their own one-option group so that every
    // outcome sits under a heading.
    const std::string group =
        info.group_label.empty() ? std::string(info.label) : std::string(info.group_label);
    options.push_back({std::string(info.key), std::string(info.label), group});
  }
  return options;
}

}  // namespace gongkai::web
