#include "store/sql/sql_review_repository.h"

#include <array>

#include "store/sql/audit_chain.h"
#include "store/sql/record_json.h"
#include "store/sql/record_validation.h"
#include "store/sql/report_query.h"

namespace gongkai::store {
namespace {

constexpr const char* kReviewColumns =
    "id, agency_id, request_case_id, kind, reference, filed_on, result, decided_on, note, version";

core::Result<domain::ReviewCase> ReviewFromRow(const SqlRow& row) {
  RowReader reader(row, "复议诉讼案件");
  domain::ReviewCase review;
  GONGKAI_ASSIGN_OR_RETURN(review.id, reader.Int("id"));
  GONGKAI_ASSIGN_OR_RETURN(review.agency_id, reader.Text("agency_id"));
  GONGKAI_ASSIGN_OR_RETURN(review.request_case_id, reader.OptionalInt("request_case_id"));
  GONGKAI_ASSIGN_OR_RETURN(std::string kind, reader.Text("kind"));
  GONGKAI_ASSIGN_OR_RETURN(review.reference, reader.Text("reference"));
  GONGKAI_ASSIGN_OR_RETURN(review.filed_on, reader.Date("filed_on"));
  GONGKAI_ASSIGN_OR_RETURN(std::string result, reader.Text("result"));
  GONGKAI_ASSIGN_OR_RETURN(review.decided_on, reader.OptionalDate("decided_on"));
  GONGKAI_ASSIGN_OR_RETURN(review.note, reader.Text("note"));
  GONGKAI_ASSIGN_OR_RETURN(review.version, reader.Int("version"));
  const std::optional<domain::ReviewKind> parsed_kind = domain::ReviewKindFromCode(kind);
  const std::optional<domain::ReviewResult> parsed_result = domain::ReviewResultFromCode(result);
  if (!parsed_kind.has_value() || !parsed_result.has_value()) {
    return core::Error::Internal("数据库中复议诉讼案件 " + std::to_string(review.id) +
                                 " 的类型或结果无法识别，数据可能已损坏");
  }
  review.kind = *parsed_kind;
  review.result = *parsed_result;
  return review;
}

// $1..$9 for the columns after id.
std::vector<SqlValue> ReviewParams(const domain::ReviewCase& review) {
  return {review.agency_id,
          OptionalIntParam(review.request_case_id),
          std::string(domain::ReviewKindCode(review.kind)),
          review.reference,
          DateParam(review.filed_on),
          std::string(domain::ReviewResultCode(review.result)),
          OptionalDateParam(review.decided_on),
          review.note,
          review.version};
}

std::string ReviewEntity(std::int64_t id) {
  return "review:" + std::to_string(id);
}

}  // namespace

core::Result<domain::ReviewCase> SqlReviewRepository::LoadReview(std::int64_t id) {
  const std::array<SqlValue, 1> params = {id};
  GONGKAI_ASSIGN_OR_RETURN(
      SqlRows rows,
      context_.connection.Query(
          "SELECT " + std::string(kReviewColumns) + " FROM reviews WHERE id = $1", params));
  if (rows.empty()) {
    return core::Error::NotFound("复议诉讼案件 " + std::to_string(id) + " 不存在");
  }
  return ReviewFromRow(rows.front());
}

core::Status SqlReviewRepository::CheckReferences(const domain::ReviewCase& review) {
  GONGKAI_TRY(RequireAgency(context_.connection, review.agency_id, "机构"));
  if (!review.request_case_id.has_value()) {
    return core::Ok();
  }
  const std::array<SqlValue, 1> params = {*review.request_case_id};
  GONGKAI_ASSIGN_OR_RETURN(SqlRows rows,
                           context_.connection.Query("SELECT 1 FROM cases WHERE id = $1", params));
  if (rows.empty()) {
    return core::Error::NotFound("关联的申请案件 " + std::to_string(*review.request_case_id) +
                                 " 不存在");
  }
  return core::Ok();
}

core::Result<domain::ReviewCase> SqlReviewRepository::CreateReview(const domain::ReviewCase& draft,
                                                                   const domain::Actor& actor) {
  GONGKAI_TRY(ValidateActor(actor));
  GONGKAI_TRY(ValidateReview(draft));
  return RunWrite(context_, [&]() -> core::Result<domain::ReviewCase> {
    GONGKAI_TRY(CheckReferences(draft));
    domain::ReviewCase stored = draft;
    stored.version = 1;
    GONGKAI_ASSIGN_OR_RETURN(
        SqlRows rows,
        context_.connection.Query(
            "INSERT INTO reviews (agency_id, request_case_id, kind, reference, filed_on, result, "
            "decided_on, note, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            ReviewParams(stored)));
    RowReader reader(rows.at(0), "新复议诉讼案件");
    GONGKAI_ASSIGN_OR_RETURN(stored.id, reader.Int("id"));
    GONGKAI_TRY(
        AppendAudit(context_.connection, context_.clock,
                    {actor.name, ReviewEntity(stored.id), "review.create", ReviewJson(stored)}));
    return stored;
  });
}

core::Result<domain::ReviewCase> SqlReviewRepository::GetReview(std::int64_t id) {
  if (id <= 0) {
    return core::Error::InvalidArgument("复议诉讼案件编号 " + std::to_string(id) + " 无效");
  }
  return RunRead(context_, [&] { return LoadReview(id); });
}

core::Result<domain::ReviewCase> SqlReviewRepository::UpdateReview(
    const domain::ReviewCase& updated, std::int64_t expected_version, const domain::Actor& actor) {
  if (updated.id <= 0) {
    return core::Error::InvalidArgument("复议诉讼案件编号 " + std::to_string(updated.id) + " 无效");
  }
  GONGKAI_TRY(ValidateActor(actor));
  GONGKAI_TRY(ValidateReview(updated));
  return RunWrite(context_, [&]() -> core::Result<domain::ReviewCase> {
    GONGKAI_ASSIGN_OR_RETURN(domain::ReviewCase stored, LoadReview(updated.id));
    if (stored.version != expected_version) {
      return core::Error::Conflict("复议诉讼案件 " + std::to_string(updated.id) +
                                   " 已被他人修改（当前版本 " + std::to_string(stored.version) +
                                   "，提交所依据的版本 " + std::to_string(expected_version) +
                                   "），请刷新后重试");
    }
    GONGKAI_TRY(CheckReferences(updated));
    domain::ReviewCase next = updated;
    next.version = stored.version + 1;
    std::vector<SqlValue> params = ReviewParams(next);
    params.push_back(next.id);
    GONGKAI_TRY(context_.connection.Query(
        "UPDATE reviews SET (agency_id, request_case_id, kind, reference, filed_on, result, "
        "decided_on, note, version) = ($1, $2, $3, $4, $5, $6, $7, $8, $9) WHERE id = $10",
        params));
    GONGKAI_TRY(
        AppendAudit(context_.connection, context_.clock,
                    {actor.name, ReviewEntity(next.id), "review.update", ReviewJson(next)}));
    return next;
  });
}

core::Result<std::vector<domain::ReviewCase>> SqlReviewRepository::ListReviews(
    std::span<const std::string> agency_ids) {
  for (const std::string& id : agency_ids) {
    GONGKAI_TRY(ValidateAgencyId(id));
  }
  std::vector<domain::ReviewCase> reviews;
  if (agency_ids.empty()) {
    return reviews;
  }
  return RunRead(context_, [&]() -> core::Result<std::vector<domain::ReviewCase>> {
    const AgencySetClause clause = AgencyInClause(context_.connection.dialect(), agency_ids, 1);
    const std::array<SqlValue, 1> params = {clause.param};
    GONGKAI_ASSIGN_OR_RETURN(
        SqlRows rows,
        context_.connection.Query("SELECT " + std::string(kReviewColumns) + " FROM reviews WHERE " +
                                      clause.sql + " ORDER BY filed_on, id",
                                  params));
    for (const SqlRow& row : rows) {
      GONGKAI_ASSIGN_OR_RETURN(domain::ReviewCase review, ReviewFromRow(row));
      reviews.push_back(std::move(review));
    }
    return reviews;
  });
}

}  // namespace gongkai::store
