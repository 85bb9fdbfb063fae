#include "store/sql/record_json.h"

#include <optional>

#include <nlohmann/json.hpp>

namespace gongkai::store {
namespace {

using Json = nlohmann::json;  // std::map objects: keys come out sorted, which is canonical.

std::string Dump(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json OptionalDate(const std::optional<core::Date>& date) {
  return date.has_value() ? Json(date->ToString()) : Json(nullptr);
}

Json OptionalRow(const std::optional<domain::RequestRow>& row) {
  return row.has_value() ? Json(std::string(domain::RowInfo(*row).key)) : Json(nullptr);
}

Json EventJson(const domain::CaseEvent& event) {
  Json json = {{"sequence", event.sequence},
               {"type", std::string(domain::EventTypeCode(event.type))},
               {"date", event.date.ToString()},
               {"actor", event.actor},
               {"note", event.note}};
  if (event.outcome.has_value()) {
    json["outcome"] = OptionalRow(event.outcome);
  }
  if (event.correction_due.has_value()) {
    json["correction_due"] = OptionalDate(event.correction_due);
  }
  if (event.working_days.has_value()) {
    json["working_days"] = *event.working_days;
  }
  if (event.amount_yuan.has_value()) {
    json["amount_yuan"] = *event.amount_yuan;
  }
  for (const auto& [key, value] : {std::pair{"approver", &event.approver},
                                   {"consultation_party", &event.consultation_party},
                                   {"fee_method", &event.fee_method},
                                   {"provision_form", &event.provision_form}}) {
    if (!value->empty()) {
      json[key] = *value;
    }
  }
  return json;
}

// Top-level fields of a case other than events and version.
Json CaseFields(const domain::RequestCase& c) {
  return {{"tracking_number", c.tracking_number},
          {"agency_id", c.agency_id},
          {"applicant_kind", c.applicant.kind},
          {"applicant_name", c.applicant.name},
          {"applicant_id_document", c.applicant.id_document},
          {"applicant_contact", c.applicant.contact},
          {"information_requested", c.information_requested},
          {"preferred_form", c.preferred_form},
          {"channel", std::string(domain::ChannelCode(c.channel))},
          {"submitted_on", c.submitted_on.ToString()},
          {"state", std::string(domain::CaseStateCode(c.state))},
          {"received_on", OptionalDate(c.received_on)},
          {"closed_on", OptionalDate(c.closed_on)},
          {"outcome", OptionalRow(c.outcome)},
          {"due_on", OptionalDate(c.due_on)},
          {"due_provisional", c.due_provisional}};
}

Json AgencyObject(const domain::Agency& agency) {
  return {{"id", agency.id},
          {"name", agency.name},
          {"parent_id", agency.parent_id.has_value() ? Json(*agency.parent_id) : Json(nullptr)}};
}

}  // namespace

std::string AgencyJson(const domain::Agency& agency, const domain::Agency* before) {
  Json json = AgencyObject(agency);
  if (before != nullptr) {
    json["before"] = AgencyObject(*before);
  }
  return Dump(json);
}

std::string CaseCreatedJson(const domain::RequestCase& created) {
  Json json = CaseFields(created);
  json["id"] = created.id;
  json["version"] = created.version;
  json["events"] = Json::array();
  for (const domain::CaseEvent& event : created.events) {
    json["events"].push_back(EventJson(event));
  }
  return Dump(json);
}

std::string CaseUpdatedJson(const domain::RequestCase& before, const domain::RequestCase& after) {
  const Json old_fields = CaseFields(before);
  const Json new_fields = CaseFields(after);
  Json changed = Json::object();
  for (const auto& [key, value] : new_fields.items()) {
    if (old_fields.at(key) != value) {
      changed[key] = value;
    }
  }
  Json events = Json::array();
  for (std::size_t i = before.events.size(); i < after.events.size(); ++i) {
    events.push_back(EventJson(after.events[i]));
  }
  return Dump({{"id", after.id},
               {"version", after.version},
               {"previous_version", before.version},
               {"changed", changed},
               {"new_events", events}});
}

std::string DueDateChangedJson(const domain::RequestCase& before, const domain::RequestCase& after,
                               const std::string& reason) {
  return Dump(
      {{"id", after.id},
       {"version", after.version},
       {"reason", reason},
       {"before",
        {{"due_on", OptionalDate(before.due_on)}, {"due_provisional", before.due_provisional}}},
       {"after",
        {{"due_on", OptionalDate(after.due_on)}, {"due_provisional", after.due_provisional}}}});
}

std::string ReviewJson(const domain::ReviewCase& review) {
  return Dump({{"id", review.id},
               {"agency_id", review.agency_id},
               {"request_case_id",
                review.request_case_id.has_value() ? Json(*review.request_case_id) : Json(nullptr)},
               {"kind", std::string(domain::ReviewKindCode(review.kind))},
               {"reference", review.reference},
               {"filed_on", review.filed_on.ToString()},
               {"result", std::string(domain::ReviewResultCode(review.result))},
               {"decided_on", OptionalDate(review.decided_on)},
               {"note", review.note},
               {"version", review.version}});
}

std::string ProactiveFiguresJson(const domain::ProactiveFigures& f) {
  return Dump({{"agency_id", f.agency_id},
               {"year", f.year},
               {"rules_issued", f.rules_issued},
               {"rules_abolished", f.rules_abolished},
               {"rules_in_force", f.rules_in_force},
               {"normative_issued", f.normative_issued},
               {"normative_abolished", f.normative_abolished},
               {"normative_in_force", f.normative_in_force},
               {"licensing_decisions", f.licensing_decisions},
               {"penalty_decisions", f.penalty_decisions},
               {"coercion_decisions", f.coercion_decisions},
               {"fees_wan_yuan", f.fees_wan_yuan}});
}

std::string ReportTextJson(const domain::ReportText& text) {
  return Dump({{"agency_id", text.agency_id},
               {"year", text.year},
               {"overview", text.overview},
               {"problems", text.problems},
               {"other_matters", text.other_matters}});
}

std::string CalendarYearJson(int year, const std::string& json) {
  return Dump({{"year", year}, {"calendar", Json::parse(json, nullptr, false)}});
}

std::string TrackingSequenceJson(const std::string& agency_id, int year, std::int64_t value) {
  return Dump({{"agency_id", agency_id}, {"year", year}, {"sequence", value}});
}

bool IsValidJson(const std::string& text) {
  return Json::accept(text);
}

}  // namespace gongkai::store
