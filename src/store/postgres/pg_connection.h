// PgConnection: the PostgreSQL driver (libpq). Every statement is prepared once per connection
// (keyed by its text) and run with PQexecPrepared, so values never become part of the SQL text
// and the server does not parse the same statement again for every call.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "store/sql/sql_connection.h"

struct pg_conn;
struct pg_result;

namespace gongkai::store::postgres {

class PgConnection final : public SqlConnection {
 public:
  // Connects with a libpq URL or key=value string (e.g. "postgresql://user@127.0.0.1:5432/db").
  // A connect_timeout of 10 s applies unless the URL sets one. Errors: kUnavailable with a
  // Chinese message naming the host and port when the server cannot be reached or refuses the
  // login, or when the URL is malformed (libpq's reason is included).
  static core::Result<std::unique_ptr<PgConnection>> Open(const std::string& url);

  ~PgConnection() override;
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  Dialect dialect() const override { return Dialect::kPostgres; }
  core::Result<SqlRows> Query(std::string_view sql, std::span<const SqlValue> params) override;
  core::Status ExecuteScript(std::string_view sql) override;
  core::Status Begin(TransactionKind kind) override;
  core::Status Commit() override;
  void Rollback() override;

 private:
  explicit PgConnection(pg_conn* connection) : connection_(connection) {}

  core::Status Configure();
  // The name of the prepared statement for `sql`, preparing it on first use.
  core::Result<std::string> Prepare(const std::string& sql, int param_count);
  // The error for a failed statement; resets the connection (and forgets the prepared
  // statements) when it was lost.
  core::Error StatementError(const pg_result* result);

  pg_conn* connection_;
  // Prepared statements by SQL text; the store uses a fixed set of statements.
  std::unordered_map<std::string, std::string> prepared_;
};

}  // namespace gongkai::store::postgres
