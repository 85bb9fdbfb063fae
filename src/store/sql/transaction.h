// Transaction: scope guard over SqlConnection transactions. Rolls back unless committed, so every
// early `return error` in a repository leaves nothing half-written. Savepoints let one of several
// mutations sharing the transaction (group_commit.h) be undone alone.
#pragma once

#include "store/sql/sql_connection.h"

namespace gongkai::store {

class Transaction {
 public:
  // Opens a transaction of `kind` on `connection`, which must outlive the returned object.
  // Errors come from SqlConnection::Begin (kUnavailable when the database is busy).
  static core::Result<Transaction> Begin(SqlConnection& connection, TransactionKind kind);

  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  // Commits. On error the transaction has been rolled back.
  core::Status Commit();

  // Opens a savepoint (one level: the next call must be Release or RollbackTo). Errors come from
  // the driver; after any savepoint error the transaction may be lost and must be abandoned.
  core::Status Savepoint();
  // Keeps what was done since Savepoint() as part of the transaction.
  core::Status ReleaseSavepoint();
  // Undoes what was done since Savepoint() (also after a failed statement, which PostgreSQL
  // requires before the transaction can go on) and releases the savepoint.
  core::Status RollbackToSavepoint();

 private:
  explicit Transaction(SqlConnection& connection) : connection_(&connection) {}

  SqlConnection* connection_;  // null once committed, rolled back or moved from
};

}  // namespace gongkai::store
