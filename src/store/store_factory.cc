#include "store/store_factory.h"

#include "store/postgres/pg_connection.h"
#include "store/sql/sql_store.h"
#include "store/sqlite/sqlite_connection.h"

namespace gongkai::store {

core::Result<std::unique_ptr<domain::Store>> OpenStore(const std::string& url, core::Clock& clock) {
  if (url.empty()) {
    return core::Error::InvalidArgument(
        "未指定数据库：请给出 SQLite 文件路径或 postgresql:// 地址");
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<postgres::PgConnection> connection,
                             postgres::PgConnection::Open(url));
    GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<SqlStore> store,
                             SqlStore::Open(std::move(connection), clock, PostgresMigrations()));
    return std::unique_ptr<domain::Store>(std::move(store));
  }
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<sqlite::SqliteConnection> connection,
                           sqlite::SqliteConnection::Open(url, sqlite::SqliteOptions{}));
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<SqlStore> store,
                           SqlStore::Open(std::move(connection), clock, SqliteMigrations()));
  return std::unique_ptr<domain::Store>(std::move(store));
}

}  // namespace gongkai::store
