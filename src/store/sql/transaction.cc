#include "store/sql/transaction.h"

#include <utility>

namespace gongkai::store {
namespace {

// Both dialects spell savepoints the same way. One fixed name suffices because savepoints are
// never nested: each is released or rolled back before the next is opened.
constexpr const char* kSavepointSql = "SAVEPOINT gk_mutation";
constexpr const char* kReleaseSql = "RELEASE SAVEPOINT gk_mutation";
constexpr const char* kRollbackToSql = "ROLLBACK TO SAVEPOINT gk_mutation";

}  // namespace

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

core::Status Transaction::Savepoint() {
  // Query (not ExecuteScript) so that SQLite keeps these statements prepared.
  GONGKAI_TRY(connection_->Query(kSavepointSql, {}));
  return core::Ok();
}

core::Status Transaction::ReleaseSavepoint() {
  GONGKAI_TRY(connection_->Query(kReleaseSql, {}));
  return core::Ok();
}

core::Status Transaction::RollbackToSavepoint() {
  GONGKAI_TRY(connection_->Query(kRollbackToSql, {}));
  GONGKAI_TRY(connection_->Query(kReleaseSql, {}));
  return core::Ok();
}

}  // namespace gongkai::store
