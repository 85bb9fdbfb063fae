// Transaction: scope guard over SqlConnection transactions. Rolls back unless committed, so every
// early `return error` in a repository leaves nothing half-written.
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

 private:
  explicit Transaction(SqlConnection& connection) : connection_(&connection) {}

  SqlConnection* connection_;  // null once committed, rolled back or moved from
};

}  // namespace gongkai::store
