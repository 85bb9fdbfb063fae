// Shape of one case:
//   {"id", "tracking_number" (null before registration), "version", "agency_id", "agency_name",
//    "state", "state_label", "applicant": {"kind", "kind_label", "name", "id_document",
//    "contact"}, "information_requested", "preferred_form", "channel", "channel_label",
//    "submitted_on", "received_on", "reply_due", "reply_due_provisional" (true when reply_due
//    was counted through a year without holiday schedule: 暂定), "clock_stopped", "clock_error",
//    "open",
//    "overdue", "closed_on", "outcome" (report-json row key), "outcome_label",
//    "events": [{"sequence", "type", "label", "date", "actor", "note", and the type-specific
//    fields that are set: "correction_due", "consultation_party", "working_days", "approver",
//    "amount_yuan", "fee_method", "outcome", "provision_form"}],
//    "warnings": [{"rule", "severity", "message"}]}
// Absent values are null; dates are "YYYY-MM-DD".
#include "cli/case_json.h"

#include <optional>

#include <nlohmann/json.hpp>

namespace gongkai::cli {
namespace {

using Json = nlohmann::ordered_json;

Json DateOrNull(const std::optional<core::Date>& date) {
  return date.has_value() ? Json(date->ToString()) : Json(nullptr);
}

Json TextOrNull(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

Json EventJson(const domain::CaseEvent& event) {
  Json json = {{"sequence", event.sequence},
               {"type", domain::EventTypeCode(event.type)},
               {"label", domain::EventTypeLabel(event.type)},
               {"date", event.date.ToString()},
               {"actor", event.actor},
               {"note", event.note}};
  if (event.correction_due.has_value()) {
    json["correction_due"] = event.correction_due->ToString();
  }
  if (!event.consultation_party.empty()) {
    json["consultation_party"] = event.consultation_party;
  }
  if (event.working_days.has_value()) {
    json["working_days"] = *event.working_days;
  }
  if (!event.approver.empty()) {
    json["approver"] = event.approver;
  }
  if (event.amount_yuan.has_value()) {
    json["amount_yuan"] = *event.amount_yuan;
    json["fee_method"] = event.fee_method;
  }
  if (event.outcome.has_value()) {
    json["outcome"] = domain::RowInfo(*event.outcome).key;
  }
  if (!event.provision_form.empty()) {
    json["provision_form"] = event.provision_form;
  }
  return json;
}

Json ApplicantJson(const domain::Applicant& applicant) {
  return {{"kind", domain::ApplicantKindCode(applicant.kind)},
          {"kind_label", domain::ApplicantColumnLabel(applicant.kind)},
          {"name", applicant.name},
          {"id_document", applicant.id_document},
          {"contact", applicant.contact}};
}

Json CaseObject(const CaseView& view) {
  const domain::RequestCase& request = view.request;
  Json events = Json::array();
  for (const domain::CaseEvent& event : request.events) {
    events.push_back(EventJson(event));
  }
  Json warnings = Json::array();
  for (const domain::Finding& finding : view.warnings) {
    warnings.push_back({{"rule", finding.rule},
                        {"severity", domain::SeverityName(finding.severity)},
                        {"message", finding.message}});
  }
  const std::optional<domain::RequestRow>& outcome = request.outcome;
  return {{"id", request.id},
          {"tracking_number", TextOrNull(request.tracking_number)},
          {"version", request.version},
          {"agency_id", request.agency_id},
          {"agency_name", TextOrNull(view.agency_name)},
          {"state", domain::CaseStateCode(request.state)},
          {"state_label", domain::CaseStateLabel(request.state)},
          {"applicant", ApplicantJson(request.applicant)},
          {"information_requested", request.information_requested},
          {"preferred_form", request.preferred_form},
          {"channel", domain::ChannelCode(request.channel)},
          {"channel_label", domain::ChannelLabel(request.channel)},
          {"submitted_on", request.submitted_on.ToString()},
          {"received_on", DateOrNull(request.received_on)},
          {"reply_due", DateOrNull(view.reply_due)},
          {"reply_due_provisional", view.reply_due_provisional},
          {"clock_stopped",
           view.clock_stopped ? Json(ClockStopCode(*view.clock_stopped)) : Json(nullptr)},
          {"clock_error", view.clock_error ? Json(*view.clock_error) : Json(nullptr)},
          {"open", view.open},
          {"overdue", view.overdue},
          {"closed_on", DateOrNull(request.closed_on)},
          {"outcome", outcome ? Json(domain::RowInfo(*outcome).key) : Json(nullptr)},
          {"outcome_label", outcome ? Json(OutcomeText(*outcome)) : Json(nullptr)},
          {"events", events},
          {"warnings", warnings}};
}

// Replaces invalid UTF-8 (free text typed on a terminal with another encoding) instead of
// throwing.
std::string Dump(const Json& json) {
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string CaseJson(const CaseView& view) {
  return Dump(CaseObject(view));
}

std::string CaseListJson(std::span<const CaseView> views) {
  Json array = Json::array();
  for (const CaseView& view : views) {
    array.push_back(CaseObject(view));
  }
  return Dump(array);
}

}  // namespace gongkai::cli
