// The hash chain of the audit log (audit_entry.h): how an entry's hash is computed and how a
// sequence of entries is verified. Shared by every store so that all of them write and check the
// same chain; pure (no I/O).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "core/result.h"
#include "domain/audit_entry.h"

namespace gongkai::domain {

// The last link of a chain as remembered outside the log (e.g. a checkpoint), so that removing
// entries from the end of the log is detected too.
struct AuditHead {
  std::int64_t sequence = 0;  // number of entries
  std::string hash;           // hash of the last entry ("" when empty)
};

// The bytes that are hashed for `entry` besides prev_hash: sequence, at_micros, actor, entity,
// action and details, each as a netstring ("<byte length>:<bytes>,"), so that no two different
// entries share a canonical form.
std::string CanonicalAuditContent(const AuditEntry& entry);

// Lower-case hex SHA-256 of prev_hash followed by CanonicalAuditContent(entry). Ignores
// entry.hash.
std::string ComputeAuditHash(const AuditEntry& entry);

// Links `entry` after `head` (the current end of the log): sets sequence = head.sequence + 1,
// prev_hash = head.hash and hash. The other fields are kept.
AuditEntry ChainAuditEntry(AuditEntry entry, const AuditHead& head);

// The head after `entries` (sequence and hash of the last entry; empty head for none).
AuditHead HeadOf(std::span<const AuditEntry> entries);

// Verifies that `entries` (the whole log, in order) form an unbroken chain starting at sequence
// 1, and, when given, that it ends at `expected_head`. kFailedPrecondition with a Chinese message
// naming the first broken sequence number and whether an entry was altered, removed or inserted.
core::Status VerifyAuditChain(std::span<const AuditEntry> entries,
                              const std::optional<AuditHead>& expected_head);

}  // namespace gongkai::domain
