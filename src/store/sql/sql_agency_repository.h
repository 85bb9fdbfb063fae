// AgencyRepository over SQL: the agency hierarchy, with a cycle check on every parent link and
// subtrees read with a recursive CTE.
#pragma once

#include "domain/store.h"
#include "store/sql/sql_context.h"

namespace gongkai::store {

// Thread-safe: reads are serialised by the context's mutex, mutations go through its group
// commit (RunWrite). Borrows `context`.
class SqlAgencyRepository final : public domain::AgencyRepository {
 public:
  explicit SqlAgencyRepository(SqlContext& context) : context_(context) {}

  // kInvalidArgument for a bad id, name or actor; kNotFound for an unknown parent;
  // kFailedPrecondition when the parent link would make a cycle.
  core::Status PutAgency(const domain::Agency& agency, const domain::Actor& actor) override;
  // kInvalidArgument for a bad id; kNotFound for an unknown one.
  core::Result<domain::Agency> GetAgency(const std::string& id) override;
  // Ordered by id.
  core::Result<std::vector<domain::Agency>> ListAgencies() override;
  core::Result<std::vector<std::string>> Subtree(const std::string& id) override;

 private:
  core::Result<std::optional<domain::Agency>> FindAgency(const std::string& id);
  core::Status CheckNoCycle(const domain::Agency& agency);

  SqlContext& context_;
};

}  // namespace gongkai::store
