// Reading a record that may not have been entered yet: the repositories answer kNotFound for it,
// which pages show as "尚未录入" rather than as an error.
#pragma once

#include <optional>
#include <utility>

#include "core/result.h"

namespace gongkai::web {

// `record` as a value, nullopt when it is kNotFound, and any other error as it is.
template <typename T>
core::Result<std::optional<T>> OptionalRecord(core::Result<T> record) {
  if (record.has_value()) {
    return std::optional<T>(std::move(*record));
  }
  if (record.error().code == core::ErrorCode::kNotFound) {
    return std::optional<T>();
  }
  return record.error();
}

}  // namespace gongkai::web
