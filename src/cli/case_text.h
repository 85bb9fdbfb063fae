// How `gongkai case` prints cases for people: the full record of one case (`case show`), one line
// per case (`case list`) and the short confirmation after a workflow step.
#pragma once

#include <span>
#include <string>

#include "cli/case_view.h"

namespace gongkai::cli {

// "cq-scjg-2025-00001（id 1，第 2 版）", or "案件 id 1（未登记，第 1 版）" before registration.
std::string CaseHeading(const domain::RequestCase& request);

// Details, current reply deadline, outcome, the timeline (one numbered line per event) and the
// warnings.
std::string CaseDetailsText(const CaseView& view);

// "已登记：cq-scjg-2025-00001（id 1，第 2 版），状态：已登记，答复期限：2025-04-01" plus one line
// per warning: what a clerk sees after a step. `done` names the step ("已登记").
std::string CaseStepText(const std::string& done, const CaseView& view);

// A header line, one line per case (id, tracking number, state, receipt day, deadline or why it
// is stopped, 逾期 mark, applicant, the start of the requested information) and a count.
std::string CaseListText(std::span<const CaseView> views);

}  // namespace gongkai::cli
