#include "store/sqlite/sqlite_connection.h"

#include <cctype>
#include <utility>

#include <sqlite3.h>

namespace gongkai::store::sqlite {
namespace {

// The store writes parameters PostgreSQL-style ($1); SQLite spells numbered parameters ?1.
std::string ToSqlitePlaceholders(std::string_view sql) {
  std::string out(sql);
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    if (out[i] == '$' && std::isdigit(static_cast<unsigned char>(out[i + 1])) != 0) {
      out[i] = '?';
    }
  }
  return out;
}

core::ErrorCode CodeFor(int extended) {
  switch (extended) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return core::ErrorCode::kConflict;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return core::ErrorCode::kNotFound;
    default:
      break;
  }
  switch (extended & 0xff) {
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
      return core::ErrorCode::kInvalidArgument;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
      return core::ErrorCode::kUnavailable;
    case SQLITE_NOTADB:
      return core::ErrorCode::kInvalidArgument;
    default:
      return core::ErrorCode::kInternal;
  }
}

SqlValue ColumnValue(sqlite3_stmt* statement, int column) {
  switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
      return static_cast<std::int64_t>(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
      return sqlite3_column_double(statement, column);
    case SQLITE_NULL:
      return SqlValue();
    default: {
      const auto* bytes = static_cast<const char*>(sqlite3_column_blob(statement, column));
      const int size = sqlite3_column_bytes(statement, column);
      return bytes == nullptr ? std::string() : std::string(bytes, static_cast<std::size_t>(size));
    }
  }
}

int Bind(sqlite3_stmt* statement, int index, const SqlValue& value) {
  if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    return sqlite3_bind_int64(statement, index, *integer);
  }
  if (const auto* real = std::get_if<double>(&value)) {
    return sqlite3_bind_double(statement, index, *real);
  }
  if (const auto* text = std::get_if<std::string>(&value)) {
    return sqlite3_bind_text64(statement, index, text->data(), text->size(), SQLITE_TRANSIENT,
                               SQLITE_UTF8);
  }
  return sqlite3_bind_null(statement, index);
}

}  // namespace

core::Result<std::unique_ptr<SqliteConnection>> SqliteConnection::Open(
    const std::string& path, const SqliteOptions& options) {
  if (path.empty()) {
    return core::Error::InvalidArgument("未指定 SQLite 数据库文件路径");
  }
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  std::unique_ptr<SqliteConnection> connection(new SqliteConnection(db, path));
  if (rc != SQLITE_OK) {
    return core::Error::Unavailable("无法打开或创建 SQLite 数据库文件 " + path + "：" +
                                    (db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
  }
  sqlite3_extended_result_codes(db, 1);
  GONGKAI_TRY(connection->Configure(options));
  return connection;
}

core::Status SqliteConnection::Configure(const SqliteOptions& options) {
  sqlite3_busy_timeout(db_, options.busy_timeout_ms);
  // The first statement reads the file header: a file that is not SQLite fails here.
  core::Result<SqlRows> mode = Query("PRAGMA journal_mode=WAL", {});
  if (!mode.has_value()) {
    if (sqlite3_extended_errcode(db_) == SQLITE_NOTADB) {
      return core::Error::InvalidArgument("文件 " + path_ + " 不是 SQLite 数据库");
    }
    return mode.error();
  }
  if (mode->empty() || mode->front().empty() ||
      std::get_if<std::string>(&mode->front().front()) == nullptr ||
      std::get<std::string>(mode->front().front()) != "wal") {
    return core::Error::Unavailable("无法为 SQLite 数据库 " + path_ + " 启用 WAL 日志模式");
  }
  // FULL: a commit is on disk when it returns. The larger page cache and memory-mapped reads
  // serve the report's index scans without a system call per page.
  GONGKAI_TRY(
      ExecuteScript("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768; "
                    "PRAGMA mmap_size=268435456;"));
  return core::Ok();
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, statement] : statements_) {
    sqlite3_finalize(statement);
  }
  sqlite3_close_v2(db_);
}

core::Error SqliteConnection::ErrorFrom(int code, std::string_view operation) const {
  const int extended = db_ != nullptr ? sqlite3_extended_errcode(db_) : code;
  const char* detail = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
  std::string message = "SQLite 数据库 " + path_ + " " + std::string(operation) + "失败：" + detail;
  if ((extended & 0xff) == SQLITE_BUSY || (extended & 0xff) == SQLITE_LOCKED) {
    message = "SQLite 数据库 " + path_ + " 正忙（其他进程长时间占用写锁），请稍后重试";
  }
  return core::Error{CodeFor(extended), std::move(message)};
}

core::Result<sqlite3_stmt*> SqliteConnection::Prepare(std::string_view sql) {
  auto found = statements_.find(std::string(sql));
  if (found != statements_.end()) {
    return found->second;
  }
  const std::string text = ToSqlitePlaceholders(sql);
  sqlite3_stmt* statement = nullptr;
  const int rc = sqlite3_prepare_v3(db_, text.c_str(), static_cast<int>(text.size()),
                                    SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(statement);
    return ErrorFrom(rc, "准备语句");
  }
  statements_.emplace(std::string(sql), statement);
  return statement;
}

core::Result<SqlRows> SqliteConnection::Query(std::string_view sql,
                                              std::span<const SqlValue> params) {
  GONGKAI_ASSIGN_OR_RETURN(sqlite3_stmt * statement, Prepare(sql));
  sqlite3_reset(statement);
  sqlite3_clear_bindings(statement);
  const int count = sqlite3_bind_parameter_count(statement);
  for (int i = 0; i < count && static_cast<std::size_t>(i) < params.size(); ++i) {
    const int rc = Bind(statement, i + 1, params[static_cast<std::size_t>(i)]);
    if (rc != SQLITE_OK) {
      return ErrorFrom(rc, "绑定参数");
    }
  }
  SqlRows rows;
  const int columns = sqlite3_column_count(statement);
  for (;;) {
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_DONE) {
      break;
    }
    if (rc != SQLITE_ROW) {
      core::Error error = ErrorFrom(rc, "执行语句");
      sqlite3_reset(statement);
      return error;
    }
    SqlRow& row = rows.emplace_back();
    row.reserve(static_cast<std::size_t>(columns));
    for (int column = 0; column < columns; ++column) {
      row.push_back(ColumnValue(statement, column));
    }
  }
  sqlite3_reset(statement);
  return rows;
}

core::Status SqliteConnection::ExecuteScript(std::string_view sql) {
  const std::string text(sql);
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) {
    return ErrorFrom(rc, "执行脚本");
  }
  return core::Ok();
}

core::Status SqliteConnection::Begin(TransactionKind kind) {
  // IMMEDIATE takes the write lock up front, so two writers never both read and then collide
  // on upgrade (which SQLite reports as SQLITE_BUSY without waiting).
  return ExecuteScript(kind == TransactionKind::kWrite ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

core::Status SqliteConnection::Commit() {
  return ExecuteScript("COMMIT");
}

void SqliteConnection::Rollback() {
  if (sqlite3_get_autocommit(db_) == 0) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
}

}  // namespace gongkai::store::sqlite
