#include "domain/audit_chain.h"

#include <vector>

#include <gtest/gtest.h>

#include "core/sha256.h"

namespace gongkai::domain {
namespace {

std::vector<AuditEntry> MakeChain(int count) {
  std::vector<AuditEntry> entries;
  AuditHead head;
  for (int i = 0; i < count; ++i) {
    AuditEntry entry;
    entry.at_micros = 1'000'000LL * (i + 1);
    entry.actor = "clerk";
    entry.entity = "case:" + std::to_string(i + 1);
    entry.action = "case.create";
    entry.details = R"({"n":)" + std::to_string(i) + "}";
    entries.push_back(ChainAuditEntry(entry, head));
    head = HeadOf(entries);
  }
  return entries;
}

void ExpectBroken(const std::vector<AuditEntry>& entries, const std::optional<AuditHead>& head,
                  const std::string& fragment) {
  const core::Status status = VerifyAuditChain(entries, head);
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, core::ErrorCode::kFailedPrecondition);
  EXPECT_NE(status.error().message.find(fragment), std::string::npos) << status.error().message;
}

TEST(AuditChainTest, HashCoversPreviousHashAndContent) {
  AuditEntry entry;
  entry.sequence = 1;
  entry.actor = "a";
  entry.details = "{}";
  EXPECT_EQ(ComputeAuditHash(entry), core::Sha256Hex(CanonicalAuditContent(entry)));
  EXPECT_EQ(CanonicalAuditContent(entry), "1:1,1:0,1:a,0:,0:,2:{},");
  AuditEntry other = entry;
  other.prev_hash = "00";
  EXPECT_NE(ComputeAuditHash(other), ComputeAuditHash(entry));
}

TEST(AuditChainTest, FieldBoundariesAreUnambiguous) {
  AuditEntry a;
  a.actor = "ab";
  a.entity = "c";
  AuditEntry b;
  b.actor = "a";
  b.entity = "bc";
  EXPECT_NE(ComputeAuditHash(a), ComputeAuditHash(b));
}

TEST(AuditChainTest, IntactChainVerifies) {
  const auto entries = MakeChain(5);
  EXPECT_EQ(entries[0].prev_hash, "");
  EXPECT_EQ(entries[4].sequence, 5);
  EXPECT_TRUE(VerifyAuditChain(entries, HeadOf(entries)).has_value());
  EXPECT_TRUE(VerifyAuditChain({}, AuditHead{}).has_value());
}

TEST(AuditChainTest, DetectsAlteredEntry) {
  auto entries = MakeChain(5);
  entries[2].details = R"({"n":99})";
  ExpectBroken(entries, std::nullopt, "第 3 条记录的内容与其哈希不符");
}

TEST(AuditChainTest, DetectsAlteredEntryWithRecomputedHash) {
  auto entries = MakeChain(5);
  entries[2].actor = "intruder";
  entries[2].hash = ComputeAuditHash(entries[2]);
  ExpectBroken(entries, std::nullopt, "第 4 条记录的前序哈希");
}

TEST(AuditChainTest, DetectsRemovedEntry) {
  auto entries = MakeChain(5);
  entries.erase(entries.begin() + 1);
  ExpectBroken(entries, std::nullopt, "缺少第 2 条记录");
}

TEST(AuditChainTest, DetectsInsertedEntry) {
  auto entries = MakeChain(5);
  AuditEntry forged = entries[1];
  forged.details = "{}";
  entries.insert(entries.begin() + 2, forged);
  ExpectBroken(entries, std::nullopt, "被插入或重复");
}

TEST(AuditChainTest, DetectsTruncationOnlyWithHead) {
  auto entries = MakeChain(5);
  const AuditHead head = HeadOf(entries);
  entries.pop_back();
  EXPECT_TRUE(VerifyAuditChain(entries, std::nullopt).has_value());
  ExpectBroken(entries, head, "末尾的第 5 条及之后的记录被删除");
}

}  // namespace
}  // namespace gongkai::domain
