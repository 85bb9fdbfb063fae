// Brings a database's schema to the version this binary carries, applying the embedded
// migrations in order inside one transaction and recording each in schema_migrations.
#pragma once

#include <optional>
#include <span>

#include "core/clock.h"
#include "core/result.h"
#include "store/schema/migrations.h"
#include "store/sql/sql_connection.h"

namespace gongkai::store {

// Applies every migration newer than the database's version, up to `target_version` (default:
// the newest). Returns the resulting version. kFailedPrecondition (Chinese message with both
// versions) when the database is newer than this binary — it is left untouched; driver errors
// otherwise, in which case nothing was applied. Safe against another process migrating at the
// same time (the kSchema transaction serialises them).
core::Result<int> Migrate(SqlConnection& connection, std::span<const Migration> migrations,
                          const core::Clock& clock, std::optional<int> target_version);

}  // namespace gongkai::store
