#include "domain/finding.h"

namespace gongkai::domain {

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
    case Severity::kUnread:
      return "unread";
  }
  return "error";
}

}  // namespace gongkai::domain
