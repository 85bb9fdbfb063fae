#include "web/case_step_form.h"

#include <array>
#include <charconv>

#include "core/check.h"
#include "web/application_form.h"
#include "web/form_value.h"

namespace gongkai::web {
namespace {

constexpr std::array<CaseStepInfo, 15> kSteps = {{
    {CaseStepKind::kRegister, "register", "登记"},
    {CaseStepKind::kRequestCorrection, "request_correction", "告知补正"},
    {CaseStepKind::kReceiveCorrection, "receive_correction", "收到补正申请"},
    {CaseStepKind::kStartConsultation, "start_consultation", "开始征求意见"},
    {CaseStepKind::kEndConsultation, "end_consultation", "征求意见结束"},
    {CaseStepKind::kExtend, "extend", "延长答复期限"},
    {CaseStepKind::kSendFeeNotice, "fee_notice", "发出收费通知"},
    {CaseStepKind::kRecordFeePayment, "fee_paid", "已缴纳信息处理费"},
    {CaseStepKind::kWaiveFee, "fee_waived", "免收信息处理费"},
    {CaseStepKind::kReply, "reply", "答复"},
    {CaseStepKind::kCloseLapsedCorrection, "close_lapsed_correction", "逾期未补正，终止办理"},
    {CaseStepKind::kCloseUnpaidFee, "close_unpaid_fee", "逾期未缴费，终止办理"},
    {CaseStepKind::kWithdraw, "withdraw", "申请人撤回申请"},
    {CaseStepKind::kArchive, "archive", "归档"},
    {CaseStepKind::kNote, "note", "添加备注"},
}};

std::optional<std::int64_t> ParseInteger(const std::string& text) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

// Free text of a step: clean UTF-8, at most 2000 characters; required when `required_message`.
std::string Text(const FieldMap& fields, const std::string& name,
                 std::optional<std::string_view> required_message,
                 std::vector<FieldError>& errors) {
  const std::string value = TrimmedValue(fields, name);
  if (!IsCleanText(value) || value.size() > 6000) {
    errors.push_back({name, "内容含有无法识别的字符或过长（最多 2000 字）"});
    return "";
  }
  if (value.empty() && required_message.has_value()) {
    errors.push_back({name, std::string(*required_message)});
  }
  return value;
}

std::optional<core::Date> DateField(const FieldMap& fields, const std::string& name,
                                    std::optional<std::string_view> required_message,
                                    std::vector<FieldError>& errors) {
  const std::string text = TrimmedValue(fields, name);
  if (text.empty()) {
    if (required_message.has_value()) {
      errors.push_back({name, std::string(*required_message)});
    }
    return std::nullopt;
  }
  const auto date = core::Date::Parse(text);
  if (!date.has_value()) {
    errors.push_back({name, "日期格式应为 年-月-日，例如 2025-03-01"});
    return std::nullopt;
  }
  return *date;
}

void ParseExtension(const FieldMap& fields, CaseStep& step, std::vector<FieldError>& errors) {
  step.approver = Text(fields, "approver", "请填写批准延期的政府信息公开工作机构负责人", errors);
  step.text = Text(fields, "reason", "请填写延期理由", errors);
  const auto days = ParseInteger(TrimmedValue(fields, "working_days"));
  if (!days.has_value() || *days < 1 || *days > 20) {
    errors.push_back({"working_days", "延长的工作日数应为 1 至 20 之间的整数"});
    return;
  }
  step.working_days = static_cast<int>(*days);
}

void ParseFeeNotice(const FieldMap& fields, CaseStep& step, std::vector<FieldError>& errors) {
  const auto amount = ParseInteger(TrimmedValue(fields, "amount_yuan"));
  if (!amount.has_value() || *amount <= 0 || *amount > 100'000'000) {
    errors.push_back({"amount_yuan", "收费金额应为大于 0 的整数（元）"});
  } else {
    step.fee.amount_yuan = *amount;
  }
  step.fee.method = TrimmedValue(fields, "fee_method");
  if (step.fee.method != "per_piece" && step.fee.method != "per_page") {
    errors.push_back({"fee_method", "请选择计费方式（按件计收或按量计收）"});
  }
  step.fee.basis = Text(fields, "fee_basis", std::nullopt, errors);
}

void ParseReply(const FieldMap& fields, CaseStep& step, std::vector<FieldError>& errors) {
  const auto row = domain::RowFromKey(TrimmedValue(fields, "outcome"));
  if (!row.has_value() || !domain::RowInfo(*row).is_outcome ||
      *row == domain::RequestRow::kOtherSingle) {
    errors.push_back({"outcome", "请选择答复结果（年度报告中的一种办理结果）"});
  } else {
    step.reply.outcome = *row;
  }
  step.reply.provision_form = Text(fields, "provision_form", std::nullopt, errors);
  step.reply.note = Text(fields, "note", std::nullopt, errors);
}

void ParseStepFields(const FieldMap& fields, CaseStep& step, std::vector<FieldError>& errors) {
  switch (step.kind) {
    case CaseStepKind::kRequestCorrection:
      step.correction_due = DateField(fields, "correction_due", "请填写补正期限", errors);
      step.text = Text(fields, "items", "请一次性列明需要补正的事项", errors);
      return;
    case CaseStepKind::kStartConsultation:
      step.text = Text(fields, "party", "请填写被征求意见的第三方或者其他机关", errors);
      return;
    case CaseStepKind::kEndConsultation:
      step.text = Text(fields, "note", std::nullopt, errors);
      return;
    case CaseStepKind::kExtend:
      ParseExtension(fields, step, errors);
      return;
    case CaseStepKind::kSendFeeNotice:
      ParseFeeNotice(fields, step, errors);
      return;
    case CaseStepKind::kWaiveFee:
    case CaseStepKind::kWithdraw:
      step.text = Text(fields, "reason", "请填写理由", errors);
      return;
    case CaseStepKind::kReply:
      ParseReply(fields, step, errors);
      return;
    case CaseStepKind::kNote:
      step.text = Text(fields, "text", "请填写备注内容", errors);
      return;
    default:
      return;  // the other steps have no fields of their own
  }
}

}  // namespace

std::span<const CaseStepInfo> CaseSteps() {
  return kSteps;
}

const CaseStepInfo& StepInfo(CaseStepKind kind) {
  const auto index = static_cast<std::size_t>(kind);
  GONGKAI_CHECK(index < kSteps.size());  // the table lists every enumerator in order
  return kSteps[index];
}

ParsedStep ParseCaseStep(const FieldMap& fields, const domain::Actor& actor) {
  ParsedStep parsed;
  CaseStep step;
  step.context.actor = actor;
  const std::string code = TrimmedValue(fields, "step");
  const CaseStepInfo* info = nullptr;
  for (const CaseStepInfo& candidate : kSteps) {
    info = candidate.code == code ? &candidate : info;
  }
  if (info == nullptr) {
    parsed.errors.push_back({"step", "未知的办理步骤“" + code.substr(0, 40) + "”"});
    return parsed;
  }
  step.kind = info->kind;
  const auto version = ParseInteger(TrimmedValue(fields, "version"));
  if (!version.has_value() || *version < 0) {
    parsed.errors.push_back({"version", "缺少案件版本号，请刷新页面后重新办理"});
  } else {
    step.context.expected_version = *version;
  }
  step.context.date = DateField(fields, "date", std::nullopt, parsed.errors);
  ParseStepFields(fields, step, parsed.errors);
  if (parsed.errors.empty()) {
    parsed.step = std::move(step);
  }
  return parsed;
}

core::Result<domain::RequestCase> ApplyCaseStep(domain::CaseService& service, std::int64_t case_id,
                                                const CaseStep& step) {
  const domain::CommandContext& context = step.context;
  switch (step.kind) {
    case CaseStepKind::kRegister:
      return service.Register(case_id, context);
    case CaseStepKind::kRequestCorrection:
      GONGKAI_CHECK(step.correction_due.has_value());  // ParseCaseStep requires it
      return service.RequestCorrection(case_id, *step.correction_due, step.text, context);
    case CaseStepKind::kReceiveCorrection:
      return service.ReceiveCorrection(case_id, context);
    case CaseStepKind::kStartConsultation:
      return service.StartConsultation(case_id, step.text, context);
    case CaseStepKind::kEndConsultation:
      return service.EndConsultation(case_id, step.text, context);
    case CaseStepKind::kExtend:
      return service.Extend(case_id, step.approver, step.text, step.working_days, context);
    case CaseStepKind::kSendFeeNotice:
      return service.SendFeeNotice(case_id, step.fee, context);
    case CaseStepKind::kRecordFeePayment:
      return service.RecordFeePayment(case_id, context);
    case CaseStepKind::kWaiveFee:
      return service.WaiveFee(case_id, step.text, context);
    case CaseStepKind::kReply:
      return service.Reply(case_id, step.reply, context);
    case CaseStepKind::kCloseLapsedCorrection:
      return service.CloseForLapsedCorrection(case_id, context);
    case CaseStepKind::kCloseUnpaidFee:
      return service.CloseForUnpaidFee(case_id, context);
    case CaseStepKind::kWithdraw:
      return service.Withdraw(case_id, step.text, context);
    case CaseStepKind::kArchive:
      return service.Archive(case_id, context);
    case CaseStepKind::kNote:
      return service.AddNote(case_id, step.text, context);
  }
  return core::Error::Internal("未知的办理步骤");
}

}  // namespace gongkai::web
