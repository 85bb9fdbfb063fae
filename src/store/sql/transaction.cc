#include "store/sql/transaction.h"

#include <utility>

namespace gongkai::store {

core::Result<Transaction> Transaction::Begin(SqlConnection& connection, TransactionKind kind) {
  GONGKAI_TRY(connection.Begin(kind));
  Transaction transaction(connection);
  if (kind == TransactionKind::kWrite && connection.dialect() == Dialect::kPostgres) {
    // READ COMMITTED plus this row lock makes PostgreSQL writers take turns, as SQLite's write
    // lock does: every mutation appends to the audit log, so the chain cannot fork, and a
    // version check after the lock sees every earlier commit.
    GONGKAI_TRY(connection.Query("SELECT sequence FROM audit_head WHERE id = 1 FOR UPDATE", {}));
  }
  return transaction;
}

Transaction::Transaction(Transaction&& other) noexcept
    : connection_(std::exchange(other.connection_, nullptr)) {}

Transaction::~Transaction() {
  if (connection_ != nullptr) {
    connection_->Rollback();
  }
}

core::Status Transaction::Commit() {
  SqlConnection* connection = std::exchange(connection_, nullptr);
  core::Status status = connection->Commit();
  if (!status.has_value()) {
    connection->Rollback();
  }
  return status;
}

}  // namespace gongkai::store
