// The online application form (在线申请) as a plain function: flat fields in, an
// ApplicationDraft or field-level Chinese errors out. Used by the HTML form and the JSON API.
// The three contents required by Art. 29 ¶2 are checked here: who applies (name, 身份证明,
// contact), which information (名称, 文号 or a description) and in what form/route.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/agency.h"
#include "domain/case_service.h"
#include "web/field_error.h"

namespace gongkai::web {

// Field names of the form (also the keys of the flattened API body).
inline constexpr std::string_view kFieldAgency = "agency_id";
inline constexpr std::string_view kFieldApplicantKind = "applicant_kind";
inline constexpr std::string_view kFieldApplicantName = "applicant_name";
inline constexpr std::string_view kFieldIdDocument = "id_document";
inline constexpr std::string_view kFieldContact = "contact";
inline constexpr std::string_view kFieldInfoName = "info_name";
inline constexpr std::string_view kFieldInfoNumber = "info_number";
inline constexpr std::string_view kFieldInfoDescription = "info_description";
inline constexpr std::string_view kFieldProvisionForm = "provision_form";
inline constexpr std::string_view kFieldProvisionRoute = "provision_route";

// One choice of a select: stable code and Chinese label.
struct Choice {
  std::string_view code;
  std::string_view label;
};
// 信息的提供形式 (Art. 40) and 获取信息的途径.
std::span<const Choice> ProvisionFormChoices();
std::span<const Choice> ProvisionRouteChoices();

struct ParsedApplication {
  std::optional<domain::ApplicationDraft> draft;  // set when `errors` is empty
  std::vector<FieldError> errors;                 // in form order
};

// Validates `fields` against the form rules; `agencies` are the organs an application may be
// addressed to. Never fails on any input (bad UTF-8, huge values, missing fields): each problem
// becomes a FieldError. The draft has channel kOnline and no dates (the service uses today).
// Pure.
ParsedApplication ParseApplicationForm(const FieldMap& fields,
                                       std::span<const domain::Agency> agencies);

// True when `text` is well-formed UTF-8 without control characters other than tab and newlines.
bool IsCleanText(std::string_view text);

}  // namespace gongkai::web
