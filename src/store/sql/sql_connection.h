// SqlConnection: the narrow driver interface the store's repositories are written against, so the
// SQL, the row mapping and the audit chain exist once and each backend only moves bytes.
// Implementations: sqlite::SqliteConnection and postgres::PgConnection.
#pragma once

#include <span>
#include <string_view>

#include "core/result.h"
#include "store/sql/sql_value.h"

namespace gongkai::store {

enum class Dialect { kSqlite, kPostgres };

enum class TransactionKind {
  kRead,    // a consistent snapshot for several statements
  kWrite,   // SQLite: BEGIN IMMEDIATE (the database write lock); PostgreSQL: READ COMMITTED, and
            // Transaction then locks the audit head row, which serialises writers
  kSchema,  // migrations: SQLite BEGIN IMMEDIATE; PostgreSQL takes a transaction-scoped advisory
            // lock so two processes opening a new database do not both migrate it
};

// Not thread-safe: one caller at a time (SqlStore serialises access).
class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  virtual Dialect dialect() const = 0;

  // Runs one statement whose parameters are written $1, $2, … and returns its rows (empty for
  // statements without a result). Error codes: kConflict for a unique-key violation or a
  // serialisation failure, kNotFound for a foreign-key violation, kInvalidArgument for another
  // constraint violation, kUnavailable when the database is busy or unreachable, kInternal
  // otherwise. Messages are Chinese and name the failing operation.
  virtual core::Result<SqlRows> Query(std::string_view sql, std::span<const SqlValue> params) = 0;

  // Runs a script of several statements without parameters (migrations).
  virtual core::Status ExecuteScript(std::string_view sql) = 0;

  // Transaction control. REQUIRES: no transaction is open for Begin, one is open otherwise.
  virtual core::Status Begin(TransactionKind kind) = 0;
  virtual core::Status Commit() = 0;
  // Best effort: a failed rollback leaves the connection to be reset by the driver.
  virtual void Rollback() = 0;
};

}  // namespace gongkai::store
