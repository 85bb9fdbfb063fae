// The register of administrative reconsiderations (行政复议) and lawsuits (行政诉讼) about the
// organ's disclosure work: the rules for recording and deciding one, and the 15 cells of section 四
// of the annual report computed from the register. The rules are pure functions; ReviewRegister
// applies them over the storage port.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "core/clock.h"
#include "core/date.h"
#include "core/result.h"
#include "domain/report_taxonomy.h"
#include "domain/review_case.h"
#include "domain/store.h"

namespace gongkai::domain {

// Section 四 in print order: for 行政复议, 未经复议直接起诉 and 复议后起诉 in turn, the five cells
// 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 (report-json.md `review_litigation`).
using ReviewLitigationCounts = std::array<std::int64_t, kReviewLitigationCount>;

// The end of a review.
struct ReviewDecision {
  ReviewResult result = ReviewResult::kUpheld;  // not kPending
  core::Date decided_on;                        // on or after filed_on
  std::string note;
};

// Checks a review to be recorded: agency_id and reference non-empty; a pending review has no
// decided_on; a decided one (entered after the fact) has a decided_on on or after filed_on.
// kInvalidArgument with a Chinese message otherwise.
core::Status ValidateNewReview(const ReviewCase& draft);

// `current` with the decision applied. kFailedPrecondition when it is already decided;
// kInvalidArgument when the decision's result is kPending or its date precedes filed_on.
core::Result<ReviewCase> DecideReview(const ReviewCase& current, const ReviewDecision& decision);

// Section 四 for `year`: a review counts in its result column when decided in `year`, and in
// 尚未审结 when filed on or before 31 Dec of `year` and not decided by then (reviews filed in
// earlier years and still open are included); 总计 is the sum of the four. Pure.
ReviewLitigationCounts CountReviews(std::span<const ReviewCase> reviews, int year);

// Use cases of the register over the store. Thread-safety: as the store's.
class ReviewRegister {
 public:
  // Both borrowed; must outlive the register.
  ReviewRegister(Store& store, const core::Clock& clock);

  // Records a review. kInvalidArgument as ValidateNewReview, or for a date after today or a
  // linked request case of another agency; kNotFound for an unknown agency or request case.
  core::Result<ReviewCase> Create(const ReviewCase& draft, const Actor& actor);

  // Records the decision. `expected_version`, when set, must equal the stored version
  // (kConflict otherwise); kInvalidArgument for a decision after today; see DecideReview.
  core::Result<ReviewCase> Decide(std::int64_t review_id, const ReviewDecision& decision,
                                  const Actor& actor, std::optional<std::int64_t> expected_version);

  // Section 四 for `year` over the given agencies.
  core::Result<ReviewLitigationCounts> Count(std::span<const std::string> agency_ids, int year);

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace gongkai::domain
