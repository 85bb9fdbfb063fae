// Test-only harness of the store contract suite: a fresh database per test on each backend (a
// temporary SQLite file, or a fresh schema in the PostgreSQL server named by GONGKAI_TEST_PG_DSN),
// plus raw SQL access for tampering with it behind the store's back.
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "core/clock.h"
#include "store/sql/sql_connection.h"
#include "store/sql/sql_store.h"

namespace gongkai::store::testing {

enum class Backend { kSqlite, kPostgres };

std::string BackendName(Backend backend);

// gtest prints the parameter with this (test names in ctest read "… /SQLite").
inline void PrintTo(Backend backend, std::ostream* out) {
  *out << BackendName(backend);
}

class TestDatabase {
 public:
  // A new empty database. kUnavailable when the backend is PostgreSQL and GONGKAI_TEST_PG_DSN is
  // not set (callers skip) or the server cannot be reached.
  static core::Result<std::unique_ptr<TestDatabase>> Create(Backend backend);
  ~TestDatabase();

  Backend backend() const { return backend_; }
  // The URL for store::OpenStore.
  const std::string& url() const { return url_; }

  // Opens the store directly (so tests can use SqlStore's ForTesting hooks).
  core::Result<std::unique_ptr<SqlStore>> Open(const core::Clock& clock,
                                               std::optional<int> schema_version = std::nullopt);

  // Runs raw SQL ($1-style parameters) on a separate connection.
  core::Result<SqlRows> Raw(std::string_view sql, std::span<const SqlValue> params = {});
  core::Status RawScript(std::string_view sql);

 private:
  TestDatabase(Backend backend, std::string url, std::string cleanup)
      : backend_(backend), url_(std::move(url)), cleanup_(std::move(cleanup)) {}
  core::Result<std::unique_ptr<SqlConnection>> Connect();

  Backend backend_;
  std::string url_;
  std::string cleanup_;  // SQLite: the temp folder; PostgreSQL: the schema to drop
  std::unique_ptr<SqlConnection> raw_;
};

// GONGKAI_TEST_PG_DSN, if set and non-empty.
std::optional<std::string> PostgresTestDsn();

}  // namespace gongkai::store::testing
