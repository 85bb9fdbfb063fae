// AuditLog over SQL: listing and verifying the hash chain written by every mutation of the store.
#pragma once

#include "domain/store.h"
#include "store/sql/sql_context.h"

namespace gongkai::store {

// Thread-safe (calls are serialised by the context's mutex). Borrows `context`.
class SqlAuditLog final : public domain::AuditLog {
 public:
  explicit SqlAuditLog(SqlContext& context) : context_(context) {}

  // kInvalidArgument unless from_sequence >= 0 and 1 <= limit <= 10000.
  core::Result<std::vector<domain::AuditEntry>> ListAuditEntries(std::int64_t from_sequence,
                                                                 std::int64_t limit) override;
  core::Status VerifyAuditLog() override;

 private:
  SqlContext& context_;
};

}  // namespace gongkai::store
