#include "cli/case_reference.h"

#include <charconv>
#include <cstdint>

namespace gongkai::cli {

core::Result<domain::RequestCase> FindCase(domain::CaseRepository& cases,
                                           const std::string& reference) {
  if (reference.empty()) {
    return core::Error::InvalidArgument("请给出案件：受理编号或案件 id");
  }
  std::int64_t id = 0;
  const auto [end, error] =
      std::from_chars(reference.data(), reference.data() + reference.size(), id);
  if (error == std::errc() && end == reference.data() + reference.size()) {
    auto by_id = cases.GetCase(id);
    if (by_id.has_value() || by_id.error().code != core::ErrorCode::kNotFound) {
      return by_id;
    }
  }
  auto by_tracking = cases.GetCaseByTracking(reference);
  if (!by_tracking.has_value() && by_tracking.error().code == core::ErrorCode::kNotFound) {
    return core::Error::NotFound("找不到案件“" + reference + "”（可用受理编号或案件 id）");
  }
  return by_tracking;
}

}  // namespace gongkai::cli
