// The workflow steps a clerk records on a case (登记, 补正, 征求意见, 延期, 收费, 答复, 归档 …) as
// plain functions: flat form fields (or a flattened API body) are parsed into a CaseStep with
// field-level Chinese errors, and a CaseStep is applied through domain::CaseService, which owns
// every rule of the lifecycle. Each form carries the case version it was rendered from, so a
// concurrent change surfaces as kConflict instead of being overwritten.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/case_service.h"
#include "web/field_error.h"

namespace gongkai::web {

enum class CaseStepKind {
  kRegister,
  kRequestCorrection,
  kReceiveCorrection,
  kStartConsultation,
  kEndConsultation,
  kExtend,
  kSendFeeNotice,
  kRecordFeePayment,
  kWaiveFee,
  kReply,
  kCloseLapsedCorrection,
  kCloseUnpaidFee,
  kWithdraw,
  kArchive,
  kNote,
};

struct CaseStepInfo {
  CaseStepKind kind;
  std::string_view code;   // value of the "step" field / API "type", e.g. "request_correction"
  std::string_view label;  // Chinese button label, e.g. "告知补正"
};

// Every step, in workflow order.
std::span<const CaseStepInfo> CaseSteps();
const CaseStepInfo& StepInfo(CaseStepKind kind);

struct CaseStep {
  CaseStepKind kind = CaseStepKind::kNote;
  domain::CommandContext context;            // actor, date, expected_version
  std::optional<core::Date> correction_due;  // kRequestCorrection
  std::string text;                          // items / party / note / reason / note text
  std::string approver;                      // kExtend
  int working_days = 0;                      // kExtend
  domain::FeeNotice fee;                     // kSendFeeNotice
  domain::ReplyDecision reply;               // kReply
};

struct ParsedStep {
  std::optional<CaseStep> step;    // set when `errors` is empty
  std::vector<FieldError> errors;  // field-level, Chinese
};

// Parses the fields of one step form: "step" (a code of CaseSteps()), "version" (required, the
// case version the form was rendered from), "date" (optional YYYY-MM-DD, default today) and the
// step's own fields: correction_due + items; party; note; approver + reason + working_days;
// amount_yuan + fee_method + fee_basis; reason; outcome (a report-json key such as "不予公开.5")
// + provision_form + note; text. Never fails on any input. Pure.
ParsedStep ParseCaseStep(const FieldMap& fields, const domain::Actor& actor);

// Applies `step` to case `case_id` with the matching CaseService command. Errors are the
// service's: kNotFound, kInvalidArgument, kFailedPrecondition (not allowed in this state, with
// the lifecycle's Chinese message), kConflict (changed since `version`).
core::Result<domain::RequestCase> ApplyCaseStep(domain::CaseService& service, std::int64_t case_id,
                                                const CaseStep& step);

}  // namespace gongkai::web
