// SqlStore: domain::Store over one SqlConnection (SQLite or PostgreSQL). Opening it migrates the
// schema; every repository shares the connection, the clock, one mutex and the group commit.
#pragma once

#include <memory>
#include <optional>
#include <span>

#include "core/clock.h"
#include "domain/store.h"
#include "store/schema/migrations.h"
#include "store/sql/group_commit.h"
#include "store/sql/sql_agency_repository.h"
#include "store/sql/sql_annual_input_repository.h"
#include "store/sql/sql_audit_log.h"
#include "store/sql/sql_calendar_repository.h"
#include "store/sql/sql_case_repository.h"
#include "store/sql/sql_context.h"
#include "store/sql/sql_review_repository.h"

namespace gongkai::store {

struct SqlStoreOptions {
  // Migrate only up to this version (default: the newest). For migration tests.
  std::optional<int> schema_version_for_testing;
  // How concurrent mutations share transactions (default: up to 256 per commit).
  GroupCommitOptions group_commit{};
};

// Thread-safe: reads from several threads take turns on the one connection; concurrent mutations
// are grouped into shared transactions, one durable commit each (group_commit.h).
class SqlStore final : public domain::Store {
 public:
  // Takes ownership of `connection`, migrates it with `migrations` and returns the store. The
  // clock is borrowed and must outlive the store. Errors: those of Migrate (kFailedPrecondition
  // for a database newer than this binary) and of the driver.
  static core::Result<std::unique_ptr<SqlStore>> Open(std::unique_ptr<SqlConnection> connection,
                                                      const core::Clock& clock,
                                                      std::span<const Migration> migrations,
                                                      const SqlStoreOptions& options = {});

  SqlStore(const SqlStore&) = delete;
  SqlStore& operator=(const SqlStore&) = delete;

  domain::AgencyRepository& agencies() override { return agencies_; }
  domain::CaseRepository& cases() override { return cases_; }
  domain::ReviewRepository& reviews() override { return reviews_; }
  domain::AnnualInputRepository& annual_inputs() override { return annual_inputs_; }
  domain::CalendarRepository& calendars() override { return calendars_; }
  domain::AuditLog& audit_log() override { return audit_log_; }

  // The schema version after opening.
  int schema_version() const { return schema_version_; }

  // How mutations have been grouped into transactions so far. Thread-safe.
  GroupCommitStats commit_stats() const { return context_.group_commit.stats(); }

  // The concrete case repository, for its ForTestingBulkInsert.
  SqlCaseRepository& ForTestingCases() { return cases_; }

 private:
  SqlStore(std::unique_ptr<SqlConnection> connection, const core::Clock& clock,
           const GroupCommitOptions& group_commit_options);

  std::unique_ptr<SqlConnection> connection_;
  SqlContext context_;
  SqlAgencyRepository agencies_;
  SqlCaseRepository cases_;
  SqlReviewRepository reviews_;
  SqlAnnualInputRepository annual_inputs_;
  SqlCalendarRepository calendars_;
  SqlAuditLog audit_log_;
  int schema_version_ = 0;
};

}  // namespace gongkai::store
