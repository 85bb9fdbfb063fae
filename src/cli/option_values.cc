#include "cli/option_values.h"

#include <charconv>
#include <string_view>
#include <vector>

#include "domain/case_lifecycle.h"

namespace gongkai::cli {
namespace {

// Every value of an enum whose enumerators run from 0 to `last`.
template <typename Enum>
std::vector<Enum> AllOf(Enum last) {
  std::vector<Enum> values;
  for (int i = 0; i <= static_cast<int>(last); ++i) {
    values.push_back(static_cast<Enum>(i));
  }
  return values;
}

// "label（code）、label（code）…" over `values`.
template <typename Enum, typename CodeFn, typename LabelFn>
std::string Choices(const std::vector<Enum>& values, CodeFn code, LabelFn label) {
  std::string text;
  for (const Enum value : values) {
    text += (text.empty() ? "" : "、") + std::string(label(value)) + "（" +
            std::string(code(value)) + "）";
  }
  return text;
}

core::Error BadChoice(const std::string& what, const std::string& text,
                      const std::string& choices) {
  return core::Error::InvalidArgument(what + "无效：“" + text + "”，可用：" + choices);
}

core::Error Missing(const std::string& option, const std::string& what) {
  return core::Error::InvalidArgument("请用 " + option + " 给出" + what);
}

}  // namespace

core::Result<core::Date> ParseDateOption(const std::string& option, const std::string& text) {
  if (text.empty()) {
    return Missing(option, "日期（YYYY-MM-DD）");
  }
  auto date = core::Date::Parse(text);
  if (!date.has_value()) {
    return core::Error::InvalidArgument(option + " 参数有误：" + date.error().message);
  }
  return date;
}

core::Result<std::optional<core::Date>> ParseOptionalDate(const std::string& option,
                                                          const std::string& text) {
  if (text.empty()) {
    return std::optional<core::Date>();
  }
  GONGKAI_ASSIGN_OR_RETURN(const core::Date date, ParseDateOption(option, text));
  return std::optional<core::Date>(date);
}

core::Result<std::int64_t> ParseIntegerOption(const std::string& option, const std::string& text,
                                              std::int64_t min, std::int64_t max) {
  if (text.empty()) {
    return Missing(option,
                   "一个 " + std::to_string(min) + " 到 " + std::to_string(max) + " 之间的整数");
  }
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    return core::Error::InvalidArgument(option + " 参数有误：应为 " + std::to_string(min) + " 到 " +
                                        std::to_string(max) + " 之间的整数，收到“" + text + "”");
  }
  return value;
}

core::Result<std::optional<std::int64_t>> ParseOptionalInteger(const std::string& option,
                                                               const std::string& text,
                                                               std::int64_t min, std::int64_t max) {
  if (text.empty()) {
    return std::optional<std::int64_t>();
  }
  GONGKAI_ASSIGN_OR_RETURN(const std::int64_t value, ParseIntegerOption(option, text, min, max));
  return std::optional<std::int64_t>(value);
}

std::string ApplicantKindChoices() {
  std::string text;
  for (int kind = 0; kind < domain::kTotalColumn; ++kind) {
    text += (text.empty() ? "" : "、") + std::string(domain::ApplicantColumnLabel(kind)) + "（" +
            std::string(domain::ApplicantKindCode(kind)) + "）";
  }
  return text;
}

std::string ChannelChoices() {
  return Choices(AllOf(domain::Channel::kOther), domain::ChannelCode, domain::ChannelLabel);
}

core::Result<int> ParseApplicantKind(const std::string& text) {
  if (text.empty()) {
    return Missing("--applicant-kind", "申请人类型：" + ApplicantKindChoices());
  }
  const std::optional<int> kind = domain::ApplicantKindFromCode(text);
  if (!kind.has_value()) {
    return BadChoice("--applicant-kind 申请人类型", text, ApplicantKindChoices());
  }
  return *kind;
}

core::Result<domain::Channel> ParseChannel(const std::string& text) {
  if (text.empty()) {
    return Missing("--channel", "申请的提交方式：" + ChannelChoices());
  }
  const std::optional<domain::Channel> channel = domain::ChannelFromCode(text);
  if (!channel.has_value()) {
    return BadChoice("--channel 提交方式", text, ChannelChoices());
  }
  return *channel;
}

core::Result<domain::CaseState> ParseCaseState(const std::string& text) {
  const std::optional<domain::CaseState> state = domain::CaseStateFromCode(text);
  if (!state.has_value()) {
    return BadChoice("--state 案件状态", text,
                     Choices(AllOf(domain::CaseState::kArchived), domain::CaseStateCode,
                             domain::CaseStateLabel));
  }
  return *state;
}

core::Result<domain::RequestRow> ParseOutcomeKey(const std::string& text) {
  const std::optional<domain::RequestRow> row = domain::RowFromKey(text);
  if (row.has_value() && domain::IsCaseOutcome(*row)) {
    return *row;
  }
  std::string keys;
  for (int i = 0; i < domain::kRequestRowCount; ++i) {
    const auto candidate = static_cast<domain::RequestRow>(i);
    if (domain::IsCaseOutcome(candidate)) {
      keys += (keys.empty() ? "" : "、") + std::string(domain::RowInfo(candidate).key);
    }
  }
  if (text.empty()) {
    return Missing("--outcome", "办理结果（年度报告的行）：" + keys);
  }
  return BadChoice("--outcome 办理结果", text, keys);
}

core::Result<domain::ReviewKind> ParseReviewKind(const std::string& text) {
  const std::optional<domain::ReviewKind> kind = domain::ReviewKindFromCode(text);
  if (!kind.has_value()) {
    return BadChoice("--kind 复议诉讼类型", text,
                     Choices(AllOf(domain::ReviewKind::kLitigationAfterReview),
                             domain::ReviewKindCode, domain::ReviewKindLabel));
  }
  return *kind;
}

core::Result<domain::ReviewResult> ParseReviewResult(const std::string& text) {
  const std::optional<domain::ReviewResult> result = domain::ReviewResultFromCode(text);
  if (!result.has_value()) {
    return BadChoice("--result 审理结果", text,
                     Choices(AllOf(domain::ReviewResult::kOther), domain::ReviewResultCode,
                             domain::ReviewResultLabel));
  }
  return *result;
}

}  // namespace gongkai::cli
