// The storage port: everything the domain, CLI and web need from persistence, as narrow abstract
// interfaces. Implemented by store/sqlite and store/postgres (and an in-memory fake for tests);
// only app/ knows the concrete classes.
//
// Durability and audit: every mutating call is atomic, durable when it returns, and appends one
// entry to the hash-chained audit log in the same transaction. Writers never lose an update:
// a mutation of a case states the version it read and fails with kConflict if the case changed.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/agency.h"
#include "domain/annual_inputs.h"
#include "domain/audit_entry.h"
#include "domain/report_taxonomy.h"
#include "domain/request_case.h"
#include "domain/review_case.h"

namespace gongkai::domain {

// Who performs a change, recorded in the audit log.
struct Actor {
  std::string name;  // user name; "system" for automatic steps
};

class AgencyRepository {
 public:
  virtual ~AgencyRepository() = default;
  // Creates or renames an agency. kInvalidArgument for a bad id; kNotFound for an unknown parent;
  // kFailedPrecondition when the parent link would make a cycle.
  virtual core::Status PutAgency(const Agency& agency, const Actor& actor) = 0;
  virtual core::Result<Agency> GetAgency(const std::string& id) = 0;
  virtual core::Result<std::vector<Agency>> ListAgencies() = 0;
  // `id` and every agency below it, `id` first. kNotFound for an unknown id.
  virtual core::Result<std::vector<std::string>> Subtree(const std::string& id) = 0;
};

struct CaseFilter {
  std::optional<std::string> agency_id;  // exact agency (not the subtree)
  std::optional<CaseState> state;
  std::optional<core::Date> received_from, received_to;  // inclusive
  std::int64_t limit = 100, offset = 0;
};

// One case's contribution to the annual report: enough to count it.
struct CaseReportFact {
  std::int64_t id = 0;
  std::string tracking_number;
  int applicant_kind = 0;
  std::optional<core::Date> received_on;
  std::optional<core::Date> closed_on;
  std::optional<RequestRow> outcome;
};

// Per (row, applicant kind) counts of the request table, computed by the store (SQL GROUP BY)
// with the period rules of report_counting.h. cells[row][kind] for kind 0..5 (no 总计 column).
struct RequestCounts {
  std::array<std::array<std::int64_t, 6>, kRequestRowCount> cells{};
};

// A reply deadline recomputed without a new event, e.g. after a holiday schedule was imported
// (domain/due_date_refresh.h).
struct DueDateChange {
  std::int64_t case_id = 0;
  std::int64_t expected_version = 0;  // the version the recomputation read
  std::optional<core::Date> due_on;
  bool due_provisional = false;
  std::string reason;  // why, in Chinese, recorded in the audit entry
};

class CaseRepository {
 public:
  virtual ~CaseRepository() = default;
  // Stores a new case (id, tracking_number and version are assigned; the events are stored as
  // given, usually one kReceived). Returns the stored case.
  virtual core::Result<RequestCase> CreateCase(const RequestCase& draft, const Actor& actor) = 0;
  // Next value of the per-(agency, year) registration counter, for tracking numbers. Atomic.
  virtual core::Result<std::int64_t> NextTrackingSequence(const std::string& agency_id,
                                                          int year) = 0;
  virtual core::Result<RequestCase> GetCase(std::int64_t id) = 0;
  virtual core::Result<RequestCase> GetCaseByTracking(const std::string& tracking_number) = 0;
  // Replaces the case with `updated` (whose events must extend the stored ones by exactly the
  // new event(s)), if the stored version is still `expected_version`; kConflict otherwise.
  virtual core::Result<RequestCase> UpdateCase(const RequestCase& updated,
                                               std::int64_t expected_version,
                                               const Actor& actor) = 0;
  // Writes the recomputed due_on / due_provisional of a case (nothing else) if its version is
  // still `change.expected_version`, with one audit entry "case.due_recomputed" holding the old
  // and new values and the reason; the version does not change (it counts events). kConflict
  // when the case changed meanwhile; kNotFound for an unknown case; kInvalidArgument for an
  // empty reason.
  virtual core::Result<RequestCase> UpdateDueDate(const DueDateChange& change,
                                                  const Actor& actor) = 0;
  virtual core::Result<std::vector<RequestCase>> ListCases(const CaseFilter& filter) = 0;
  // Counts for the annual report of `year` over the given agencies.
  virtual core::Result<RequestCounts> CountForReport(std::span<const std::string> agency_ids,
                                                     int year) = 0;
  // The cases behind one cell (row; applicant kind, or every kind when nullopt).
  virtual core::Result<std::vector<CaseReportFact>> CasesBehindCell(
      std::span<const std::string> agency_ids, int year, RequestRow row,
      std::optional<int> applicant_kind) = 0;
};

class ReviewRepository {
 public:
  virtual ~ReviewRepository() = default;
  virtual core::Result<ReviewCase> CreateReview(const ReviewCase& draft, const Actor& actor) = 0;
  virtual core::Result<ReviewCase> GetReview(std::int64_t id) = 0;
  // kConflict when the stored version differs from `expected_version`.
  virtual core::Result<ReviewCase> UpdateReview(const ReviewCase& updated,
                                                std::int64_t expected_version,
                                                const Actor& actor) = 0;
  virtual core::Result<std::vector<ReviewCase>> ListReviews(
      std::span<const std::string> agency_ids) = 0;
};

class AnnualInputRepository {
 public:
  virtual ~AnnualInputRepository() = default;
  virtual core::Status PutProactiveFigures(const ProactiveFigures& figures, const Actor& actor) = 0;
  // kNotFound when nothing was entered for that agency and year.
  virtual core::Result<ProactiveFigures> GetProactiveFigures(const std::string& agency_id,
                                                             int year) = 0;
  virtual core::Status PutReportText(const ReportText& text, const Actor& actor) = 0;
  virtual core::Result<ReportText> GetReportText(const std::string& agency_id, int year) = 0;
};

// The working-day calendar years stored in the database (JSON text of one notice year, as in
// working-days.md §6), so an administrator can add a new year without a new release.
class CalendarRepository {
 public:
  virtual ~CalendarRepository() = default;
  virtual core::Status PutCalendarYear(int year, const std::string& json, const Actor& actor) = 0;
  // Stores several years (year -> JSON) in one transaction, one audit entry each: all or none.
  // Errors as PutCalendarYear, naming the year; nothing is written then.
  virtual core::Status PutCalendarYears(const std::vector<std::pair<int, std::string>>& years,
                                        const Actor& actor) = 0;
  // year -> JSON, all stored years.
  virtual core::Result<std::vector<std::pair<int, std::string>>> ListCalendarYears() = 0;
};

class AuditLog {
 public:
  virtual ~AuditLog() = default;
  virtual core::Result<std::vector<AuditEntry>> ListAuditEntries(std::int64_t from_sequence,
                                                                 std::int64_t limit) = 0;
  // Recomputes the hash chain. kFailedPrecondition naming the first broken sequence number
  // (and whether it was altered, removed or inserted) when tampering is detected.
  virtual core::Status VerifyAuditLog() = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  virtual AgencyRepository& agencies() = 0;
  virtual CaseRepository& cases() = 0;
  virtual ReviewRepository& reviews() = 0;
  virtual AnnualInputRepository& annual_inputs() = 0;
  virtual CalendarRepository& calendars() = 0;
  virtual AuditLog& audit_log() = 0;
};

}  // namespace gongkai::domain
