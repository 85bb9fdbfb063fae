#include "web/field_error.h"

#include "core/check.h"

namespace gongkai::web {

std::optional<std::string> MessageFor(const std::vector<FieldError>& errors,
                                      const std::string& field) {
  for (const FieldError& error : errors) {
    if (error.field == field) {
      return error.message;
    }
  }
  return std::nullopt;
}

core::Error AsInvalidArgument(const std::vector<FieldError>& errors) {
  GONGKAI_CHECK(!errors.empty());  // callers only convert a failed parse
  return core::Error::InvalidArgument(errors.front().message);
}

}  // namespace gongkai::web
