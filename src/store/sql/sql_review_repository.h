// ReviewRepository over SQL: administrative reconsiderations and lawsuits, versioned like cases.
#pragma once

#include "domain/store.h"
#include "store/sql/sql_context.h"

namespace gongkai::store {

// Thread-safe: reads are serialised by the context's mutex, mutations go through its group
// commit (RunWrite). Borrows `context`.
class SqlReviewRepository final : public domain::ReviewRepository {
 public:
  explicit SqlReviewRepository(SqlContext& context) : context_(context) {}

  // Stored with version 1. kInvalidArgument for bad fields (a decided review needs decided_on);
  // kNotFound for an unknown agency or request case.
  core::Result<domain::ReviewCase> CreateReview(const domain::ReviewCase& draft,
                                                const domain::Actor& actor) override;
  // kInvalidArgument for id <= 0; kNotFound for an unknown id.
  core::Result<domain::ReviewCase> GetReview(std::int64_t id) override;
  // The stored version goes up by one. kConflict when it is not `expected_version`.
  core::Result<domain::ReviewCase> UpdateReview(const domain::ReviewCase& updated,
                                                std::int64_t expected_version,
                                                const domain::Actor& actor) override;
  // Reviews of the given agencies ordered by filed_on, then id. No agencies, no reviews.
  core::Result<std::vector<domain::ReviewCase>> ListReviews(
      std::span<const std::string> agency_ids) override;

 private:
  core::Result<domain::ReviewCase> LoadReview(std::int64_t id);
  core::Status CheckReferences(const domain::ReviewCase& review);

  SqlContext& context_;
};

}  // namespace gongkai::store
