#include "web/public_case_status.h"

#include "web/receipt_code.h"
#include "web/views/outcome_options.h"

namespace gongkai::web {
namespace {

std::string StepLabel(const domain::CaseEvent& event) {
  std::string label(domain::EventTypeLabel(event.type));
  if (event.type == domain::EventType::kCorrectionRequested && event.correction_due.has_value()) {
    label += "（补正期限 " + event.correction_due->ToString() + "）";
  }
  if (event.type == domain::EventType::kExtended && event.working_days.has_value()) {
    label += "（延长 " + std::to_string(*event.working_days) + " 个工作日）";
  }
  if (event.type == domain::EventType::kFeeNoticeSent && event.amount_yuan.has_value()) {
    label += "（" + std::to_string(*event.amount_yuan) + " 元）";
  }
  if (event.type == domain::EventType::kReplied && event.outcome.has_value()) {
    label += "：" + OutcomeLabel(*event.outcome);
  }
  return label;
}

}  // namespace

PublicCaseStatus PublicStatusOf(const domain::RequestCase& request_case) {
  PublicCaseStatus status;
  status.receipt_code = ReceiptCode(request_case);
  status.tracking_number = request_case.tracking_number;
  status.agency_id = request_case.agency_id;
  status.state_code = std::string(domain::CaseStateCode(request_case.state));
  status.state_label = std::string(domain::CaseStateLabel(request_case.state));
  status.received_on = request_case.received_on;
  status.due_on = request_case.due_on;
  status.due_provisional = request_case.due_provisional;
  status.closed_on = request_case.closed_on;
  if (request_case.outcome.has_value()) {
    status.outcome_label = OutcomeLabel(*request_case.outcome);
  }
  for (const domain::CaseEvent& event : request_case.events) {
    // Notes are internal remarks and may name people; they are not for the public.
    if (event.type == domain::EventType::kNote) {
      continue;
    }
    status.steps.push_back({event.date, StepLabel(event)});
  }
  return status;
}

}  // namespace gongkai::web
