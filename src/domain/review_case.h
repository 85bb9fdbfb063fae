// ReviewCase: an administrative reconsideration (行政复议) or lawsuit (行政诉讼) about the organ's
// disclosure work, linked to the request case it concerns. Section 四 of the report counts them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/date.h"

namespace gongkai::domain {

enum class ReviewKind {
  kReconsideration,        // 行政复议
  kLitigationDirect,       // 行政诉讼 未经复议直接起诉
  kLitigationAfterReview,  // 行政诉讼 复议后起诉
};

enum class ReviewResult {
  kPending,    // 尚未审结
  kUpheld,     // 结果维持
  kCorrected,  // 结果纠正
  kOther,      // 其他结果
};

std::string_view ReviewKindCode(ReviewKind kind);  // "reconsideration", "litigation_direct", …
std::string_view ReviewKindLabel(ReviewKind kind);  // "行政复议", "行政诉讼（未经复议直接起诉）", …
std::optional<ReviewKind> ReviewKindFromCode(std::string_view code);
std::string_view ReviewResultCode(
    ReviewResult result);  // "pending", "upheld", "corrected", "other"
std::string_view ReviewResultLabel(ReviewResult result);  // "尚未审结", "结果维持", …
std::optional<ReviewResult> ReviewResultFromCode(std::string_view code);

struct ReviewCase {
  std::int64_t id = 0;  // assigned by the store
  std::string agency_id;
  std::optional<std::int64_t> request_case_id;  // the disclosure request it concerns, if any
  ReviewKind kind = ReviewKind::kReconsideration;
  std::string reference;  // 案号 / 文书编号
  core::Date filed_on;    // 收到复议申请 / 起诉状 date
  ReviewResult result = ReviewResult::kPending;
  std::optional<core::Date> decided_on;  // required unless pending
  std::string note;
  std::int64_t version = 0;
};

}  // namespace gongkai::domain
