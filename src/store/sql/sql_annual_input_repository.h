// AnnualInputRepository over SQL: section 二 figures and the report's free text per agency and
// year, replaced as a whole on every put.
#pragma once

#include "domain/store.h"
#include "store/sql/sql_context.h"

namespace gongkai::store {

// Thread-safe: reads are serialised by the context's mutex, mutations go through its group
// commit (RunWrite). Borrows `context`.
class SqlAnnualInputRepository final : public domain::AnnualInputRepository {
 public:
  explicit SqlAnnualInputRepository(SqlContext& context) : context_(context) {}

  // kInvalidArgument for a bad agency id, year, negative count or fee; kNotFound for an unknown
  // agency.
  core::Status PutProactiveFigures(const domain::ProactiveFigures& figures,
                                   const domain::Actor& actor) override;
  // kNotFound when nothing was entered for that agency and year.
  core::Result<domain::ProactiveFigures> GetProactiveFigures(const std::string& agency_id,
                                                             int year) override;
  core::Status PutReportText(const domain::ReportText& text, const domain::Actor& actor) override;
  core::Result<domain::ReportText> GetReportText(const std::string& agency_id, int year) override;

 private:
  SqlContext& context_;
};

}  // namespace gongkai::store
