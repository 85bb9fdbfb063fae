#include "store/store_test_backend.h"

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>

#include <unistd.h>

#include "store/postgres/pg_connection.h"
#include "store/sqlite/sqlite_connection.h"

namespace gongkai::store::testing {
namespace {

std::string UniqueSuffix() {
  static std::atomic<int> counter{0};
  std::random_device random;
  return std::to_string(getpid()) + "_" + std::to_string(counter++) + "_" +
         std::to_string(random() % 1'000'000);
}

std::string WithSearchPath(const std::string& dsn, const std::string& schema) {
  const char separator = dsn.find('?') == std::string::npos ? '?' : '&';
  return dsn + separator + "options=-csearch_path%3D" + schema;
}

}  // namespace

std::string BackendName(Backend backend) {
  return backend == Backend::kSqlite ? "SQLite" : "PostgreSQL";
}

std::optional<std::string> PostgresTestDsn() {
  const char* dsn = std::getenv("GONGKAI_TEST_PG_DSN");
  if (dsn == nullptr || *dsn == '\0') {
    return std::nullopt;
  }
  return std::string(dsn);
}

core::Result<std::unique_ptr<TestDatabase>> TestDatabase::Create(Backend backend) {
  if (backend == Backend::kSqlite) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("gongkai_store_test_" + UniqueSuffix());
    std::filesystem::create_directories(dir);
    return std::unique_ptr<TestDatabase>(
        new TestDatabase(backend, (dir / "test.db").string(), dir.string()));
  }
  const std::optional<std::string> dsn = PostgresTestDsn();
  if (!dsn.has_value()) {
    return core::Error::Unavailable("GONGKAI_TEST_PG_DSN is not set");
  }
  const std::string schema = "gk_test_" + UniqueSuffix();
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<postgres::PgConnection> admin,
                           postgres::PgConnection::Open(*dsn));
  GONGKAI_TRY(admin->ExecuteScript("CREATE SCHEMA " + schema));
  return std::unique_ptr<TestDatabase>(
      new TestDatabase(backend, WithSearchPath(*dsn, schema), schema));
}

TestDatabase::~TestDatabase() {
  raw_.reset();
  if (backend_ == Backend::kSqlite) {
    std::error_code ignored;
    std::filesystem::remove_all(cleanup_, ignored);
    return;
  }
  if (auto admin = postgres::PgConnection::Open(*PostgresTestDsn()); admin.has_value()) {
    (void)(*admin)->ExecuteScript("DROP SCHEMA IF EXISTS " + cleanup_ + " CASCADE");
  }
}

core::Result<std::unique_ptr<SqlConnection>> TestDatabase::Connect() {
  if (backend_ == Backend::kSqlite) {
    GONGKAI_ASSIGN_OR_RETURN(auto connection, sqlite::SqliteConnection::Open(url_, {}));
    return std::unique_ptr<SqlConnection>(std::move(connection));
  }
  GONGKAI_ASSIGN_OR_RETURN(auto connection, postgres::PgConnection::Open(url_));
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

core::Result<std::unique_ptr<SqlStore>> TestDatabase::Open(const core::Clock& clock,
                                                           std::optional<int> schema_version) {
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<SqlConnection> connection, Connect());
  const auto migrations = backend_ == Backend::kSqlite ? SqliteMigrations() : PostgresMigrations();
  return SqlStore::Open(std::move(connection), clock, migrations,
                        SqlStoreOptions{.schema_version_for_testing = schema_version});
}

core::Result<SqlRows> TestDatabase::Raw(std::string_view sql, std::span<const SqlValue> params) {
  if (raw_ == nullptr) {
    GONGKAI_ASSIGN_OR_RETURN(raw_, Connect());
  }
  return raw_->Query(sql, params);
}

core::Status TestDatabase::RawScript(std::string_view sql) {
  if (raw_ == nullptr) {
    GONGKAI_ASSIGN_OR_RETURN(raw_, Connect());
  }
  return raw_->ExecuteScript(sql);
}

}  // namespace gongkai::store::testing
