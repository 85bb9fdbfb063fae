#include "domain/builtin_calendar.h"

namespace gongkai::domain {

// Defined in the file generated from data/calendar/cn.json (cmake/EmbedFile.cmake).
extern const char kBuiltinCalendarJson[];  // NOLINT(readability-identifier-naming): a constant

std::string_view BuiltinCalendarJson() {
  return kBuiltinCalendarJson;
}

}  // namespace gongkai::domain
