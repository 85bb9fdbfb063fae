// The hash-chained audit log shared by both SQL backends: appending an entry inside the caller's
// write transaction, reading entries, and verifying the chain. Entries are linked and hashed by
// domain/audit_chain.h (ChainAuditEntry, ComputeAuditHash: length-prefixed fields), the one
// definition every store shares. Verification here streams the log in pages rather than holding
// it in memory, and names which entry was altered, removed or inserted.
// The one-row audit_head table holds the sequence and hash of the last entry, so a deleted or
// appended tail is detected too.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/audit_entry.h"
#include "store/sql/sql_connection.h"

namespace gongkai::store {

struct AuditRecord {
  std::string actor;
  std::string entity;   // e.g. "case:17"
  std::string action;   // e.g. "case.event.replied"
  std::string details;  // canonical JSON
};

// Appends `record` at clock.NowMicros() after the current head and moves the head.
// REQUIRES: inside a kWrite Transaction on `connection` (which serialises appenders).
core::Status AppendAudit(SqlConnection& connection, const core::Clock& clock,
                         const AuditRecord& record);

// Entries with sequence >= from_sequence in order, at most `limit`.
core::Result<std::vector<domain::AuditEntry>> ReadAuditEntries(SqlConnection& connection,
                                                               std::int64_t from_sequence,
                                                               std::int64_t limit);

// Recomputes the chain from the first entry to the head. kFailedPrecondition with a Chinese
// message naming the first broken sequence and whether an entry was altered, removed or inserted.
core::Status VerifyAuditChain(SqlConnection& connection);

}  // namespace gongkai::store
