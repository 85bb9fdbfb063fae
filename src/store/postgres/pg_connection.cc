#include "store/postgres/pg_connection.h"

#include <charconv>
#include <cstdio>
#include <vector>

#include <libpq-fe.h>

namespace gongkai::store::postgres {
namespace {

// Type OIDs from pg_type.h (stable across PostgreSQL versions).
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kFloat4Oid = 700;
constexpr Oid kFloat8Oid = 701;

// Any advisory-lock key works as long as it is fixed: "gongkai" in ASCII.
constexpr const char* kSchemaLockSql = "SELECT pg_advisory_xact_lock(7454444139651425)";

core::ErrorCode CodeForSqlState(std::string_view state) {
  if (state == "23505") {
    return core::ErrorCode::kConflict;
  }
  if (state == "23503") {
    return core::ErrorCode::kNotFound;
  }
  if (state == "40001" || state == "40P01") {
    return core::ErrorCode::kConflict;
  }
  if (state.starts_with("23") || state.starts_with("22")) {
    return core::ErrorCode::kInvalidArgument;
  }
  if (state.starts_with("08") || state.starts_with("53") || state.starts_with("57")) {
    return core::ErrorCode::kUnavailable;
  }
  return core::ErrorCode::kInternal;
}

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

void IgnoreNotice(void* /*arg*/, const char* /*message*/) {}

SqlValue CellValue(const PGresult* result, int row, int column) {
  if (PQgetisnull(result, row, column) != 0) {
    return SqlValue();
  }
  const char* text = PQgetvalue(result, row, column);
  const std::string_view view(text, static_cast<std::size_t>(PQgetlength(result, row, column)));
  const Oid type = PQftype(result, column);
  if (type == kInt8Oid || type == kInt4Oid || type == kInt2Oid) {
    std::int64_t value = 0;
    std::from_chars(view.data(), view.data() + view.size(), value);
    return value;
  }
  if (type == kFloat8Oid || type == kFloat4Oid) {
    double value = 0;
    std::from_chars(view.data(), view.data() + view.size(), value);
    return value;
  }
  if (type == kBoolOid) {
    return static_cast<std::int64_t>(view == "t" ? 1 : 0);
  }
  return std::string(view);
}

std::string ParamText(const SqlValue& value) {
  if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    return std::to_string(*integer);
  }
  if (const auto* real = std::get_if<double>(&value)) {
    char buffer[32];
    const int length = std::snprintf(buffer, sizeof(buffer), "%.17g", *real);
    return std::string(buffer, static_cast<std::size_t>(length));
  }
  if (const auto* text = std::get_if<std::string>(&value)) {
    return *text;
  }
  return std::string();
}

}  // namespace

core::Result<std::unique_ptr<PgConnection>> PgConnection::Open(const std::string& url) {
  const char* keywords[] = {"connect_timeout", "dbname", nullptr};
  const char* values[] = {"10", url.c_str(), nullptr};
  pg_conn* raw = PQconnectdbParams(keywords, values, /*expand_dbname=*/1);
  if (raw == nullptr) {
    return core::Error::Unavailable("无法连接 PostgreSQL 数据库：内存不足");
  }
  std::unique_ptr<PgConnection> connection(new PgConnection(raw));
  if (PQstatus(raw) != CONNECTION_OK) {
    std::string detail = PQerrorMessage(raw);
    while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) {
      detail.pop_back();
    }
    const char* host = PQhost(raw);
    const char* port = PQport(raw);
    return core::Error::Unavailable("无法连接 PostgreSQL 数据库（" +
                                    std::string(host != nullptr ? host : "?") + ":" +
                                    std::string(port != nullptr ? port : "?") + "）：" + detail);
  }
  PQsetNoticeProcessor(raw, IgnoreNotice, nullptr);
  GONGKAI_TRY(connection->Configure());
  return connection;
}

core::Status PgConnection::Configure() {
  // Dates must come back as YYYY-MM-DD whatever the server's default DateStyle is.
  return ExecuteScript(
      "SET DateStyle = ISO; SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'; "
      "SET client_min_messages = warning; "
      "SET default_transaction_isolation = 'read committed'");
}

PgConnection::~PgConnection() {
  PQfinish(connection_);
}

