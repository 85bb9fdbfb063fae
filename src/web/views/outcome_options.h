// The 21 outcome rows of the 2021 request table as a grouped <select> with the official labels,
// and the one-line label of an outcome for timelines and lists.
#pragma once

#include <string>
#include <vector>

#include "domain/report_taxonomy.h"
#include "web/views/form_fields.h"

namespace gongkai::web {

// "（三）不予公开 5.属于三类内部事务信息", or "（一）予以公开" for rows without a group. Pure.
std::string OutcomeLabel(domain::RequestRow row);

// One option per outcome row of the 2021 template (value = report-json key such as "不予公开.5"),
// grouped by （一）…（六）. Pure.
std::vector<SelectOption> OutcomeOptions();

}  // namespace gongkai::web
