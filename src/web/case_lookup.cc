#include "web/case_lookup.h"

#include <cctype>
#include <string>

#include "web/receipt_code.h"

namespace gongkai::web {
namespace {

std::string Normalize(std::string_view number) {
  const auto first = number.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return "";
  }
  const auto last = number.find_last_not_of(" \t\r\n");
  return std::string(number.substr(first, last - first + 1));
}

std::string Upper(std::string text) {
  for (char& c : text) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return text;
}

core::Error NotFound(const std::string& number) {
  return core::Error::NotFound("未找到编号为“" + number + "”的申请，请核对回执编号或申请编号");
}

}  // namespace

core::Result<domain::RequestCase> FindCaseByNumber(domain::CaseRepository& cases,
                                                   std::string_view number) {
  const std::string wanted = Normalize(number);
  if (wanted.empty()) {
    return core::Error::InvalidArgument("请输入回执编号或申请编号");
  }
  if (wanted.size() > 64) {
    return NotFound(wanted.substr(0, 64));
  }
  if (const auto id = CaseIdOfReceiptCode(wanted); id.has_value()) {
    auto found = cases.GetCase(*id);
    if (!found.has_value()) {
      if (found.error().code == core::ErrorCode::kNotFound) {
        return NotFound(wanted);
      }
      return found.error();
    }
    // The id alone is guessable; only the full code (with its content check) opens the case.
    if (ReceiptCode(*found) != Upper(wanted)) {
      return NotFound(wanted);
    }
    return found;
  }
  auto found = cases.GetCaseByTracking(wanted);
  if (!found.has_value() && found.error().code == core::ErrorCode::kNotFound) {
    return NotFound(wanted);
  }
  return found;
}

}  // namespace gongkai::web
