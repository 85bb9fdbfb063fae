// The staff work queue page: every case with its due date, overdue and near-due rows highlighted
// (colour plus a text badge, so it does not rely on colour alone), a state filter and page links.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/request_case.h"
#include "web/case_queue.h"

namespace gongkai::web {

// Content HTML of one page of the queue, with the total and links to the other pages;
// `state_filter` is the selected state code ("all", or empty for the open cases). Pure.
std::string RenderCaseList(const QueuePage& page, const std::string& state_filter);

}  // namespace gongkai::web
