// Reading a JSON API body as flat fields, so that the API and the HTML forms share one parser per
// resource (application_form.h, case_step_form.h). Only a flat object is accepted.
#pragma once

#include <string_view>

#include "core/result.h"
#include "web/field_error.h"

namespace gongkai::web {

// Parses `body` as a JSON object whose values are strings, integers, booleans or null; numbers
// become their decimal text, booleans "true"/"false", null is skipped. kInvalidArgument (Chinese,
// naming the key) for text that is not JSON, not an object, or a nested array/object value.
core::Result<FieldMap> FlattenJsonBody(std::string_view body);

}  // namespace gongkai::web
