// AuditEntry: one row of the tamper-evident audit log. Every change to a case (and to the other
// records) appends one entry; entries are hash-chained: hash = SHA-256(prev_hash || canonical
// content), so editing or deleting a row breaks the chain (`gongkai audit-log verify`).
#pragma once

#include <cstdint>
#include <string>

namespace gongkai::domain {

struct AuditEntry {
  std::int64_t sequence = 0;   // 1, 2, … without gaps
  std::int64_t at_micros = 0;  // when (UTC µs, from the injected clock)
  std::string actor;           // who
  std::string entity;          // "case:17", "review:3", "agency:cq-scjg", "calendar:2027", …
  std::string action;          // "case.create", "case.event.replied", …
  std::string details;         // what changed, canonical JSON
  std::string prev_hash;       // hex SHA-256 of the previous entry ("" for the first)
  std::string hash;            // hex SHA-256 of this entry
};

}  // namespace gongkai::domain
