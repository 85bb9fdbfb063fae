// Reading one value of a submitted form: trimmed of surrounding white space, so that a stray
// space or newline typed by the clerk is not taken for content.
#pragma once

#include <string>
#include <string_view>

#include "web/field_error.h"

namespace gongkai::web {

// The value of `name` in `fields` without leading and trailing ASCII white space (space, tab,
// CR, LF); empty when the field is missing or blank. Pure.
std::string TrimmedValue(const FieldMap& fields, std::string_view name);

}  // namespace gongkai::web
