#include "store/sql/sql_store.h"

#include "store/sql/migrator.h"

namespace gongkai::store {

SqlStore::SqlStore(std::unique_ptr<SqlConnection> connection, const core::Clock& clock,
                   const GroupCommitOptions& group_commit_options)
    : connection_(std::move(connection)),
      context_(*connection_, clock, group_commit_options),
      agencies_(context_),
      cases_(context_),
      reviews_(context_),
      annual_inputs_(context_),
      calendars_(context_),
      audit_log_(context_) {}

core::Result<std::unique_ptr<SqlStore>> SqlStore::Open(std::unique_ptr<SqlConnection> connection,
                                                       const core::Clock& clock,
                                                       std::span<const Migration> migrations,
                                                       const SqlStoreOptions& options) {
  std::unique_ptr<SqlStore> store(new SqlStore(std::move(connection), clock, options.group_commit));
  GONGKAI_ASSIGN_OR_RETURN(store->schema_version_, Migrate(*store->connection_, migrations, clock,
                                                           options.schema_version_for_testing));
  return store;
}

}  // namespace gongkai::store
