// How a statutory due date is shown on every page: the date, and for a date counted through a
// year whose holiday schedule is not loaded a visible 暂定 mark that says why.
#pragma once

#include <string>

#include "core/date.h"

namespace gongkai::web {

// HTML: "2027-01-05" or "2027-01-05 <span class="badge provisional" title="…">暂定</span>".
std::string DueDateHtml(core::Date due, bool provisional);

// DueDateHtml followed, for a provisional date, by kProvisionalExplanation as a hint: for the
// applicant's receipt and tracking page.
std::string DueDateWithExplanationHtml(core::Date due, bool provisional);

// The sentence shown beside a provisional date for the public and staff alike.
inline constexpr char kProvisionalExplanation[] =
    "暂定：期限跨入的年度尚未公布节假日安排，暂按周六、周日休息计算；公布后将重新计算";

}  // namespace gongkai::web
