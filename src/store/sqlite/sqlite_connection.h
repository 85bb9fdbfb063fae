// SqliteConnection: the SQLite driver behind the embedded default store. Opens (or creates) a
// database file in WAL mode with foreign keys enforced and synchronous=FULL, so a committed
// transaction is on disk when Commit returns.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "store/sql/sql_connection.h"

struct sqlite3;
struct sqlite3_stmt;

namespace gongkai::store::sqlite {

struct SqliteOptions {
  // How long a writer waits for another process's write lock before kUnavailable.
  int busy_timeout_ms = 10'000;
};

class SqliteConnection final : public SqlConnection {
 public:
  // Opens the database file at `path`, creating it when missing. Errors: kInvalidArgument for an
  // empty path or a file that is not an SQLite database; kUnavailable when the file cannot be
  // opened or created (missing folder, permissions) or WAL mode cannot be enabled.
  static core::Result<std::unique_ptr<SqliteConnection>> Open(const std::string& path,
                                                              const SqliteOptions& options);

  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Dialect dialect() const override { return Dialect::kSqlite; }
  core::Result<SqlRows> Query(std::string_view sql, std::span<const SqlValue> params) override;
  core::Status ExecuteScript(std::string_view sql) override;
  core::Status Begin(TransactionKind kind) override;
  core::Status Commit() override;
  void Rollback() override;

 private:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

  core::Result<sqlite3_stmt*> Prepare(std::string_view sql);
  core::Status Configure(const SqliteOptions& options);
  core::Error ErrorFrom(int code, std::string_view operation) const;

  sqlite3* db_;
  std::string path_;
  // Prepared statements by their $N-style SQL text; the store uses a fixed set of statements.
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace gongkai::store::sqlite
