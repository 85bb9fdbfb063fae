// OpenStore: the one entry point app/ uses to get a domain::Store from a database URL.
#pragma once

#include <memory>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "domain/store.h"

namespace gongkai::store {

// A "postgresql://" or "postgres://" URL opens PostgreSQL (libpq); anything else is the path of an
// SQLite file, created when missing. The schema is migrated to this binary's version. The clock
// is borrowed and must outlive the store. Errors: kInvalidArgument for an empty URL or a file that
// is not an SQLite database; kUnavailable when the file cannot be opened or the server cannot be
// reached; kFailedPrecondition when the database was written by a newer gongkai.
core::Result<std::unique_ptr<domain::Store>> OpenStore(const std::string& url, core::Clock& clock);

}  // namespace gongkai::store
