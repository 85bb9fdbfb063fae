// What every SQL repository of one store shares: the connection, the injected clock and the
// mutex that serialises callers; plus the transaction runners every public method goes through.
#pragma once

#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "core/clock.h"
#include "core/result.h"
#include "store/sql/sql_connection.h"
#include "store/sql/transaction.h"

namespace gongkai::store {

struct SqlContext {
  SqlConnection& connection;
  const core::Clock& clock;
  std::mutex mutex;  // one caller at a time on the connection
};

// Runs `body` (returning a Result) inside a transaction of `kind` under the context's mutex and
// commits when it succeeds; on any error nothing is written and the error is returned.
template <typename Body>
auto RunInTransaction(SqlContext& context, TransactionKind kind, Body&& body) -> decltype(body()) {
  std::lock_guard<std::mutex> lock(context.mutex);
  GONGKAI_ASSIGN_OR_RETURN(Transaction transaction, Transaction::Begin(context.connection, kind));
  auto result = body();
  if (!result.has_value()) {
    return result;
  }
  GONGKAI_TRY(transaction.Commit());
  return result;
}

template <typename Body>
auto RunWrite(SqlContext& context, Body&& body) -> decltype(body()) {
  return RunInTransaction(context, TransactionKind::kWrite, std::forward<Body>(body));
}

template <typename Body>
auto RunRead(SqlContext& context, Body&& body) -> decltype(body()) {
  return RunInTransaction(context, TransactionKind::kRead, std::forward<Body>(body));
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
