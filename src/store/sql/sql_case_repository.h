// CaseRepository over SQL: cases with their events, optimistic versions, tracking counters and the
// annual-report queries. Every mutation appends to the audit log in the transaction that holds it.
#pragma once

#include "domain/store.h"
#include "store/sql/sql_context.h"

namespace gongkai::store {

// Thread-safe: reads are serialised by the context's mutex, mutations go through its group
// commit (RunWrite). Borrows `context`.
class SqlCaseRepository final : public domain::CaseRepository {
 public:
  explicit SqlCaseRepository(SqlContext& context) : context_(context) {}

  // The draft's events are stored with sequences 1..n and version n; an empty tracking number
  // stays unassigned (CaseService assigns it at registration). kInvalidArgument for bad fields;
  // kNotFound for an unknown agency; kConflict for a tracking number already in use.
  core::Result<domain::RequestCase> CreateCase(const domain::RequestCase& draft,
                                               const domain::Actor& actor) override;
  // kInvalidArgument for a bad agency id or year; kNotFound for an unknown agency.
  core::Result<std::int64_t> NextTrackingSequence(const std::string& agency_id, int year) override;
  // kInvalidArgument for id <= 0; kNotFound for an unknown id; kInternal for unreadable rows.
  core::Result<domain::RequestCase> GetCase(std::int64_t id) override;
  core::Result<domain::RequestCase> GetCaseByTracking(const std::string& tracking_number) override;
  // kConflict when the stored version is not `expected_version`; kInvalidArgument when the
  // events do not extend the stored ones by at least one event, or for bad fields; kNotFound
  // for an unknown case or agency. An empty tracking number keeps the stored one; an assigned
  // one cannot change (kInvalidArgument).
  core::Result<domain::RequestCase> UpdateCase(const domain::RequestCase& updated,
                                               std::int64_t expected_version,
                                               const domain::Actor& actor) override;
  core::Result<domain::RequestCase> UpdateDueDate(const domain::DueDateChange& change,
                                                  const domain::Actor& actor) override;
  // Ordered by id. kInvalidArgument unless 1 <= limit <= 10000 and offset >= 0.
  core::Result<std::vector<domain::RequestCase>> ListCases(
      const domain::CaseFilter& filter) override;
  core::Result<domain::RequestCounts> CountForReport(std::span<const std::string> agency_ids,
                                                     int year) override;
  core::Result<std::vector<domain::CaseReportFact>> CasesBehindCell(
      std::span<const std::string> agency_ids, int year, domain::RequestRow row,
      std::optional<int> applicant_kind) override;

  // Inserts cases (ids assigned, events stored, no audit entries) in one transaction: the fast
  // path benchmarks and tests use to load many cases. Not for production data.
  core::Status ForTestingBulkInsert(std::span<const domain::RequestCase> cases);

 private:
  core::Result<domain::RequestCase> LoadCase(std::int64_t id);
  core::Result<std::int64_t> InsertCase(const domain::RequestCase& request_case);
  core::Status InsertEvents(std::int64_t case_id, std::span<const domain::CaseEvent> events);

  SqlContext& context_;
};

}  // namespace gongkai::store
