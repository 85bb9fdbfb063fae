// What every SQL repository of one store shares: the connection, the injected clock, the mutex
// that gives one caller at a time the connection and the group commit that mutations go through;
// plus the transaction runners every public method goes through.
#pragma once

#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "core/clock.h"
#include "core/result.h"
#include "store/sql/group_commit.h"
#include "store/sql/sql_connection.h"
#include "store/sql/transaction.h"

namespace gongkai::store {

struct SqlContext {
  // Borrows the connection and the clock, which must outlive the context.
  SqlContext(SqlConnection& shared_connection, const core::Clock& shared_clock,
             const GroupCommitOptions& group_commit_options)
      : connection(shared_connection),
        clock(shared_clock),
        group_commit(shared_connection, mutex, group_commit_options) {}

  SqlConnection& connection;
  const core::Clock& clock;
  std::mutex mutex;  // one caller at a time on the connection
  GroupCommit group_commit;
};

// Runs `body` (returning a Result) as one mutation of the context's group commit: inside its own
// savepoint of a write transaction that concurrent mutations may share, which is durably
// committed before this returns. On error nothing of `body` is written and its error is
// returned; when the shared commit fails, its error is returned and nothing is written.
// REQUIRES: not called from inside another RunWrite or RunRead body.
template <typename Body>
auto RunWrite(SqlContext& context, Body&& body) -> decltype(body()) {
  std::optional<decltype(body())> result;
  const core::Status committed = context.group_commit.Run([&]() -> core::Status {
    result.emplace(body());
    if (!result->has_value()) {
      return result->error();
    }
    return core::Ok();
  });
  if (!committed.has_value()) {
    return committed.error();
  }
  return std::move(*result);
}

// Runs `body` (returning a Result) in a read transaction (a consistent snapshot) under the
// context's mutex. REQUIRES: not called from inside another RunWrite or RunRead body.
template <typename Body>
auto RunRead(SqlContext& context, Body&& body) -> decltype(body()) {
  std::lock_guard<std::mutex> lock(context.mutex);
  GONGKAI_ASSIGN_OR_RETURN(Transaction transaction,
                           Transaction::Begin(context.connection, TransactionKind::kRead));
  auto result = body();
  if (!result.has_value()) {
    return result;
  }
  GONGKAI_TRY(transaction.Commit());
  return result;
}

// kNotFound ("<role> <id> 不存在") unless the agency exists. `role` is e.g. "机构" or "上级机构".
core::Status RequireAgency(SqlConnection& connection, const std::string& agency_id,
                           std::string_view role);

// The parameter list for `agency_id IN (...)` over `agency_ids` as one parameter $index:
// returns the SQL fragment and the parameter value. REQUIRES: the ids are valid agency ids.
struct AgencySetClause {
  std::string sql;
  SqlValue param;
};
AgencySetClause AgencyInClause(Dialect dialect, std::span<const std::string> agency_ids,
                               int param_index);

}  // namespace gongkai::store
