// The national holiday schedules shipped with gongkai: data/calendar/cn.json, embedded into the
// binary at build time (cmake/EmbedFile.cmake) so that deadlines work without any data files.
#pragma once

#include <string_view>

namespace gongkai::domain {

// The text of data/calendar/cn.json (the working-days.md §6 format, notice years 2019–2026 with
// holiday names). Static storage; valid for the life of the program; thread-safe.
std::string_view BuiltinCalendarJson();

}  // namespace gongkai::domain
