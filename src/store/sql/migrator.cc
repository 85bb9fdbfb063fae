#include "store/sql/migrator.h"

#include <array>
#include <string>

#include "store/sql/transaction.h"

namespace gongkai::store {
namespace {

core::Result<int> CurrentVersion(SqlConnection& connection) {
  GONGKAI_TRY(connection.ExecuteScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description "
      "TEXT NOT NULL, applied_at_micros BIGINT NOT NULL)"));
  GONGKAI_ASSIGN_OR_RETURN(
      SqlRows rows,
      connection.Query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", {}));
  if (rows.empty()) {
    return 0;
  }
  RowReader reader(rows.front(), "数据库结构版本");
  GONGKAI_ASSIGN_OR_RETURN(std::int64_t version, reader.Int("version"));
  return static_cast<int>(version);
}

}  // namespace

core::Result<int> Migrate(SqlConnection& connection, std::span<const Migration> migrations,
                          const core::Clock& clock, std::optional<int> target_version) {
  const int newest = migrations.empty() ? 0 : migrations.back().version;
  const int target = target_version.value_or(newest);
  GONGKAI_ASSIGN_OR_RETURN(Transaction transaction,
                           Transaction::Begin(connection, TransactionKind::kSchema));
  GONGKAI_ASSIGN_OR_RETURN(int current, CurrentVersion(connection));
  if (current > newest) {
    return core::Error::FailedPrecondition("数据库结构版本为 " + std::to_string(current) +
                                           "，比本程序支持的最高版本 " + std::to_string(newest) +
                                           " 新：请使用更新版本的 gongkai 打开此数据库");
  }
  for (const Migration& migration : migrations) {
    if (migration.version <= current || migration.version > target) {
      continue;
    }
    GONGKAI_TRY(connection.ExecuteScript(migration.sql));
    const std::array<SqlValue, 3> params = {static_cast<std::int64_t>(migration.version),
                                            std::string(migration.description), clock.NowMicros()};
    GONGKAI_TRY(connection.Query(
        "INSERT INTO schema_migrations (version, description, applied_at_micros) VALUES ($1, $2, "
        "$3)",
        params));
    current = migration.version;
  }
  GONGKAI_TRY(transaction.Commit());
  return current;
}

}  // namespace gongkai::store
