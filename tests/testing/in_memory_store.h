// InMemoryStore: a complete domain::Store kept in memory, for tests of everything above the
// storage port (CaseService, report generation, web handlers, CLI commands). It keeps the same
// contract as the SQL stores — atomic mutations, optimistic versions, one hash-chained audit entry
// per change — and its CountForReport goes through domain::CountFacts, so it is the reference the
// SQL stores' contract tests compare against. (Namespace `fakes`, not `testing`, so that gtest's
// `testing::` stays reachable unqualified inside namespace gongkai.)
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "domain/audit_chain.h"
#include "domain/store.h"

namespace gongkai::fakes {

// Thread-safe: every method takes one mutex, so each call is atomic.
class InMemoryStore final : public domain::Store,
                            public domain::AgencyRepository,
                            public domain::CaseRepository,
                            public domain::ReviewRepository,
                            public domain::AnnualInputRepository,
                            public domain::CalendarRepository,
                            public domain::AuditLog {
 public:
  // `clock` (borrowed, must outlive the store) stamps the audit entries.
  explicit InMemoryStore(const core::Clock& clock);

  // domain::Store
  domain::AgencyRepository& agencies() override { return *this; }
  domain::CaseRepository& cases() override { return *this; }
  domain::ReviewRepository& reviews() override { return *this; }
  domain::AnnualInputRepository& annual_inputs() override { return *this; }
  domain::CalendarRepository& calendars() override { return *this; }
  domain::AuditLog& audit_log() override { return *this; }

  // domain::AgencyRepository
  core::Status PutAgency(const domain::Agency& agency, const domain::Actor& actor) override;
  core::Result<domain::Agency> GetAgency(const std::string& id) override;
  core::Result<std::vector<domain::Agency>> ListAgencies() override;
  core::Result<std::vector<std::string>> Subtree(const std::string& id) override;

  // domain::CaseRepository
  core::Result<domain::RequestCase> CreateCase(const domain::RequestCase& draft,
                                               const domain::Actor& actor) override;
  core::Result<std::int64_t> NextTrackingSequence(const std::string& agency_id, int year) override;
  core::Result<domain::RequestCase> GetCase(std::int64_t id) override;
  core::Result<domain::RequestCase> GetCaseByTracking(const std::string& tracking_number) override;
  core::Result<domain::RequestCase> UpdateCase(const domain::RequestCase& updated,
                                               std::int64_t expected_version,
                                               const domain::Actor& actor) override;
  core::Result<domain::RequestCase> UpdateDueDate(const domain::DueDateChange& change,
                                                  const domain::Actor& actor) override;
  core::Result<std::vector<domain::RequestCase>> ListCases(
      const domain::CaseFilter& filter) override;
  core::Result<domain::RequestCounts> CountForReport(std::span<const std::string> agency_ids,
                                                     int year) override;
  core::Result<std::vector<domain::CaseReportFact>> CasesBehindCell(
      std::span<const std::string> agency_ids, int year, domain::RequestRow row,
      std::optional<int> applicant_kind) override;

  // domain::ReviewRepository
  core::Result<domain::ReviewCase> CreateReview(const domain::ReviewCase& draft,
                                                const domain::Actor& actor) override;
  core::Result<domain::ReviewCase> GetReview(std::int64_t id) override;
  core::Result<domain::ReviewCase> UpdateReview(const domain::ReviewCase& updated,
                                                std::int64_t expected_version,
                                                const domain::Actor& actor) override;
  core::Result<std::vector<domain::ReviewCase>> ListReviews(
      std::span<const std::string> agency_ids) override;

  // domain::AnnualInputRepository
  core::Status PutProactiveFigures(const domain::ProactiveFigures& figures,
                                   const domain::Actor& actor) override;
  core::Result<domain::ProactiveFigures> GetProactiveFigures(const std::string& agency_id,
                                                             int year) override;
  core::Status PutReportText(const domain::ReportText& text, const domain::Actor& actor) override;
  core::Result<domain::ReportText> GetReportText(const std::string& agency_id, int year) override;

  // domain::CalendarRepository
  core::Status PutCalendarYear(int year, const std::string& json,
                               const domain::Actor& actor) override;
  core::Status PutCalendarYears(const std::vector<std::pair<int, std::string>>& years,
                                const domain::Actor& actor) override;
  core::Result<std::vector<std::pair<int, std::string>>> ListCalendarYears() override;

  // domain::AuditLog. VerifyAuditLog also checks the chain against the head remembered apart
  // from the entries, so truncating the log is detected.
  core::Result<std::vector<domain::AuditEntry>> ListAuditEntries(std::int64_t from_sequence,
                                                                 std::int64_t limit) override;
  core::Status VerifyAuditLog() override;

  // Test hooks.
  // The stored audit entries, for tampering with them. Not synchronised: use from one thread.
  std::vector<domain::AuditEntry>& MutableAuditEntriesForTesting() { return audit_; }
  // Runs `hook` once at the start of the next UpdateCase, before the version check and without
  // the lock held, so that a test can slip in a concurrent change.
  void BeforeNextUpdateForTesting(std::function<void()> hook);

 private:
  // Appends one audit entry. REQUIRES: mutex_ held.
  void AppendAudit(const domain::Actor& actor, std::string entity, std::string action,
                   std::string details);
  bool AgencyExists(const std::string& id) const;  // REQUIRES: mutex_ held.
  std::vector<domain::CaseReportFact> FactsFor(std::span<const std::string> agency_ids) const;
  core::Status CheckCaseUpdate(const domain::RequestCase& stored,
                               const domain::RequestCase& updated) const;

  const core::Clock& clock_;
  mutable std::mutex mutex_;
  std::map<std::string, domain::Agency> agencies_;
  std::map<std::int64_t, domain::RequestCase> cases_;
  std::map<std::pair<std::string, int>, std::int64_t> tracking_sequences_;
  std::map<std::int64_t, domain::ReviewCase> reviews_;
  std::map<std::pair<std::string, int>, domain::ProactiveFigures> proactive_;
  std::map<std::pair<std::string, int>, domain::ReportText> texts_;
  std::map<int, std::string> calendar_years_;
  std::vector<domain::AuditEntry> audit_;
  domain::AuditHead head_;  // kept apart from audit_ like a checkpoint
  std::int64_t next_case_id_ = 1;
  std::int64_t next_review_id_ = 1;
  std::function<void()> before_update_hook_;
};

}  // namespace gongkai::fakes
