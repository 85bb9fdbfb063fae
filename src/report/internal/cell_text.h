// How the renderers print the cells and titles of an annual report, so that Markdown, HTML and
// XLSX show the same text for the same value.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/annual_report.h"

namespace gongkai::report::internal {

// A count cell: "17"; an unknown (null) cell prints as "".
std::string CountText(const domain::CountCell& cell);

// A section 二 cell: whole numbers without decimals ("349257"), amounts in their shortest exact
// decimal form ("38.949"); "" for null.
std::string FigureText(const std::optional<double>& value);

// "<agency><year>年政府信息公开工作年度报告"; the parts that are unknown are left out.
std::string ReportTitle(const domain::AnnualReport& report);

// The paragraphs of a free text: lines split at line breaks, trimmed of ASCII and full-width
// spaces, empty ones dropped.
std::vector<std::string> Paragraphs(std::string_view text);

// What a section prints when the organ has not written its text yet.
inline constexpr std::string_view kMissingText = "（本部分内容尚未填写。）";

}  // namespace gongkai::report::internal
