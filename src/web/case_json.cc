#include "web/case_json.h"

#include <nlohmann/json.hpp>

#include "domain/report_taxonomy.h"

namespace gongkai::web {
namespace {

nlohmann::json DateJson(const std::optional<core::Date>& date) {
  return date.has_value() ? nlohmann::json(date->ToString()) : nlohmann::json(nullptr);
}

nlohmann::json StatusObject(const PublicCaseStatus& status, const domain::RequestCase* full) {
  nlohmann::json json = {
      {"receipt_code", status.receipt_code},
      {"tracking_number", status.tracking_number.empty() ? nlohmann::json(nullptr)
                                                         : nlohmann::json(status.tracking_number)},
      {"agency_id", status.agency_id},
      {"state", status.state_code},
      {"state_label", status.state_label},
      {"received_on", DateJson(status.received_on)},
      {"due_on", DateJson(status.due_on)},
      {"due_provisional", status.due_provisional},
      {"closed_on", DateJson(status.closed_on)},
      {"outcome_label", status.outcome_label.has_value() ? nlohmann::json(*status.outcome_label)
                                                         : nlohmann::json(nullptr)},
  };
  json["outcome"] = full != nullptr && full->outcome.has_value()
                        ? nlohmann::json(std::string(domain::RowInfo(*full->outcome).key))
                        : nlohmann::json(nullptr);
  json["steps"] = nlohmann::json::array();
  for (const PublicStep& step : status.steps) {
    json["steps"].push_back({{"date", step.date.ToString()}, {"label", step.label}});
  }
  return json;
}

nlohmann::json EventJson(const domain::CaseEvent& event) {
  nlohmann::json json = {{"sequence", event.sequence},
                         {"type", std::string(domain::EventTypeCode(event.type))},
                         {"date", event.date.ToString()},
                         {"actor", event.actor},
                         {"note", event.note}};
  if (event.outcome.has_value()) {
    json["outcome"] = std::string(domain::RowInfo(*event.outcome).key);
  }
  if (event.correction_due.has_value()) {
    json["correction_due"] = event.correction_due->ToString();
  }
  if (event.working_days.has_value()) {
    json["working_days"] = *event.working_days;
  }
  if (event.amount_yuan.has_value()) {
    json["amount_yuan"] = *event.amount_yuan;
    json["fee_method"] = event.fee_method;
  }
  for (const auto& [key, value] : {std::pair{"approver", &event.approver},
                                   std::pair{"consultation_party", &event.consultation_party},
                                   std::pair{"provision_form", &event.provision_form}}) {
    if (!value->empty()) {
      json[key] = *value;
    }
  }
  return json;
}

std::string Dump(const nlohmann::json& json) {
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string PublicStatusJson(const PublicCaseStatus& status) {
  return Dump(StatusObject(status, nullptr));
}

std::string StaffCaseJson(const domain::RequestCase& request_case) {
  nlohmann::json json = StatusObject(PublicStatusOf(request_case), &request_case);
  json["id"] = request_case.id;
  json["version"] = request_case.version;
  json["applicant"] = {
      {"kind", std::string(domain::ApplicantKindCode(request_case.applicant.kind))},
      {"name", request_case.applicant.name},
      {"id_document", request_case.applicant.id_document},
      {"contact", request_case.applicant.contact}};
  json["information_requested"] = request_case.information_requested;
  json["preferred_form"] = request_case.preferred_form;
  json["channel"] = std::string(domain::ChannelCode(request_case.channel));
  json["events"] = nlohmann::json::array();
  for (const domain::CaseEvent& event : request_case.events) {
    json["events"].push_back(EventJson(event));
  }
  return Dump(json);
}

}  // namespace gongkai::web
