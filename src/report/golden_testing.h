// Test support for the renderers: a fixed sample report (the figures of seed 002, 重庆市市场监管
// 系统 2023) with sample texts, and comparison against the golden files in tests/golden/report/
// (GONGKAI_UPDATE_GOLDEN=1 rewrites them instead of comparing).
#pragma once

#include <string>

#include "domain/annual_inputs.h"
#include "domain/annual_report.h"

namespace gongkai::report::testing {

domain::AnnualReport SampleReport();
domain::ReportText SampleText();

// The golden file's path for `name` (e.g. "sample.html").
std::string GoldenPath(const std::string& name);

// With GONGKAI_UPDATE_GOLDEN=1 writes `actual` to the golden file and succeeds; otherwise adds a
// gtest failure (with the first differing line) when the file is missing or differs.
void ExpectMatchesGolden(const std::string& name, const std::string& actual);

}  // namespace gongkai::report::testing
