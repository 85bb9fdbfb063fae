#include "web/review_form.h"

#include <charconv>

#include "web/application_form.h"
#include "web/form_value.h"

namespace gongkai::web {
namespace {

std::string CleanText(const FieldMap& fields, const std::string& name, std::size_t max_bytes,
                      std::vector<FieldError>& errors) {
  std::string value = TrimmedValue(fields, name);
  if (!IsCleanText(value) || value.size() > max_bytes) {
    errors.push_back({name, "内容含有无法识别的字符或过长"});
    return "";
  }
  return value;
}

std::optional<core::Date> RequiredDate(const FieldMap& fields, const std::string& name,
                                       std::string_view missing, std::vector<FieldError>& errors) {
  const std::string text = TrimmedValue(fields, name);
  if (text.empty()) {
    errors.push_back({name, std::string(missing)});
    return std::nullopt;
  }
  const auto date = core::Date::Parse(text);
  if (!date.has_value()) {
    errors.push_back({name, "日期格式应为 年-月-日，例如 2025-03-01"});
    return std::nullopt;
  }
  return *date;
}

}  // namespace

ParsedReview ParseNewReview(const FieldMap& fields, std::span<const domain::Agency> agencies) {
  ParsedReview parsed;
  domain::ReviewCase draft;
  draft.agency_id = TrimmedValue(fields, "agency_id");
  bool known = false;
  for (const domain::Agency& agency : agencies) {
    known = known || agency.id == draft.agency_id;
  }
  if (!known) {
    parsed.errors.push_back({"agency_id", "请选择被申请复议或者被起诉的行政机关"});
  }
  const auto kind = domain::ReviewKindFromCode(TrimmedValue(fields, "kind"));
  if (!kind.has_value()) {
    parsed.errors.push_back({"kind", "请选择类型（行政复议或者行政诉讼）"});
  } else {
    draft.kind = *kind;
  }
  draft.reference = CleanText(fields, "reference", 300, parsed.errors);
  if (draft.reference.empty() && !MessageFor(parsed.errors, "reference").has_value()) {
    parsed.errors.push_back({"reference", "请填写案号或者文书编号"});
  }
  const auto filed =
      RequiredDate(fields, "filed_on", "请填写收到复议申请书或者起诉状的日期", parsed.errors);
  draft.filed_on = filed.value_or(core::Date());
  parsed.request_number = CleanText(fields, "request_number", 64, parsed.errors);
  draft.note = CleanText(fields, "note", 6000, parsed.errors);
  draft.result = domain::ReviewResult::kPending;
  if (parsed.errors.empty()) {
    parsed.draft = std::move(draft);
  }
  return parsed;
}

ParsedDecision ParseReviewDecision(const FieldMap& fields) {
  ParsedDecision parsed;
  domain::ReviewDecision decision;
  const auto result = domain::ReviewResultFromCode(TrimmedValue(fields, "result"));
  if (!result.has_value() || *result == domain::ReviewResult::kPending) {
    parsed.errors.push_back({"result", "请选择审结结果"});
  } else {
    decision.result = *result;
  }
  const auto decided = RequiredDate(fields, "decided_on", "请填写审结日期", parsed.errors);
  decision.decided_on = decided.value_or(core::Date());
  decision.note = CleanText(fields, "note", 6000, parsed.errors);
  const std::string version = TrimmedValue(fields, "version");
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(version.data(), version.data() + version.size(), value);
  if (version.empty() || error != std::errc() || end != version.data() + version.size()) {
    parsed.errors.push_back({"version", "缺少版本号，请刷新页面后重新办理"});
  } else {
    parsed.expected_version = value;
  }
  if (parsed.errors.empty()) {
    parsed.decision = decision;
  }
  return parsed;
}

}  // namespace gongkai::web
