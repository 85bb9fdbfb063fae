// Publication dates as Chinese government pages print them beside list items and in meta tags:
// 2024-03-05, 2024/3/5, 2024.03.05, 2024年3月5日, 20240305 (meta), with or without brackets.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace gongkai::inspect {

// Every valid date printed in `text`, in order of appearance. Impossible dates (2023-02-30) and
// years outside 1990..2100 are skipped; a number glued to other digits is not a date.
std::vector<core::Date> FindDates(std::string_view text);

// The first date in `text` (a PubDate meta value such as "2024-03-05 10:00" or "20240305"),
// nullopt when there is none.
std::optional<core::Date> ParseDateValue(std::string_view text);

}  // namespace gongkai::inspect
