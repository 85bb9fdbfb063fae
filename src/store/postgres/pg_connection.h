// PgConnection: the PostgreSQL driver (libpq). Every statement is sent with PQexecParams, so
// values never become part of the SQL text.
#pragma once

#include <memory>
#include <string>

#include "store/sql/sql_connection.h"

struct pg_conn;

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

  pg_conn* connection_;
};

}  // namespace gongkai::store::postgres
