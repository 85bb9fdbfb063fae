#include "web/receipt_code.h"

#include <cctype>
#include <charconv>

#include "core/sha256.h"

namespace gongkai::web {
namespace {

constexpr std::size_t kCheckLength = 10;

}  // namespace

std::string ReceiptCode(const domain::RequestCase& request_case) {
  // The applicant's own data and the submission day are fixed once the case exists; hashing
  // them makes the check unguessable for someone who knows only the (sequential) case id.
  std::string material = std::to_string(request_case.id);
  for (const std::string* part :
       {&request_case.agency_id, &request_case.applicant.name, &request_case.applicant.id_document,
        &request_case.applicant.contact, &request_case.information_requested}) {
    material += '\x1f';
    material += *part;
  }
  material += '\x1f';
  material += request_case.submitted_on.ToString();
  std::string check = core::Sha256Hex(material).substr(0, kCheckLength);
  for (char& c : check) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return std::to_string(request_case.id) + "-" + check;
}

std::optional<std::int64_t> CaseIdOfReceiptCode(std::string_view code) {
  const auto dash = code.find('-');
  if (dash == std::string_view::npos || dash == 0 || code.size() - dash - 1 != kCheckLength) {
    return std::nullopt;
  }
  for (const char c : code.substr(dash + 1)) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) {
      return std::nullopt;
    }
  }
  std::int64_t id = 0;
  const char* begin = code.data();
  const auto [end, error] = std::from_chars(begin, begin + dash, id);
  if (error != std::errc() || end != begin + dash || id <= 0) {
    return std::nullopt;
  }
  return id;
}

}  // namespace gongkai::web
