#include "store/sql/audit_chain.h"

#include <array>
#include <deque>
#include <limits>
#include <optional>
#include <utility>

#include "domain/audit_chain.h"

namespace gongkai::store {
namespace {

constexpr std::int64_t kVerifyPageSize = 5000;

constexpr const char* kSelectEntriesSql =
    "SELECT sequence, at_micros, actor, entity, action, details, prev_hash, hash FROM audit_log "
    "WHERE sequence >= $1 ORDER BY sequence LIMIT $2";

core::Result<domain::AuditEntry> EntryFromRow(const SqlRow& row) {
  RowReader reader(row, "审计记录");
  domain::AuditEntry entry;
  GONGKAI_ASSIGN_OR_RETURN(entry.sequence, reader.Int("sequence"));
  GONGKAI_ASSIGN_OR_RETURN(entry.at_micros, reader.Int("at_micros"));
  GONGKAI_ASSIGN_OR_RETURN(entry.actor, reader.Text("actor"));
  GONGKAI_ASSIGN_OR_RETURN(entry.entity, reader.Text("entity"));
  GONGKAI_ASSIGN_OR_RETURN(entry.action, reader.Text("action"));
  GONGKAI_ASSIGN_OR_RETURN(entry.details, reader.Text("details"));
  GONGKAI_ASSIGN_OR_RETURN(entry.prev_hash, reader.Text("prev_hash"));
  GONGKAI_ASSIGN_OR_RETURN(entry.hash, reader.Text("hash"));
  return entry;
}

using Head = domain::AuditHead;

core::Result<Head> ReadHead(SqlConnection& connection) {
  GONGKAI_ASSIGN_OR_RETURN(
      SqlRows rows, connection.Query("SELECT sequence, hash FROM audit_head WHERE id = 1", {}));
  if (rows.size() != 1) {
    return core::Error::FailedPrecondition("审计日志被篡改：链头记录（audit_head）缺失");
  }
  RowReader reader(rows.front(), "审计链头");
  Head head;
  GONGKAI_ASSIGN_OR_RETURN(head.sequence, reader.Int("sequence"));
  GONGKAI_ASSIGN_OR_RETURN(head.hash, reader.Text("hash"));
  return head;
}

core::Error Tampered(const std::string& what) {
  return core::Error::FailedPrecondition("审计日志被篡改：" + what);
}

std::string Nth(std::int64_t sequence) {
  return "第 " + std::to_string(sequence) + " 条审计记录";
}

// Reads the log in pages with one entry of look-ahead.
class EntryCursor {
 public:
  explicit EntryCursor(SqlConnection& connection) : connection_(connection) {}

  core::Result<std::optional<domain::AuditEntry>> Next() {
    GONGKAI_TRY(Fill());
    if (buffer_.empty()) {
      return std::optional<domain::AuditEntry>();
    }
    domain::AuditEntry entry = std::move(buffer_.front());
    buffer_.pop_front();
    return std::optional<domain::AuditEntry>(std::move(entry));
  }

  core::Result<const domain::AuditEntry*> Peek() {
    GONGKAI_TRY(Fill());
    return buffer_.empty() ? nullptr : &buffer_.front();
  }

 private:
  core::Status Fill() {
    if (!buffer_.empty() || exhausted_) {
      return core::Ok();
    }
    const std::array<SqlValue, 2> params = {next_from_, kVerifyPageSize};
    GONGKAI_ASSIGN_OR_RETURN(SqlRows rows, connection_.Query(kSelectEntriesSql, params));
    exhausted_ = rows.size() < static_cast<std::size_t>(kVerifyPageSize);
    for (const SqlRow& row : rows) {
      GONGKAI_ASSIGN_OR_RETURN(domain::AuditEntry entry, EntryFromRow(row));
      next_from_ = entry.sequence + 1;
      buffer_.push_back(std::move(entry));
    }
    return core::Ok();
  }

