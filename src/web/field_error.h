// FieldError: bad input in one named form or JSON field, with a Chinese message for the user.
// Form parsers return these so that the HTML pages can mark the field and the API can name it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

namespace gongkai::web {

// Flat name -> value input: HTML form fields, or a JSON body flattened by the API handlers.
using FieldMap = std::map<std::string, std::string>;

struct FieldError {
  std::string field;    // input name, e.g. "applicant_name"
  std::string message;  // Chinese, e.g. "请填写申请人姓名或者名称"
};

// The message of `field` in `errors`, if any.
std::optional<std::string> MessageFor(const std::vector<FieldError>& errors,
                                      const std::string& field);

// The first error as a kInvalidArgument core::Error (for the API). REQUIRES: !errors.empty().
core::Error AsInvalidArgument(const std::vector<FieldError>& errors);

}  // namespace gongkai::web
