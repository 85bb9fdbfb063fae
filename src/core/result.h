// Result<T>: a value or an Error, with the std::expected API (GCC 12 has no std::expected, so
// this is a [[nodiscard]] wrapper over tl::expected; swapping later keeps call sites unchanged).
#pragma once

#include <utility>

#include <tl/expected.hpp>

#include "core/error.h"

namespace gongkai::core {

template <typename T>
class [[nodiscard]] Result : public tl::expected<T, Error> {
 public:
  using Base = tl::expected<T, Error>;
  using Base::Base;
  Result(Error error)
      : Base(tl::unexpected<Error>(std::move(error))) {}  // NOLINT: implicit by design
  Result(const Base& base) : Base(base) {}                // NOLINT
  Result(Base&& base) : Base(std::move(base)) {}          // NOLINT
};

using Status = Result<void>;

inline Status Ok() {
  return Status();
}

}  // namespace gongkai::core

// Propagates a failed Status (or Result) to the caller.
#define GONGKAI_TRY(expr)                                         \
  do {                                                            \
    auto gongkai_try_result_ = (expr);                            \
    if (!gongkai_try_result_.has_value()) {                       \
      return ::gongkai::core::Error(gongkai_try_result_.error()); \
    }                                                             \
  } while (false)

#define GONGKAI_CONCAT_INNER_(a, b) a##b
#define GONGKAI_CONCAT_(a, b) GONGKAI_CONCAT_INNER_(a, b)

// Evaluates `expr` (a Result<T>); on error returns it, otherwise moves the value into `lhs`.
#define GONGKAI_ASSIGN_OR_RETURN(lhs, expr) \
  GONGKAI_ASSIGN_OR_RETURN_IMPL_(GONGKAI_CONCAT_(gongkai_result_, __LINE__), lhs, expr)
#define GONGKAI_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                   \
  if (!tmp.has_value()) {                              \
    return ::gongkai::core::Error(tmp.error());        \
  }                                                    \
  lhs = std::move(*tmp)
