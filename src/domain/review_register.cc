#include "domain/review_register.h"

#include <vector>

namespace gongkai::domain {
namespace {

// Column offsets inside a block of five cells.
constexpr std::size_t kCellsPerBlock = 5;
constexpr std::size_t kUpheldColumn = 0;
constexpr std::size_t kCorrectedColumn = 1;
constexpr std::size_t kOtherColumn = 2;
constexpr std::size_t kPendingColumn = 3;
constexpr std::size_t kTotalColumnOffset = 4;

std::size_t ResultColumn(ReviewResult result) {
  switch (result) {
    case ReviewResult::kUpheld:
      return kUpheldColumn;
    case ReviewResult::kCorrected:
      return kCorrectedColumn;
    case ReviewResult::kOther:
      return kOtherColumn;
    case ReviewResult::kPending:
      break;
  }
  return kPendingColumn;
}

core::Status CheckNotFuture(core::Date date, core::Date today, std::string_view what) {
  if (date > today) {
    return core::Error::InvalidArgument(std::string(what) + "（" + date.ToString() +
                                        "）不能晚于今天（" + today.ToString() + "）");
  }
  return core::Ok();
}

}  // namespace

core::Status ValidateNewReview(const ReviewCase& draft) {
  if (draft.agency_id.empty()) {
    return core::Error::InvalidArgument("复议诉讼记录缺少机关");
  }
  if (draft.reference.empty()) {
    return core::Error::InvalidArgument("复议诉讼记录缺少案号或文书编号");
  }
  if (draft.result == ReviewResult::kPending) {
    if (draft.decided_on.has_value()) {
      return core::Error::InvalidArgument("尚未审结的案件不应有审结日期");
    }
    return core::Ok();
  }
  if (!draft.decided_on.has_value()) {
    return core::Error::InvalidArgument("已审结的案件必须填写审结日期");
  }
  if (*draft.decided_on < draft.filed_on) {
    return core::Error::InvalidArgument("审结日期（" + draft.decided_on->ToString() +
                                        "）早于收案日期（" + draft.filed_on.ToString() + "）");
  }
  return core::Ok();
}

core::Result<ReviewCase> DecideReview(const ReviewCase& current, const ReviewDecision& decision) {
  if (current.result != ReviewResult::kPending) {
    return core::Error::FailedPrecondition(
        "案件 " + current.reference + " 已于 " +
        (current.decided_on ? current.decided_on->ToString() : std::string("此前")) +
        " 审结，不能再次审结");
  }
  if (decision.result == ReviewResult::kPending) {
    return core::Error::InvalidArgument("审结结果不能是“尚未审结”");
  }
  if (decision.decided_on < current.filed_on) {
    return core::Error::InvalidArgument("审结日期（" + decision.decided_on.ToString() +
                                        "）早于收案日期（" + current.filed_on.ToString() + "）");
  }
  ReviewCase decided = current;
  decided.result = decision.result;
  decided.decided_on = decision.decided_on;
  if (!decision.note.empty()) {
    decided.note = decided.note.empty() ? decision.note : decided.note + "\n" + decision.note;
  }
  return decided;
}

ReviewLitigationCounts CountReviews(std::span<const ReviewCase> reviews, int year) {
  ReviewLitigationCounts counts{};
  for (const ReviewCase& review : reviews) {
    const std::size_t block = kCellsPerBlock * static_cast<std::size_t>(review.kind);
    const bool decided = review.result != ReviewResult::kPending && review.decided_on.has_value();
    if (decided && review.decided_on->year() == year) {
      ++counts[block + ResultColumn(review.result)];
    }
    const bool open_at_year_end = !decided || review.decided_on->year() > year;
    if (review.filed_on.year() <= year && open_at_year_end) {
      ++counts[block + kPendingColumn];
    }
  }
  for (std::size_t block = 0; block < counts.size(); block += kCellsPerBlock) {
    std::int64_t total = 0;
    for (std::size_t column = 0; column < kTotalColumnOffset; ++column) {
      total += counts[block + column];
    }
    counts[block + kTotalColumnOffset] = total;
  }
  return counts;
}

ReviewRegister::ReviewRegister(Store& store, const core::Clock& clock)
    : store_(store), clock_(clock) {}

core::Result<ReviewCase> ReviewRegister::Create(const ReviewCase& draft, const Actor& actor) {
  GONGKAI_TRY(ValidateNewReview(draft));
  const core::Date today = clock_.Today();
  GONGKAI_TRY(CheckNotFuture(draft.filed_on, today, "收案日期"));
  if (draft.decided_on.has_value()) {
    GONGKAI_TRY(CheckNotFuture(*draft.decided_on, today, "审结日期"));
  }
  GONGKAI_TRY(store_.agencies().GetAgency(draft.agency_id));
  if (draft.request_case_id.has_value()) {
    GONGKAI_ASSIGN_OR_RETURN(const RequestCase request,
                             store_.cases().GetCase(*draft.request_case_id));
    if (request.agency_id != draft.agency_id) {
      return core::Error::InvalidArgument("关联的申请（" + request.tracking_number +
                                          "）不属于机关 " + draft.agency_id);
    }
  }
  return store_.reviews().CreateReview(draft, actor);
}

core::Result<ReviewCase> ReviewRegister::Decide(std::int64_t review_id,
                                                const ReviewDecision& decision, const Actor& actor,
                                                std::optional<std::int64_t> expected_version) {
  GONGKAI_TRY(CheckNotFuture(decision.decided_on, clock_.Today(), "审结日期"));
  GONGKAI_ASSIGN_OR_RETURN(const ReviewCase current, store_.reviews().GetReview(review_id));
  if (expected_version.has_value() && *expected_version != current.version) {
    return core::Error::Conflict("案件 " + current.reference + " 已被他人修改，请刷新后重试");
  }
  GONGKAI_ASSIGN_OR_RETURN(const ReviewCase decided, DecideReview(current, decision));
  return store_.reviews().UpdateReview(decided, current.version, actor);
}

core::Result<ReviewLitigationCounts> ReviewRegister::Count(std::span<const std::string> agency_ids,
                                                           int year) {
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<ReviewCase> reviews,
                           store_.reviews().ListReviews(agency_ids));
  return CountReviews(reviews, year);
}

}  // namespace gongkai::domain
