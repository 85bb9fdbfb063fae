#include "domain/audit_chain.h"

#include <string_view>

#include "core/sha256.h"

namespace gongkai::domain {
namespace {

void AppendNetstring(std::string_view field, std::string& out) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
  out += ',';
}

std::string SeqText(std::int64_t sequence) {
  return "第 " + std::to_string(sequence) + " 条";
}

// Checks one entry against the link before it; the first problem found wins.
core::Status CheckLink(const AuditEntry& entry, std::int64_t expected_sequence,
                       const std::string& previous_hash) {
  if (entry.sequence > expected_sequence) {
    return core::Error::FailedPrecondition("审计日志缺少" + SeqText(expected_sequence) +
                                           "记录（记录被删除）");
  }
  if (entry.sequence < expected_sequence) {
    return core::Error::FailedPrecondition("审计日志在" + SeqText(expected_sequence) +
                                           "的位置出现序号为 " + std::to_string(entry.sequence) +
                                           " 的记录（记录被插入或重复）");
  }
  if (entry.prev_hash != previous_hash) {
    return core::Error::FailedPrecondition(
        "审计日志" + SeqText(entry.sequence) +
        "记录的前序哈希与上一条不符（其前的记录被插入、删除或改写）");
  }
  if (ComputeAuditHash(entry) != entry.hash) {
    return core::Error::FailedPrecondition("审计日志" + SeqText(entry.sequence) +
                                           "记录的内容与其哈希不符（记录被篡改）");
  }
  return core::Ok();
}

core::Status CheckHead(const AuditHead& actual, const AuditHead& expected) {
  if (actual.sequence < expected.sequence) {
    return core::Error::FailedPrecondition("审计日志应有 " + std::to_string(expected.sequence) +
                                           " 条记录，实有 " + std::to_string(actual.sequence) +
                                           " 条（末尾的" + SeqText(actual.sequence + 1) +
                                           "及之后的记录被删除）");
  }
  if (actual.sequence > expected.sequence) {
    return core::Error::FailedPrecondition("审计日志应有 " + std::to_string(expected.sequence) +
                                           " 条记录，实有 " + std::to_string(actual.sequence) +
                                           " 条（" + SeqText(expected.sequence + 1) +
                                           "及之后的记录被插入）");
  }
  if (actual.hash != expected.hash) {
    return core::Error::FailedPrecondition("审计日志" + SeqText(actual.sequence) +
                                           "记录与校验点不符（记录被改写）");
  }
  return core::Ok();
}

}  // namespace

std::string CanonicalAuditContent(const AuditEntry& entry) {
  std::string out;
  AppendNetstring(std::to_string(entry.sequence), out);
  AppendNetstring(std::to_string(entry.at_micros), out);
  AppendNetstring(entry.actor, out);
  AppendNetstring(entry.entity, out);
  AppendNetstring(entry.action, out);
  AppendNetstring(entry.details, out);
  return out;
}

std::string ComputeAuditHash(const AuditEntry& entry) {
  core::Sha256 hasher;
  hasher.Update(entry.prev_hash);
  hasher.Update(CanonicalAuditContent(entry));
  return core::DigestToHex(hasher.Finish());
}

AuditEntry ChainAuditEntry(AuditEntry entry, const AuditHead& head) {
  entry.sequence = head.sequence + 1;
  entry.prev_hash = head.hash;
  entry.hash = ComputeAuditHash(entry);
  return entry;
}

AuditHead HeadOf(std::span<const AuditEntry> entries) {
  if (entries.empty()) {
    return AuditHead{};
  }
  return AuditHead{entries.back().sequence, entries.back().hash};
}

core::Status VerifyAuditChain(std::span<const AuditEntry> entries,
                              const std::optional<AuditHead>& expected_head) {
  std::int64_t expected_sequence = 1;
  std::string previous_hash;
  for (const AuditEntry& entry : entries) {
    GONGKAI_TRY(CheckLink(entry, expected_sequence, previous_hash));
    previous_hash = entry.hash;
    ++expected_sequence;
  }
  if (expected_head.has_value()) {
    GONGKAI_TRY(CheckHead(HeadOf(entries), *expected_head));
  }
  return core::Ok();
}

}  // namespace gongkai::domain
