// The staff work queue page: every case with its due date, overdue and near-due rows highlighted
// (colour plus a text badge, so it does not rely on colour alone), and a state filter.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/request_case.h"
#include "web/case_queue.h"

namespace gongkai::web {

// Content HTML; `state_filter` is the selected state code or empty for all. Pure.
std::string RenderCaseList(const std::vector<QueueEntry>& queue, const std::string& state_filter);

}  // namespace gongkai::web
