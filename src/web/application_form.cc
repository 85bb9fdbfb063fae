#include "web/application_form.h"

#include <array>
#include <cstdint>

#include "domain/report_taxonomy.h"
#include "web/form_value.h"

namespace gongkai::web {
namespace {

constexpr std::array<Choice, 4> kProvisionForms = {{
    {"paper", "纸质文本"},
    {"electronic", "电子文本"},
    {"media", "光盘、U盘等存储介质"},
    {"inspect", "当场查阅、抄录"},
}};

constexpr std::array<Choice, 4> kProvisionRoutes = {{
    {"post", "邮寄"},
    {"email", "电子邮件"},
    {"pickup", "当面领取"},
    {"online", "网上获取"},
}};

std::size_t CodePoints(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++count;
    }
  }
  return count;
}

std::optional<std::string_view> LabelOf(std::span<const Choice> choices, std::string_view code) {
  for (const Choice& choice : choices) {
    if (choice.code == code) {
      return choice.label;
    }
  }
  return std::nullopt;
}

// Checks a free-text field; returns the trimmed value (possibly empty) and records problems.
std::string TextField(const FieldMap& fields, std::string_view name, std::string_view what,
                      std::size_t max_chars, std::vector<FieldError>& errors) {
  std::string value = TrimmedValue(fields, name);
  if (!IsCleanText(value)) {
    errors.push_back({std::string(name), std::string(what) + "含有无法识别的字符，请重新输入"});
    return "";
  }
  if (CodePoints(value) > max_chars) {
    errors.push_back({std::string(name),
                      std::string(what) + "过长（最多 " + std::to_string(max_chars) + " 个字）"});
    return "";
  }
  return value;
}

void RequireText(const std::string& value, std::string_view name, std::string_view message,
                 std::vector<FieldError>& errors) {
  if (value.empty() && !MessageFor(errors, std::string(name)).has_value()) {
    errors.push_back({std::string(name), std::string(message)});
  }
}

void ParseApplicant(const FieldMap& fields, ParsedApplication& out,
                    domain::ApplicationDraft& draft) {
  const std::optional<int> kind =
      domain::ApplicantKindFromCode(TrimmedValue(fields, kFieldApplicantKind));
  if (!kind.has_value()) {
    out.errors.push_back({std::string(kFieldApplicantKind), "请选择申请人类型"});
  } else {
    draft.applicant.kind = *kind;
  }
  draft.applicant.name =
      TextField(fields, kFieldApplicantName, "申请人姓名或名称", 100, out.errors);
  RequireText(draft.applicant.name, kFieldApplicantName, "请填写申请人姓名或者名称", out.errors);
  draft.applicant.id_document = TextField(fields, kFieldIdDocument, "身份证明", 100, out.errors);
  RequireText(draft.applicant.id_document, kFieldIdDocument,
              "请填写身份证明（如居民身份证号码、统一社会信用代码）", out.errors);
  draft.applicant.contact = TextField(fields, kFieldContact, "联系方式", 200, out.errors);
  RequireText(draft.applicant.contact, kFieldContact, "请填写联系方式（电话、电子邮箱或通信地址）",
              out.errors);
}

void ParseInformation(const FieldMap& fields, ParsedApplication& out,
                      domain::ApplicationDraft& draft) {
  const std::string name = TextField(fields, kFieldInfoName, "信息名称", 200, out.errors);
  const std::string number = TextField(fields, kFieldInfoNumber, "文号", 100, out.errors);
  const std::string description =
      TextField(fields, kFieldInfoDescription, "信息描述", 2000, out.errors);
  if (name.empty() && number.empty() && description.empty() &&
      !MessageFor(out.errors, std::string(kFieldInfoName)) &&
      !MessageFor(out.errors, std::string(kFieldInfoNumber)) &&
      !MessageFor(out.errors, std::string(kFieldInfoDescription))) {
    out.errors.push_back({std::string(kFieldInfoName),
                          "请至少填写所需政府信息的名称、文号或者便于查询的其他特征性描述之一"});
  }
  std::string text;
  const auto append = [&text](std::string_view label, const std::string& value) {
    if (!value.empty()) {
      text += text.empty() ? "" : "\n";
      text += std::string(label) + value;
    }
  };
  append("名称：", name);
  append("文号：", number);
  append("描述：", description);
  draft.information_requested = text;
}

void ParseProvision(const FieldMap& fields, ParsedApplication& out,
                    domain::ApplicationDraft& draft) {
  const auto form = LabelOf(kProvisionForms, TrimmedValue(fields, kFieldProvisionForm));
  if (!form.has_value()) {
    out.errors.push_back({std::string(kFieldProvisionForm), "请选择信息的提供形式"});
  }
  const auto route = LabelOf(kProvisionRoutes, TrimmedValue(fields, kFieldProvisionRoute));
  if (!route.has_value()) {
    out.errors.push_back({std::string(kFieldProvisionRoute), "请选择获取信息的途径"});
  }
  if (form.has_value() && route.has_value()) {
    draft.preferred_form = std::string(*form) + "；" + std::string(*route);
  }
}

}  // namespace

std::span<const Choice> ProvisionFormChoices() {
  return kProvisionForms;
}

std::span<const Choice> ProvisionRouteChoices() {
  return kProvisionRoutes;
}

bool IsCleanText(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') {
        return false;
      }
      ++i;
      continue;
    }
    const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0;
    if (length == 0 || byte > 0xF4 || i + length > text.size()) {
      return false;
    }
    std::uint32_t code_point = byte & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) {
        return false;
      }
      code_point = (code_point << 6) | (next & 0x3F);
    }
    // Reject overlong forms, surrogates and values past U+10FFFF.
    const std::uint32_t minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    if (code_point < minimum || (code_point >= 0xD800 && code_point <= 0xDFFF) ||
        code_point > 0x10FFFF) {
      return false;
    }
    i += length;
  }
  return true;
}

ParsedApplication ParseApplicationForm(const FieldMap& fields,
                                       std::span<const domain::Agency> agencies) {
  ParsedApplication out;
  domain::ApplicationDraft draft;
  draft.channel = domain::Channel::kOnline;
  const std::string agency_id = TrimmedValue(fields, kFieldAgency);
  bool known_agency = false;
  for (const domain::Agency& agency : agencies) {
    known_agency = known_agency || agency.id == agency_id;
  }
  if (!known_agency) {
    out.errors.push_back({std::string(kFieldAgency), "请选择受理申请的行政机关"});
  }
  draft.agency_id = agency_id;
  ParseApplicant(fields, out, draft);
  ParseInformation(fields, out, draft);
  ParseProvision(fields, out, draft);
  if (out.errors.empty()) {
    out.draft = std::move(draft);
  }
  return out;
}

}  // namespace gongkai::web
