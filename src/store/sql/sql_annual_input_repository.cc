#include "store/sql/sql_annual_input_repository.h"

#include <array>

#include "store/sql/audit_chain.h"
#include "store/sql/record_json.h"
#include "store/sql/record_validation.h"

namespace gongkai::store {
namespace {

std::string Scope(const std::string& agency_id, int year) {
  return agency_id + ":" + std::to_string(year);
}

core::Status ValidateKey(const std::string& agency_id, int year) {
  GONGKAI_TRY(ValidateAgencyId(agency_id));
  return ValidateYear(year);
}

core::Result<domain::ProactiveFigures> FiguresFromRow(const SqlRow& row, std::string agency_id,
                                                      int year) {
  RowReader reader(row, "主动公开数据");
  domain::ProactiveFigures f;
  f.agency_id = std::move(agency_id);
  f.year = year;
  for (std::int64_t* field :
       {&f.rules_issued, &f.rules_abolished, &f.rules_in_force, &f.normative_issued,
        &f.normative_abolished, &f.normative_in_force, &f.licensing_decisions, &f.penalty_decisions,
        &f.coercion_decisions}) {
    GONGKAI_ASSIGN_OR_RETURN(*field, reader.Int("count"));
  }
  GONGKAI_ASSIGN_OR_RETURN(f.fees_wan_yuan, reader.Real("fees_wan_yuan"));
  return f;
}

}  // namespace

core::Status SqlAnnualInputRepository::PutProactiveFigures(const domain::ProactiveFigures& f,
                                                           const domain::Actor& actor) {
  GONGKAI_TRY(ValidateActor(actor));
  GONGKAI_TRY(ValidateProactiveFigures(f));
  return RunWrite(context_, [&]() -> core::Status {
    GONGKAI_TRY(RequireAgency(context_.connection, f.agency_id, "机构"));
    const std::array<SqlValue, 12> params = {
        f.agency_id,           static_cast<std::int64_t>(f.year),
        f.rules_issued,        f.rules_abolished,
        f.rules_in_force,      f.normative_issued,
        f.normative_abolished, f.normative_in_force,
        f.licensing_decisions, f.penalty_decisions,
        f.coercion_decisions,  f.fees_wan_yuan};
    GONGKAI_TRY(context_.connection.Query(
        "INSERT INTO proactive_figures (agency_id, year, rules_issued, rules_abolished, "
        "rules_in_force, normative_issued, normative_abolished, normative_in_force, "
        "licensing_decisions, penalty_decisions, coercion_decisions, fees_wan_yuan) VALUES ($1, "
        "$2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (agency_id, year) DO UPDATE "
        "SET rules_issued = excluded.rules_issued, rules_abolished = excluded.rules_abolished, "
        "rules_in_force = excluded.rules_in_force, normative_issued = excluded.normative_issued, "
        "normative_abolished = excluded.normative_abolished, normative_in_force = "
        "excluded.normative_in_force, licensing_decisions = excluded.licensing_decisions, "
        "penalty_decisions = excluded.penalty_decisions, coercion_decisions = "
        "excluded.coercion_decisions, fees_wan_yuan = excluded.fees_wan_yuan",
        params));
    return AppendAudit(context_.connection, context_.clock,
                       {actor.name, "proactive:" + Scope(f.agency_id, f.year), "proactive.put",
                        ProactiveFiguresJson(f)});
  });
}

core::Result<domain::ProactiveFigures> SqlAnnualInputRepository::GetProactiveFigures(
    const std::string& agency_id, int year) {
  GONGKAI_TRY(ValidateKey(agency_id, year));
  return RunRead(context_, [&]() -> core::Result<domain::ProactiveFigures> {
    const std::array<SqlValue, 2> params = {agency_id, static_cast<std::int64_t>(year)};
    GONGKAI_ASSIGN_OR_RETURN(
        SqlRows rows,
        context_.connection.Query(
            "SELECT rules_issued, rules_abolished, rules_in_force, normative_issued, "
            "normative_abolished, normative_in_force, licensing_decisions, penalty_decisions, "
            "coercion_decisions, fees_wan_yuan FROM proactive_figures WHERE agency_id = $1 AND "
            "year = $2",
            params));
    if (rows.empty()) {
      return core::Error::NotFound("尚未录入机构 " + agency_id + " " + std::to_string(year) +
                                   " 年的主动公开数据");
    }
    return FiguresFromRow(rows.front(), agency_id, year);
  });
}

core::Status SqlAnnualInputRepository::PutReportText(const domain::ReportText& text,
                                                     const domain::Actor& actor) {
  GONGKAI_TRY(ValidateActor(actor));
  GONGKAI_TRY(ValidateReportText(text));
  return RunWrite(context_, [&]() -> core::Status {
    GONGKAI_TRY(RequireAgency(context_.connection, text.agency_id, "机构"));
    const std::array<SqlValue, 5> params = {text.agency_id, static_cast<std::int64_t>(text.year),
                                            text.overview, text.problems, text.other_matters};
    GONGKAI_TRY(context_.connection.Query(
        "INSERT INTO report_texts (agency_id, year, overview, problems, other_matters) VALUES "
        "($1, $2, $3, $4, $5) ON CONFLICT (agency_id, year) DO UPDATE SET overview = "
        "excluded.overview, problems = excluded.problems, other_matters = excluded.other_matters",
        params));
    return AppendAudit(context_.connection, context_.clock,
                       {actor.name, "report_text:" + Scope(text.agency_id, text.year),
                        "report_text.put", ReportTextJson(text)});
  });
}

core::Result<domain::ReportText> SqlAnnualInputRepository::GetReportText(
    const std::string& agency_id, int year) {
  GONGKAI_TRY(ValidateKey(agency_id, year));
  return RunRead(context_, [&]() -> core::Result<domain::ReportText> {
    const std::array<SqlValue, 2> params = {agency_id, static_cast<std::int64_t>(year)};
    GONGKAI_ASSIGN_OR_RETURN(
        SqlRows rows,
        context_.connection.Query("SELECT overview, problems, other_matters FROM report_texts "
                                  "WHERE agency_id = $1 AND year = $2",
                                  params));
    if (rows.empty()) {
      return core::Error::NotFound("尚未录入机构 " + agency_id + " " + std::to_string(year) +
                                   " 年的年报文字部分");
    }
    RowReader reader(rows.front(), "年报文字");
    domain::ReportText text;
    text.agency_id = agency_id;
    text.year = year;
    GONGKAI_ASSIGN_OR_RETURN(text.overview, reader.Text("overview"));
    GONGKAI_ASSIGN_OR_RETURN(text.problems, reader.Text("problems"));
    GONGKAI_ASSIGN_OR_RETURN(text.other_matters, reader.Text("other_matters"));
    return text;
  });
}

}  // namespace gongkai::store
