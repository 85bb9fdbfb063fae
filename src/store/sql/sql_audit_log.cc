#include "store/sql/sql_audit_log.h"

#include "store/sql/audit_chain.h"

namespace gongkai::store {

core::Result<std::vector<domain::AuditEntry>> SqlAuditLog::ListAuditEntries(
    std::int64_t from_sequence, std::int64_t limit) {
  if (from_sequence < 0 || limit < 1 || limit > 10'000) {
    return core::Error::InvalidArgument(
        "审计日志查询参数无效：起始序号不能为负，条数应在 1 至 10000 之间");
  }
  return RunRead(context_,
                 [&] { return ReadAuditEntries(context_.connection, from_sequence, limit); });
}

core::Status SqlAuditLog::VerifyAuditLog() {
  return RunRead(context_, [&] { return VerifyAuditChain(context_.connection); });
}

}  // namespace gongkai::store
