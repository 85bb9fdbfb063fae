#include "inspect/inspection.h"

namespace gongkai::inspect {

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kVeto:
      return "veto";
    case Severity::kDeduction:
      return "deduction";
    case Severity::kWarning:
      return "warning";
  }
  return "warning";
}

std::string_view ItemResultName(ItemResult result) {
  switch (result) {
    case ItemResult::kPassed:
      return "passed";
    case ItemResult::kFailed:
      return "failed";
    case ItemResult::kUnknown:
      return "unknown";
  }
  return "unknown";
}

}  // namespace gongkai::inspect