  SqlConnection& connection_;
  std::deque<domain::AuditEntry> buffer_;
  std::int64_t next_from_ = std::numeric_limits<std::int64_t>::min();
  bool exhausted_ = false;
};

// Checks one entry against the chain so far. `running` is the hash the entry must follow.
// Where the chain stands before an entry: the hash it must follow, and the hash before that.
struct ChainPosition {
  std::int64_t expected = 1;
  std::string running;
  std::string before_running;
};

core::Status CheckEntry(const domain::AuditEntry& entry, const ChainPosition& position,
                        const Head& head, EntryCursor& cursor) {
  const std::int64_t expected = position.expected;
  const std::string& running = position.running;
  if (entry.sequence < expected) {
    return Tampered(Nth(entry.sequence) + "是插入的（序号不在链中）");
  }
  if (entry.sequence > expected) {
    const std::string range = entry.sequence - 1 > expected
                                  ? "第 " + std::to_string(expected) + " 至 " +
                                        std::to_string(entry.sequence - 1) + " 条审计记录"
                                  : Nth(expected);
    return Tampered(range + "已被删除");
  }
  domain::AuditEntry relinked = entry;
  relinked.prev_hash = running;
  if (entry.prev_hash == running && domain::ComputeAuditHash(relinked) == entry.hash) {
    return core::Ok();
  }
  if (entry.sequence > head.sequence) {
    return Tampered(Nth(entry.sequence) + "是插入的（链头只记到第 " +
                    std::to_string(head.sequence) + " 条）");
  }
  // The entry follows the one before the previous entry: the previous entry was slipped in.
  if (expected > 1 && entry.prev_hash == position.before_running) {
    return Tampered(Nth(expected - 1) + "是插入的（其后的记录原本直接接在第 " +
                    std::to_string(expected - 2) + " 条之后）");
  }
  // The entry does not fit. If the next one follows straight on from the previous entry, this
  // one was slipped in between them.
  GONGKAI_ASSIGN_OR_RETURN(const domain::AuditEntry* next, cursor.Peek());
  if (next != nullptr && next->prev_hash == running) {
    return Tampered(Nth(entry.sequence) + "是插入的（前后记录原本直接相连）");
  }
  if (entry.prev_hash != running) {
    return Tampered(Nth(entry.sequence) + "与前一条记录的哈希不相连：第 " +
                    std::to_string(entry.sequence - 1) +
                    " 条被改动（并重算了哈希）、其间有记录被删除，或本条被改动");
  }
  return Tampered(Nth(entry.sequence) + "被改动（内容与哈希不符）");
}

}  // namespace

core::Status AppendAudit(SqlConnection& connection, const core::Clock& clock,
                         const AuditRecord& record) {
  GONGKAI_ASSIGN_OR_RETURN(Head head, ReadHead(connection));
  domain::AuditEntry draft;
  draft.at_micros = clock.NowMicros();
  draft.actor = record.actor;
  draft.entity = record.entity;
  draft.action = record.action;
  draft.details = record.details;
  // The hash is domain::ComputeAuditHash over length-prefixed fields. Before it, this store
  // joined the fields with "\n", which let a newline inside one field pass for a field boundary.
  // No database written with that formula was ever deployed, so there are no old hashes to
  // migrate; a database from a development build fails VerifyAuditLog and must be recreated.
  const domain::AuditEntry entry = domain::ChainAuditEntry(std::move(draft), head);
  const std::array<SqlValue, 8> params = {entry.sequence,  entry.at_micros, entry.actor,
                                          entry.entity,    entry.action,    entry.details,
                                          entry.prev_hash, entry.hash};
  GONGKAI_TRY(connection.Query(
      "INSERT INTO audit_log (sequence, at_micros, actor, entity, action, details, prev_hash, "
      "hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      params));
  const std::array<SqlValue, 2> head_params = {entry.sequence, entry.hash};
  GONGKAI_TRY(
      connection.Query("UPDATE audit_head SET sequence = $1, hash = $2 WHERE id = 1", head_params));
  return core::Ok();
}

core::Result<std::vector<domain::AuditEntry>> ReadAuditEntries(SqlConnection& connection,
                                                               std::int64_t from_sequence,
                                                               std::int64_t limit) {
  const std::array<SqlValue, 2> params = {from_sequence, limit};
  GONGKAI_ASSIGN_OR_RETURN(SqlRows rows, connection.Query(kSelectEntriesSql, params));
  std::vector<domain::AuditEntry> entries;
  entries.reserve(rows.size());
  for (const SqlRow& row : rows) {
    GONGKAI_ASSIGN_OR_RETURN(domain::AuditEntry entry, EntryFromRow(row));
    entries.push_back(std::move(entry));
  }
  return entries;
}

core::Status VerifyAuditChain(SqlConnection& connection) {
  GONGKAI_ASSIGN_OR_RETURN(Head head, ReadHead(connection));
  EntryCursor cursor(connection);
  ChainPosition position;
  for (;;) {
    GONGKAI_ASSIGN_OR_RETURN(std::optional<domain::AuditEntry> entry, cursor.Next());
    if (!entry.has_value()) {
      break;
    }
    GONGKAI_TRY(CheckEntry(*entry, position, head, cursor));
    position.before_running = std::exchange(position.running, entry->hash);
    ++position.expected;
  }
  const std::int64_t last = position.expected - 1;
  const std::string& running = position.running;
  if (head.sequence > last) {
    return Tampered("第 " + std::to_string(last + 1) + " 条起的审计记录已被删除（链头记到第 " +
                    std::to_string(head.sequence) + " 条）");
  }
  if (head.sequence < last) {
    return Tampered(Nth(head.sequence + 1) + "是插入的（链头只记到第 " +
                    std::to_string(head.sequence) + " 条）");
  }
  if (head.hash != running) {
    return Tampered(Nth(last) + "被改动（与链头记录的哈希不符）");
  }
  return core::Ok();
}

}  // namespace gongkai::store
