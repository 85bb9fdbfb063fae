#include "testing/in_memory_store.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "domain/report_counting.h"

namespace gongkai::fakes {
namespace {

using domain::Actor;
using domain::RequestCase;
using nlohmann::json;

constexpr std::size_t kMaxAgencyIdLength = 32;
constexpr std::int64_t kMaxListLimit = 10'000;

bool ValidAgencyId(const std::string& id) {
  if (id.empty() || id.size() > kMaxAgencyIdLength) {
    return false;
  }
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

core::Status CheckYear(int year) {
  if (year < 1900 || year > 2999) {
    return core::Error::InvalidArgument("年份 " + std::to_string(year) + " 超出 1900–2999 的范围");
  }
  return core::Ok();
}

core::Status CheckActor(const Actor& actor) {
  if (actor.name.empty()) {
    return core::Error::InvalidArgument("缺少经办人");
  }
  return core::Ok();
}

bool Contains(std::span<const std::string> ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

json OptionalDate(const std::optional<core::Date>& date) {
  return date.has_value() ? json(date->ToString()) : json(nullptr);
}

json EventJson(const domain::CaseEvent& event) {
  json j = {{"sequence", event.sequence},
            {"type", domain::EventTypeCode(event.type)},
            {"date", event.date.ToString()},
            {"actor", event.actor},
            {"note", event.note}};
  if (event.outcome.has_value()) {
    j["outcome"] = domain::RowInfo(*event.outcome).key;
  }
  if (event.correction_due.has_value()) {
    j["correction_due"] = event.correction_due->ToString();
  }
  if (event.working_days.has_value()) {
    j["working_days"] = *event.working_days;
  }
  if (event.amount_yuan.has_value()) {
    j["amount_yuan"] = *event.amount_yuan;
  }
  for (const auto& [key, value] :
       {std::pair<const char*, const std::string*>{"approver", &event.approver},
        {"consultation_party", &event.consultation_party},
        {"fee_method", &event.fee_method},
        {"provision_form", &event.provision_form}}) {
    if (!value->empty()) {
      j[key] = *value;
    }
  }
  return j;
}

// What the audit entry of a case change records: the new events and the derived fields after them.
json CaseChangeJson(const RequestCase& stored_case, std::size_t first_new_event) {
  json events = json::array();
  for (std::size_t i = first_new_event; i < stored_case.events.size(); ++i) {
    events.push_back(EventJson(stored_case.events[i]));
  }
  return {{"case_id", stored_case.id},
          {"tracking_number", stored_case.tracking_number},
          {"agency_id", stored_case.agency_id},
          {"version", stored_case.version},
          {"state", domain::CaseStateCode(stored_case.state)},
          {"received_on", OptionalDate(stored_case.received_on)},
          {"closed_on", OptionalDate(stored_case.closed_on)},
          {"due_on", OptionalDate(stored_case.due_on)},
          {"due_provisional", stored_case.due_provisional},
          {"outcome",
           stored_case.outcome ? json(domain::RowInfo(*stored_case.outcome).key) : json(nullptr)},
          {"events", events}};
}

json ReviewJson(const domain::ReviewCase& review) {
  return {
      {"id", review.id},
      {"agency_id", review.agency_id},
      {"request_case_id", review.request_case_id ? json(*review.request_case_id) : json(nullptr)},
      {"kind", domain::ReviewKindCode(review.kind)},
      {"reference", review.reference},
      {"filed_on", review.filed_on.ToString()},
      {"result", domain::ReviewResultCode(review.result)},
      {"decided_on", OptionalDate(review.decided_on)},
      {"note", review.note},
      {"version", review.version}};
}

domain::CaseReportFact FactOf(const RequestCase& request) {
  return domain::CaseReportFact{
      request.id,          request.tracking_number, request.applicant.kind,
      request.received_on, request.closed_on,       request.outcome};
}

// Whether a fact counted in `rows` belongs to the cell of `row`: 总计 gathers every outcome row.
bool InRow(const std::vector<domain::RequestRow>& rows, domain::RequestRow row) {
  return std::any_of(rows.begin(), rows.end(), [row](domain::RequestRow counted) {
    if (row == domain::RequestRow::kTotal) {
      return domain::RowInfo(counted).is_outcome;
    }
    if (row == domain::RequestRow::kOtherSingle) {
      return counted == domain::RequestRow::kOther1 || counted == domain::RequestRow::kOther2 ||
             counted == domain::RequestRow::kOther3 || counted == row;
    }
    return counted == row;
  });
}

}  // namespace

InMemoryStore::InMemoryStore(const core::Clock& clock) : clock_(clock) {}

void InMemoryStore::AppendAudit(const Actor& actor, std::string entity, std::string action,
                                std::string details) {
  domain::AuditEntry entry;
  entry.at_micros = clock_.NowMicros();
  entry.actor = actor.name;
  entry.entity = std::move(entity);
  entry.action = std::move(action);
  entry.details = std::move(details);
  audit_.push_back(domain::ChainAuditEntry(std::move(entry), head_));
  head_ = domain::AuditHead{audit_.back().sequence, audit_.back().hash};
}

bool InMemoryStore::AgencyExists(const std::string& id) const {
  return agencies_.contains(id);
}

// ---- Agencies ----

core::Status InMemoryStore::PutAgency(const domain::Agency& agency, const Actor& actor) {
  GONGKAI_TRY(CheckActor(actor));
  std::lock_guard lock(mutex_);
  if (!ValidAgencyId(agency.id)) {
    return core::Error::InvalidArgument("机关代码“" + agency.id +
                                        "”无效：只能由 1–32 个小写字母、数字或连字符组成");
  }
  if (agency.name.empty()) {
    return core::Error::InvalidArgument("机关 " + agency.id + " 缺少名称");
  }
  if (agency.parent_id.has_value()) {
    if (!AgencyExists(*agency.parent_id)) {
      return core::Error::NotFound("上级机关 " + *agency.parent_id + " 不存在");
    }
    // Walking up from the parent must never reach the agency itself.
    for (std::optional<std::string> at = agency.parent_id; at.has_value();
         at = agencies_.at(*at).parent_id) {
      if (*at == agency.id) {
        return core::Error::FailedPrecondition("把 " + *agency.parent_id + " 设为 " + agency.id +
                                               " 的上级会形成循环");
      }
    }
  }
  const bool existed = AgencyExists(agency.id);
  agencies_[agency.id] = agency;
  AppendAudit(actor, "agency:" + agency.id, existed ? "agency.update" : "agency.create",
              json({{"id", agency.id},
                    {"name", agency.name},
                    {"parent_id", agency.parent_id ? json(*agency.parent_id) : json(nullptr)}})
                  .dump());
  return core::Ok();
}

core::Result<domain::Agency> InMemoryStore::GetAgency(const std::string& id) {
  std::lock_guard lock(mutex_);
  const auto it = agencies_.find(id);
  if (it == agencies_.end()) {
    return core::Error::NotFound("机关 " + id + " 不存在");
  }
  return it->second;
}

core::Result<std::vector<domain::Agency>> InMemoryStore::ListAgencies() {
  std::lock_guard lock(mutex_);
  std::vector<domain::Agency> all;
  for (const auto& [id, agency] : agencies_) {
    all.push_back(agency);
  }
  return all;
}

core::Result<std::vector<std::string>> InMemoryStore::Subtree(const std::string& id) {
  std::lock_guard lock(mutex_);
  if (!AgencyExists(id)) {
    return core::Error::NotFound("机关 " + id + " 不存在");
  }
  std::vector<std::string> subtree = {id};
  // Breadth-first; agencies_ is ordered by id, so children come out sorted.
  for (std::size_t next = 0; next < subtree.size(); ++next) {
    for (const auto& [child_id, agency] : agencies_) {
      if (agency.parent_id == subtree[next]) {
        subtree.push_back(child_id);
      }
    }
  }
  return subtree;
}

// ---- Cases ----

core::Result<RequestCase> InMemoryStore::CreateCase(const RequestCase& draft, const Actor& actor) {
  GONGKAI_TRY(CheckActor(actor));
  std::lock_guard lock(mutex_);
  if (!AgencyExists(draft.agency_id)) {
    return core::Error::NotFound("机关 " + draft.agency_id + " 不存在");
  }
  if (draft.applicant.kind < 0 || draft.applicant.kind >= domain::kTotalColumn) {
    return core::Error::InvalidArgument("申请人类型 " + std::to_string(draft.applicant.kind) +
                                        " 无效");
  }
  if (!draft.tracking_number.empty()) {
    for (const auto& [id, other] : cases_) {
      if (other.tracking_number == draft.tracking_number) {
        return core::Error::Conflict("登记编号 " + draft.tracking_number + " 已被使用");
      }
    }
  }
  RequestCase stored = draft;
  stored.id = next_case_id_++;
  for (std::size_t i = 0; i < stored.events.size(); ++i) {
    stored.events[i].sequence = static_cast<std::int64_t>(i) + 1;
  }
  stored.version = static_cast<std::int64_t>(stored.events.size());
  cases_[stored.id] = stored;
  AppendAudit(actor, "case:" + std::to_string(stored.id), "case.create",
              CaseChangeJson(stored, 0).dump());
  return stored;
}

core::Result<std::int64_t> InMemoryStore::NextTrackingSequence(const std::string& agency_id,
                                                               int year) {
  std::lock_guard lock(mutex_);
  GONGKAI_TRY(CheckYear(year));
  if (!AgencyExists(agency_id)) {
    return core::Error::NotFound("机关 " + agency_id + " 不存在");
  }
  // A counter, not a record: not audited (the number shows up in the registration entry).
  return ++tracking_sequences_[{agency_id, year}];
}

core::Result<RequestCase> InMemoryStore::GetCase(std::int64_t id) {
  if (id <= 0) {
    return core::Error::InvalidArgument("申请编号必须为正整数");
  }
  std::lock_guard lock(mutex_);
  const auto it = cases_.find(id);
  if (it == cases_.end()) {
    return core::Error::NotFound("申请（编号 " + std::to_string(id) + "）不存在");
  }
  return it->second;
}

core::Result<RequestCase> InMemoryStore::GetCaseByTracking(const std::string& tracking_number) {
  std::lock_guard lock(mutex_);
  for (const auto& [id, request] : cases_) {
    if (!tracking_number.empty() && request.tracking_number == tracking_number) {
      return request;
    }
  }
  return core::Error::NotFound("登记编号为 " + tracking_number + " 的申请不存在");
}

core::Result<RequestCase> InMemoryStore::UpdateDueDate(const domain::DueDateChange& change,
                                                       const Actor& actor) {
  GONGKAI_TRY(CheckActor(actor));
  if (change.reason.empty()) {
    return core::Error::InvalidArgument("重新计算答复期限时必须说明原因");
  }
  std::lock_guard lock(mutex_);
  const auto it = cases_.find(change.case_id);
  if (it == cases_.end()) {
    return core::Error::NotFound("申请（编号 " + std::to_string(change.case_id) + "）不存在");
  }
  RequestCase& stored = it->second;
  if (stored.version != change.expected_version) {
    return core::Error::Conflict("申请 " + stored.tracking_number + " 已被他人修改");
  }
  const json before = {{"due_on", OptionalDate(stored.due_on)},
                       {"due_provisional", stored.due_provisional}};
  stored.due_on = change.due_on;
  stored.due_provisional = change.due_provisional;
  const json after = {{"due_on", OptionalDate(stored.due_on)},
                      {"due_provisional", stored.due_provisional}};
  AppendAudit(
      actor, "case:" + std::to_string(stored.id), "case.due_recomputed",
      json{{"id", stored.id}, {"reason", change.reason}, {"before", before}, {"after", after}}
          .dump());
  return stored;
}

core::Status InMemoryStore::CheckCaseUpdate(const RequestCase& stored,
                                            const RequestCase& updated) const {
  if (updated.agency_id != stored.agency_id) {
    return core::Error::InvalidArgument("不能更改申请的受理机关");
  }
  const bool extends =
      updated.events.size() > stored.events.size() &&
      std::equal(stored.events.begin(), stored.events.end(), updated.events.begin());
  if (!extends) {
    return core::Error::InvalidArgument("更新必须在原有办理记录之后追加新记录，不能改写或删除历史");
  }
  if (!stored.tracking_number.empty() && !updated.tracking_number.empty() &&
      updated.tracking_number != stored.tracking_number) {
    return core::Error::InvalidArgument("登记编号一经分配不能更改");
  }
  if (stored.tracking_number.empty() && !updated.tracking_number.empty()) {
    for (const auto& [id, other] : cases_) {
      if (id != updated.id && other.tracking_number == updated.tracking_number) {
        return core::Error::Conflict("登记编号 " + updated.tracking_number + " 已被使用");
      }
    }
  }
  return core::Ok();
}

core::Result<RequestCase> InMemoryStore::UpdateCase(const RequestCase& updated,
                                                    std::int64_t expected_version,
                                                    const Actor& actor) {
  GONGKAI_TRY(CheckActor(actor));
  std::function<void()> hook;
  {
    std::lock_guard lock(mutex_);
    hook = std::exchange(before_update_hook_, nullptr);
  }
  if (hook) {
    hook();
  }
  std::lock_guard lock(mutex_);
  const auto it = cases_.find(updated.id);
  if (it == cases_.end()) {
    return core::Error::NotFound("申请（编号 " + std::to_string(updated.id) + "）不存在");
  }
  RequestCase& stored = it->second;
  if (stored.version != expected_version) {
    return core::Error::Conflict("申请 " + stored.tracking_number + " 已被他人修改（版本 " +
                                 std::to_string(expected_version) + " → " +
                                 std::to_string(stored.version) + "），请刷新后重试");
  }
  GONGKAI_TRY(CheckCaseUpdate(stored, updated));
  const std::size_t first_new = stored.events.size();
  // As in the SQL stores, an empty tracking number keeps the stored one.
  const std::string tracking_number =
      updated.tracking_number.empty() ? stored.tracking_number : updated.tracking_number;
  stored = updated;
  stored.tracking_number = tracking_number;
  for (std::size_t i = first_new; i < stored.events.size(); ++i) {
    stored.events[i].sequence = static_cast<std::int64_t>(i) + 1;
  }
  stored.version = static_cast<std::int64_t>(stored.events.size());
  const std::string action =
      stored.events.size() == first_new + 1
          ? "case.event." + std::string(domain::EventTypeCode(stored.events.back().type))
          : "case.events";
  AppendAudit(actor, "case:" + std::to_string(stored.id), action,
              CaseChangeJson(stored, first_new).dump());
  return stored;
}

core::Result<std::vector<RequestCase>> InMemoryStore::ListCases(const domain::CaseFilter& filter) {
  if (filter.limit < 1 || filter.limit > kMaxListLimit || filter.offset < 0) {
    return core::Error::InvalidArgument("分页参数无效：limit 必须在 1–10000 之间，offset 不能为负");
  }
  std::lock_guard lock(mutex_);
  std::vector<RequestCase> matching;
  std::int64_t skipped = 0;
  for (const auto& [id, request] : cases_) {
    if (static_cast<std::int64_t>(matching.size()) >= filter.limit) {
      break;
    }
    if ((filter.agency_id && request.agency_id != *filter.agency_id) ||
        (filter.state && request.state != *filter.state)) {
      continue;
    }
    if ((filter.received_from || filter.received_to) && !request.received_on) {
      continue;
    }
    if ((filter.received_from && *request.received_on < *filter.received_from) ||
        (filter.received_to && *request.received_on > *filter.received_to)) {
      continue;
    }
    if (skipped++ < filter.offset) {
      continue;
    }
    matching.push_back(request);
  }
  return matching;
}

std::vector<domain::CaseReportFact> InMemoryStore::FactsFor(
    std::span<const std::string> agency_ids) const {
  std::vector<domain::CaseReportFact> facts;
  for (const auto& [id, request] : cases_) {
    if (Contains(agency_ids, request.agency_id)) {
      facts.push_back(FactOf(request));
    }
  }
  return facts;
}

core::Result<domain::RequestCounts> InMemoryStore::CountForReport(
    std::span<const std::string> agency_ids, int year) {
  GONGKAI_TRY(CheckYear(year));
  std::lock_guard lock(mutex_);
  const std::vector<domain::CaseReportFact> facts = FactsFor(agency_ids);
  return domain::CountFacts(facts, year);
}

core::Result<std::vector<domain::CaseReportFact>> InMemoryStore::CasesBehindCell(
    std::span<const std::string> agency_ids, int year, domain::RequestRow row,
    std::optional<int> applicant_kind) {
  GONGKAI_TRY(CheckYear(year));
  if (applicant_kind && (*applicant_kind < 0 || *applicant_kind >= domain::kTotalColumn)) {
    return core::Error::InvalidArgument("申请人类型 " + std::to_string(*applicant_kind) + " 无效");
  }
  std::lock_guard lock(mutex_);
  std::vector<domain::CaseReportFact> behind;
  for (const domain::CaseReportFact& fact : FactsFor(agency_ids)) {
    if (applicant_kind && fact.applicant_kind != *applicant_kind) {
      continue;
    }
    if (InRow(domain::RowsCountedIn(fact, year), row)) {
      behind.push_back(fact);
    }
  }
  return behind;
}

// ---- Reviews ----

core::Result<domain::ReviewCase> InMemoryStore::CreateReview(const domain::ReviewCase& draft,
                                                             const Actor& actor) {
  GONGKAI_TRY(CheckActor(actor));
  std::lock_guard lock(mutex_);
  if (!AgencyExists(draft.agency_id)) {
    return core::Error::NotFound("机关 " + draft.agency_id + " 不存在");
  }
  if (draft.request_case_id && !cases_.contains(*draft.request_case_id)) {
    return core::Error::NotFound("关联的申请（编号 " + std::to_string(*draft.request_case_id) +
                                 "）不存在");
  }
  domain::ReviewCase stored = draft;
  stored.id = next_review_id_++;
  stored.version = 1;
  reviews_[stored.id] = stored;
  AppendAudit(actor, "review:" + std::to_string(stored.id), "review.create",
              ReviewJson(stored).dump());
  return stored;
}

core::Result<domain::ReviewCase> InMemoryStore::GetReview(std::int64_t id) {
  std::lock_guard lock(mutex_);
  const auto it = reviews_.find(id);
  if (it == reviews_.end()) {
    return core::Error::NotFound("复议诉讼记录（编号 " + std::to_string(id) + "）不存在");
  }
  return it->second;
}

core::Result<domain::ReviewCase> InMemoryStore::UpdateReview(const domain::ReviewCase& updated,
                                                             std::int64_t expected_version,
                                                             const Actor& actor) {
  GONGKAI_TRY(CheckActor(actor));
  std::lock_guard lock(mutex_);
  const auto it = reviews_.find(updated.id);
  if (it == reviews_.end()) {
    return core::Error::NotFound("复议诉讼记录（编号 " + std::to_string(updated.id) + "）不存在");
  }
  if (it->second.version != expected_version) {
    return core::Error::Conflict("复议诉讼记录 " + it->second.reference +
                                 " 已被他人修改，请刷新后重试");
  }
  if (updated.agency_id != it->second.agency_id) {
    return core::Error::InvalidArgument("不能更改复议诉讼记录的机关");
  }
  it->second = updated;
  it->second.version = expected_version + 1;
  AppendAudit(actor, "review:" + std::to_string(updated.id), "review.update",
              ReviewJson(it->second).dump());
  return it->second;
}

core::Result<std::vector<domain::ReviewCase>> InMemoryStore::ListReviews(
    std::span<const std::string> agency_ids) {
  std::lock_guard lock(mutex_);
  std::vector<domain::ReviewCase> matching;
  for (const auto& [id, review] : reviews_) {
    if (Contains(agency_ids, review.agency_id)) {
      matching.push_back(review);
    }
  }
  return matching;
}

// ---- Annual inputs ----

core::Status InMemoryStore::PutProactiveFigures(const domain::ProactiveFigures& figures,
                                                const Actor& actor) {
  GONGKAI_TRY(CheckActor(actor));
  GONGKAI_TRY(CheckYear(figures.year));
  const std::array<std::int64_t, 9> counts = {
      figures.rules_issued,        figures.rules_abolished,     figures.rules_in_force,
      figures.normative_issued,    figures.normative_abolished, figures.normative_in_force,
      figures.licensing_decisions, figures.penalty_decisions,   figures.coercion_decisions};
  if (std::any_of(counts.begin(), counts.end(), [](std::int64_t v) { return v < 0; }) ||
      !(figures.fees_wan_yuan >= 0)) {
    return core::Error::InvalidArgument("主动公开数据不能为负数");
  }
  std::lock_guard lock(mutex_);
  if (!AgencyExists(figures.agency_id)) {
    return core::Error::NotFound("机关 " + figures.agency_id + " 不存在");
  }
  proactive_[{figures.agency_id, figures.year}] = figures;
  AppendAudit(actor, "proactive:" + figures.agency_id + ":" + std::to_string(figures.year),
              "annual.proactive.put",
              json({{"counts", counts}, {"fees_wan_yuan", figures.fees_wan_yuan}}).dump());
  return core::Ok();
}

core::Result<domain::ProactiveFigures> InMemoryStore::GetProactiveFigures(
    const std::string& agency_id, int year) {
  std::lock_guard lock(mutex_);
  const auto it = proactive_.find({agency_id, year});
  if (it == proactive_.end()) {
    return core::Error::NotFound("尚未录入 " + agency_id + " " + std::to_string(year) +
                                 " 年的主动公开数据");
  }
  return it->second;
}

core::Status InMemoryStore::PutReportText(const domain::ReportText& text, const Actor& actor) {
  GONGKAI_TRY(CheckActor(actor));
  GONGKAI_TRY(CheckYear(text.year));
  std::lock_guard lock(mutex_);
  if (!AgencyExists(text.agency_id)) {
    return core::Error::NotFound("机关 " + text.agency_id + " 不存在");
  }
  texts_[{text.agency_id, text.year}] = text;
  AppendAudit(actor, "report_text:" + text.agency_id + ":" + std::to_string(text.year),
              "annual.text.put",
              json({{"overview", text.overview},
                    {"problems", text.problems},
                    {"other_matters", text.other_matters}})
                  .dump());
  return core::Ok();
}

core::Result<domain::ReportText> InMemoryStore::GetReportText(const std::string& agency_id,
                                                              int year) {
  std::lock_guard lock(mutex_);
  const auto it = texts_.find({agency_id, year});
  if (it == texts_.end()) {
    return core::Error::NotFound("尚未录入 " + agency_id + " " + std::to_string(year) +
                                 " 年的年度报告文字部分");
  }
  return it->second;
}

// ---- Calendar ----

core::Status InMemoryStore::PutCalendarYear(int year, const std::string& json_text,
                                            const Actor& actor) {
  GONGKAI_TRY(CheckActor(actor));
  GONGKAI_TRY(CheckYear(year));
  if (!json::accept(json_text)) {
    return core::Error::InvalidArgument(std::to_string(year) + " 年的节假日安排不是有效的 JSON");
  }
  std::lock_guard lock(mutex_);
  calendar_years_[year] = json_text;
  AppendAudit(actor, "calendar:" + std::to_string(year), "calendar.put", json_text);
  return core::Ok();
}

core::Status InMemoryStore::PutCalendarYears(const std::vector<std::pair<int, std::string>>& years,
                                             const Actor& actor) {
  GONGKAI_TRY(CheckActor(actor));
  for (const auto& [year, json_text] : years) {
    GONGKAI_TRY(CheckYear(year));
    if (!json::accept(json_text)) {
      return core::Error::InvalidArgument(std::to_string(year) + " 年的节假日安排不是有效的 JSON");
    }
  }
  for (const auto& [year, json_text] : years) {
    GONGKAI_TRY(PutCalendarYear(year, json_text, actor));
  }
  return core::Ok();
}

core::Result<std::vector<std::pair<int, std::string>>> InMemoryStore::ListCalendarYears() {
  std::lock_guard lock(mutex_);
  return std::vector<std::pair<int, std::string>>(calendar_years_.begin(), calendar_years_.end());
}

// ---- Audit log ----

core::Result<std::vector<domain::AuditEntry>> InMemoryStore::ListAuditEntries(
    std::int64_t from_sequence, std::int64_t limit) {
  if (limit < 0) {
    return core::Error::InvalidArgument("limit 不能为负");
  }
  std::lock_guard lock(mutex_);
  std::vector<domain::AuditEntry> entries;
  for (const domain::AuditEntry& entry : audit_) {
    if (static_cast<std::int64_t>(entries.size()) >= limit) {
      break;
    }
    if (entry.sequence >= from_sequence) {
      entries.push_back(entry);
    }
  }
  return entries;
}

core::Status InMemoryStore::VerifyAuditLog() {
  std::lock_guard lock(mutex_);
  return domain::VerifyAuditChain(audit_, head_);
}

void InMemoryStore::BeforeNextUpdateForTesting(std::function<void()> hook) {
  std::lock_guard lock(mutex_);
  before_update_hook_ = std::move(hook);
}

}  // namespace gongkai::fakes
