// The versioned schema migrations of both backends, embedded into the binary at build time from
// src/store/schema/<backend>/NNNN_description.sql (see embed_schema.cmake).
#pragma once

#include <span>
#include <string_view>

namespace gongkai::store {

// One migration: running `sql` on a database at version `version - 1` brings it to `version`.
struct Migration {
  int version;
  std::string_view description;
  std::string_view sql;
};

// Every migration in ascending version order, starting at 1 without gaps. Static storage.
std::span<const Migration> SqliteMigrations();
std::span<const Migration> PostgresMigrations();

}  // namespace gongkai::store