core::Result<SqlRows> PgConnection::Query(std::string_view sql, std::span<const SqlValue> params) {
  std::vector<std::string> texts;
  std::vector<const char*> values;
  texts.reserve(params.size());
  values.reserve(params.size());
  for (const SqlValue& param : params) {
    texts.push_back(ParamText(param));
    values.push_back(std::holds_alternative<std::monostate>(param) ? nullptr
                                                                   : texts.back().c_str());
  }
  GONGKAI_ASSIGN_OR_RETURN(const std::string name,
                           Prepare(std::string(sql), static_cast<int>(params.size())));
  ResultPtr result(PQexecPrepared(connection_, name.c_str(), static_cast<int>(params.size()),
                                  values.data(), nullptr, nullptr, 0));
  const ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    return StatementError(result.get());
  }
  SqlRows rows;
  const int row_count = PQntuples(result.get());
  const int column_count = PQnfields(result.get());
  rows.reserve(static_cast<std::size_t>(row_count));
  for (int row = 0; row < row_count; ++row) {
    SqlRow& out = rows.emplace_back();
    out.reserve(static_cast<std::size_t>(column_count));
    for (int column = 0; column < column_count; ++column) {
      out.push_back(CellValue(result.get(), row, column));
    }
  }
  return rows;
}

core::Result<std::string> PgConnection::Prepare(const std::string& sql, int param_count) {
  auto found = prepared_.find(sql);
  if (found != prepared_.end()) {
    return found->second;
  }
  std::string name = "gk_" + std::to_string(prepared_.size() + 1);
  ResultPtr result(PQprepare(connection_, name.c_str(), sql.c_str(), param_count, nullptr));
  if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
    return StatementError(result.get());
  }
  prepared_.emplace(sql, name);
  return name;
}

core::Error PgConnection::StatementError(const pg_result* result) {
  const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
  std::string detail = PQresultErrorMessage(result);
  while (!detail.empty() && detail.back() == '\n') {
    detail.pop_back();
  }
  if (PQstatus(connection_) != CONNECTION_OK) {
    // A new session has none of the old one's prepared statements.
    prepared_.clear();
    PQreset(connection_);
    if (PQstatus(connection_) == CONNECTION_OK) {
      PQsetNoticeProcessor(connection_, IgnoreNotice, nullptr);
      (void)Configure();
    }
    return core::Error::Unavailable("与 PostgreSQL 数据库的连接已断开：" + detail);
  }
  return core::Error{CodeForSqlState(state != nullptr ? state : ""),
                     "PostgreSQL 执行语句失败：" + detail};
}

core::Status PgConnection::ExecuteScript(std::string_view sql) {
  const std::string text(sql);
  ResultPtr result(PQexec(connection_, text.c_str()));
  const ExecStatusType status = PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    const char* state = PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
    std::string detail = PQresultErrorMessage(result.get());
    while (!detail.empty() && detail.back() == '\n') {
      detail.pop_back();
    }
    const core::ErrorCode code = PQstatus(connection_) != CONNECTION_OK
                                     ? core::ErrorCode::kUnavailable
                                     : CodeForSqlState(state != nullptr ? state : "");
    return core::Error{code, "PostgreSQL 执行语句失败：" + detail};
  }
  return core::Ok();
}

core::Status PgConnection::Begin(TransactionKind kind) {
  switch (kind) {
    case TransactionKind::kRead:
      return ExecuteScript("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    case TransactionKind::kWrite:
      return ExecuteScript("BEGIN ISOLATION LEVEL READ COMMITTED");
    case TransactionKind::kSchema: {
      GONGKAI_TRY(ExecuteScript("BEGIN ISOLATION LEVEL READ COMMITTED"));
      core::Status locked = ExecuteScript(kSchemaLockSql);
      if (!locked.has_value()) {
        Rollback();
      }
      return locked;
    }
  }
  return core::Error::Internal("未知的事务类型");
}

core::Status PgConnection::Commit() {
  return ExecuteScript("COMMIT");
}

void PgConnection::Rollback() {
  if (PQtransactionStatus(connection_) != PQTRANS_IDLE) {
    ResultPtr result(PQexec(connection_, "ROLLBACK"));
  }
}

}  // namespace gongkai::store::postgres
