#include "store/sql/case_rows.h"

#include <string>
#include <tuple>

namespace gongkai::store {
namespace {

template <typename T>
core::Result<T> Decode(std::optional<T> value, std::string_view what, std::string_view text) {
  if (!value.has_value()) {
    return core::Error::Internal("数据库中" + std::string(what) + "的取值“" + std::string(text) +
                                 "”无法识别，数据可能已损坏");
  }
  return *value;
}

core::Result<std::optional<domain::RequestRow>> DecodeRow(const std::optional<std::string>& key,
                                                          std::string_view what) {
  if (!key.has_value()) {
    return std::optional<domain::RequestRow>();
  }
  GONGKAI_ASSIGN_OR_RETURN(domain::RequestRow row, Decode(domain::RowFromKey(*key), what, *key));
  return std::optional<domain::RequestRow>(row);
}

SqlValue OptionalRowParam(const std::optional<domain::RequestRow>& row) {
  return row.has_value() ? SqlValue(RowKey(*row)) : SqlValue();
}

SqlValue NullIfEmpty(const std::string& text) {
  return text.empty() ? SqlValue() : SqlValue(text);
}

}  // namespace

std::string RowKey(domain::RequestRow row) {
  return std::string(domain::RowInfo(row).key);
}

core::Result<domain::RequestCase> CaseFromRow(const SqlRow& row) {
  domain::RequestCase c;
  const std::string what = row.empty() || !std::holds_alternative<std::int64_t>(row.front())
                               ? std::string("案件")
                               : "案件 " + std::to_string(std::get<std::int64_t>(row.front()));
  RowReader reader(row, what);
  GONGKAI_ASSIGN_OR_RETURN(c.id, reader.Int("id"));
  GONGKAI_ASSIGN_OR_RETURN(std::optional<std::string> tracking,
                           reader.OptionalText("tracking_number"));
  c.tracking_number = tracking.value_or("");
  GONGKAI_ASSIGN_OR_RETURN(c.agency_id, reader.Text("agency_id"));
  GONGKAI_ASSIGN_OR_RETURN(std::int64_t kind, reader.Int("applicant_kind"));
  c.applicant.kind = static_cast<int>(kind);
  GONGKAI_ASSIGN_OR_RETURN(c.applicant.name, reader.Text("applicant_name"));
  GONGKAI_ASSIGN_OR_RETURN(c.applicant.id_document, reader.Text("applicant_id_document"));
  GONGKAI_ASSIGN_OR_RETURN(c.applicant.contact, reader.Text("applicant_contact"));
  GONGKAI_ASSIGN_OR_RETURN(c.information_requested, reader.Text("information_requested"));
  GONGKAI_ASSIGN_OR_RETURN(c.preferred_form, reader.Text("preferred_form"));
  GONGKAI_ASSIGN_OR_RETURN(std::string channel, reader.Text("channel"));
  GONGKAI_ASSIGN_OR_RETURN(c.channel,
                           Decode(domain::ChannelFromCode(channel), what + "的渠道", channel));
  GONGKAI_ASSIGN_OR_RETURN(c.submitted_on, reader.Date("submitted_on"));
  GONGKAI_ASSIGN_OR_RETURN(c.version, reader.Int("version"));
  GONGKAI_ASSIGN_OR_RETURN(std::string state, reader.Text("state"));
  GONGKAI_ASSIGN_OR_RETURN(c.state,
                           Decode(domain::CaseStateFromCode(state), what + "的状态", state));
  GONGKAI_ASSIGN_OR_RETURN(c.received_on, reader.OptionalDate("received_on"));
  GONGKAI_ASSIGN_OR_RETURN(c.closed_on, reader.OptionalDate("closed_on"));
  GONGKAI_ASSIGN_OR_RETURN(std::optional<std::string> outcome, reader.OptionalText("outcome"));
  GONGKAI_ASSIGN_OR_RETURN(c.outcome, DecodeRow(outcome, what + "的办理结果"));
  GONGKAI_ASSIGN_OR_RETURN(c.due_on, reader.OptionalDate("due_on"));
  GONGKAI_ASSIGN_OR_RETURN(const std::int64_t provisional, reader.Int("due_provisional"));
  c.due_provisional = provisional != 0;
  return c;
}

core::Result<std::pair<std::int64_t, domain::CaseEvent>> EventFromRow(const SqlRow& row) {
  RowReader reader(row, "案件事件");
  domain::CaseEvent e;
  GONGKAI_ASSIGN_OR_RETURN(std::int64_t case_id, reader.Int("case_id"));
  GONGKAI_ASSIGN_OR_RETURN(e.sequence, reader.Int("sequence"));
  const std::string what =
      "案件 " + std::to_string(case_id) + " 的第 " + std::to_string(e.sequence) + " 个事件";
  GONGKAI_ASSIGN_OR_RETURN(std::string type, reader.Text("type"));
  GONGKAI_ASSIGN_OR_RETURN(e.type, Decode(domain::EventTypeFromCode(type), what + "的类型", type));
  GONGKAI_ASSIGN_OR_RETURN(e.date, reader.Date("date"));
  GONGKAI_ASSIGN_OR_RETURN(e.actor, reader.Text("actor"));
  GONGKAI_ASSIGN_OR_RETURN(e.note, reader.Text("note"));
  GONGKAI_ASSIGN_OR_RETURN(std::optional<std::string> outcome, reader.OptionalText("outcome"));
  GONGKAI_ASSIGN_OR_RETURN(e.outcome, DecodeRow(outcome, what + "的办理结果"));
  GONGKAI_ASSIGN_OR_RETURN(e.correction_due, reader.OptionalDate("correction_due"));
  GONGKAI_ASSIGN_OR_RETURN(std::optional<std::int64_t> days, reader.OptionalInt("working_days"));
  if (days.has_value()) {
    e.working_days = static_cast<int>(*days);
  }
  GONGKAI_ASSIGN_OR_RETURN(e.approver, reader.Text("approver"));
  GONGKAI_ASSIGN_OR_RETURN(e.consultation_party, reader.Text("consultation_party"));
  GONGKAI_ASSIGN_OR_RETURN(e.amount_yuan, reader.OptionalInt("amount_yuan"));
  GONGKAI_ASSIGN_OR_RETURN(e.fee_method, reader.Text("fee_method"));
  GONGKAI_ASSIGN_OR_RETURN(e.provision_form, reader.Text("provision_form"));
  return std::pair{case_id, std::move(e)};
}

core::Result<domain::CaseReportFact> FactFromRow(const SqlRow& row) {
  RowReader reader(row, "案件");
  domain::CaseReportFact fact;
  GONGKAI_ASSIGN_OR_RETURN(fact.id, reader.Int("id"));
  GONGKAI_ASSIGN_OR_RETURN(std::optional<std::string> tracking,
                           reader.OptionalText("tracking_number"));
  fact.tracking_number = tracking.value_or("");
  GONGKAI_ASSIGN_OR_RETURN(std::int64_t kind, reader.Int("applicant_kind"));
  fact.applicant_kind = static_cast<int>(kind);
  GONGKAI_ASSIGN_OR_RETURN(fact.received_on, reader.OptionalDate("received_on"));
  GONGKAI_ASSIGN_OR_RETURN(fact.closed_on, reader.OptionalDate("closed_on"));
  GONGKAI_ASSIGN_OR_RETURN(std::optional<std::string> outcome, reader.OptionalText("outcome"));
  GONGKAI_ASSIGN_OR_RETURN(fact.outcome,
                           DecodeRow(outcome, "案件 " + std::to_string(fact.id) + " 的办理结果"));
  return fact;
}

std::vector<SqlValue> CaseParams(const domain::RequestCase& c) {
  return {NullIfEmpty(c.tracking_number),
          c.agency_id,
          static_cast<std::int64_t>(c.applicant.kind),
          c.applicant.name,
          c.applicant.id_document,
          c.applicant.contact,
          c.information_requested,
          c.preferred_form,
          std::string(domain::ChannelCode(c.channel)),
          DateParam(c.submitted_on),
          c.version,
          std::string(domain::CaseStateCode(c.state)),
          OptionalDateParam(c.received_on),
          OptionalDateParam(c.closed_on),
          OptionalRowParam(c.outcome),
          OptionalDateParam(c.due_on),
          static_cast<std::int64_t>(c.due_provisional ? 1 : 0)};
}

std::vector<SqlValue> EventParams(std::int64_t case_id, const domain::CaseEvent& e) {
  return {case_id,
          e.sequence,
          std::string(domain::EventTypeCode(e.type)),
          DateParam(e.date),
          e.actor,
          e.note,
          OptionalRowParam(e.outcome),
          OptionalDateParam(e.correction_due),
          e.working_days.has_value() ? SqlValue(static_cast<std::int64_t>(*e.working_days))
                                     : SqlValue(),
          e.approver,
          e.consultation_party,
          OptionalIntParam(e.amount_yuan),
          e.fee_method,
          e.provision_form};
}

bool SameEvent(const domain::CaseEvent& a, const domain::CaseEvent& b) {
  const auto facts = [](const domain::CaseEvent& e) {
    return std::tie(e.type, e.date, e.actor, e.note, e.outcome, e.correction_due, e.working_days,
                    e.approver, e.consultation_party, e.amount_yuan, e.fee_method,
                    e.provision_form);
  };
  return facts(a) == facts(b);
}

}  // namespace gongkai::store
