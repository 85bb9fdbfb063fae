#include "report/cell_explanation.h"

#include <algorithm>
#include <span>

#include "domain/review_register.h"
#include "report/internal/cell_text.h"
#include "report/internal/proactive_figures.h"

namespace gongkai::report {
namespace {

using domain::RequestRow;

core::Result<std::vector<domain::CaseReportFact>> FactsBehind(domain::Store& store,
                                                              const std::vector<std::string>& ids,
                                                              int year,
                                                              const RequestCellPath& cell) {
  const std::optional<int> kind =
      cell.column == domain::kTotalColumn ? std::nullopt : std::optional<int>(cell.column);
  if (cell.row != RequestRow::kTotal) {
    return store.cases().CasesBehindCell(ids, year, cell.row, kind);
  }
  // （七）总计 is not a row of its own: it is every case closed in the year, in any outcome row.
  std::vector<domain::CaseReportFact> all;
  for (RequestRow row : domain::RowsOf(domain::TemplateVersion::k2021, false)) {
    if (!domain::RowInfo(row).is_outcome) {
      continue;
    }
    GONGKAI_ASSIGN_OR_RETURN(auto facts, store.cases().CasesBehindCell(ids, year, row, kind));
    all.insert(all.end(), facts.begin(), facts.end());
  }
  return all;
}

core::Status ExplainRequests(domain::Store& store, const std::vector<std::string>& ids,
                             const RequestCellPath& cell, CellExplanation& out) {
  GONGKAI_ASSIGN_OR_RETURN(const auto facts, FactsBehind(store, ids, out.year, cell));
  for (const domain::CaseReportFact& fact : facts) {
    out.cases.push_back({fact.tracking_number, fact.applicant_kind, fact.received_on,
                         fact.closed_on, fact.outcome});
  }
  std::sort(out.cases.begin(), out.cases.end(), [](const auto& a, const auto& b) {
    return std::tie(a.received_on, a.tracking_number) < std::tie(b.received_on, b.tracking_number);
  });
  out.value = static_cast<double>(out.cases.size());
  return core::Ok();
}

core::Status ExplainReviews(domain::Store& store, const std::vector<std::string>& ids,
                            const ReviewCellPath& cell, CellExplanation& out) {
  GONGKAI_ASSIGN_OR_RETURN(const auto reviews, store.reviews().ListReviews(ids));
  const auto index = static_cast<std::size_t>(cell.index);
  for (const domain::ReviewCase& review : reviews) {
    // Counting each review on its own applies the register's own rules (CountReviews), so the
    // listing cannot drift from the report.
    if (domain::CountReviews(std::span(&review, 1), out.year)[index] == 0) {
      continue;
    }
    out.reviews.push_back({review.agency_id, review.reference, review.kind, review.filed_on,
                           review.result, review.decided_on});
  }
  std::sort(out.reviews.begin(), out.reviews.end(), [](const auto& a, const auto& b) {
    return std::tie(a.filed_on, a.reference) < std::tie(b.filed_on, b.reference);
  });
  out.value = static_cast<double>(out.reviews.size());
  return core::Ok();
}

core::Status ExplainFigures(domain::Store& store, const std::vector<std::string>& ids,
                            const ProactiveCellPath& cell, CellExplanation& out) {
  for (const std::string& id : ids) {
    GONGKAI_ASSIGN_OR_RETURN(const domain::Agency agency, store.agencies().GetAgency(id));
    ExplainedFigure figure{id, agency.name, std::nullopt};
    core::Result<domain::ProactiveFigures> figures =
        store.annual_inputs().GetProactiveFigures(id, out.year);
    if (figures.has_value()) {
      figure.value = internal::ProactiveFigureValue(*figures, cell.row, cell.column);
      out.value += figure.value.value_or(0);
    } else if (figures.error().code != core::ErrorCode::kNotFound) {
      return figures.error();
    }
    out.figures.push_back(std::move(figure));
  }
  return core::Ok();
}

std::string DateText(const std::optional<core::Date>& date) {
  return date.has_value() ? date->ToString() : std::string("—");
}

std::string OutcomeText(const std::optional<RequestRow>& outcome) {
  if (!outcome.has_value()) {
    return "办理中";
  }
  const domain::RequestRowInfo& info = domain::RowInfo(*outcome);
  return info.group_label.empty() ? std::string(info.label)
                                  : std::string(info.group_label) + " " + std::string(info.label);
}

}  // namespace

core::Result<CellExplanation> Explain(domain::Store& store, const std::string& agency_id, int year,
                                      Scope scope, std::string_view cell_path) {
  GONGKAI_ASSIGN_OR_RETURN(const CellPath path, ParseCellPath(cell_path));
  if (year < 1900 || year > 2999) {
    return core::Error::InvalidArgument("报告年度 " + std::to_string(year) +
                                        " 超出 1900–2999 的范围");
  }
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<std::string> ids,
                           AgenciesInScope(store, agency_id, scope));
  CellExplanation out;
  out.cell = CellPathText(path);
  out.where = CellPathWhere(path);
  out.year = year;
  if (const auto* cell = std::get_if<RequestCellPath>(&path)) {
    GONGKAI_TRY(ExplainRequests(store, ids, *cell, out));
  } else if (const auto* review = std::get_if<ReviewCellPath>(&path)) {
    GONGKAI_TRY(ExplainReviews(store, ids, *review, out));
  } else {
    GONGKAI_TRY(ExplainFigures(store, ids, std::get<ProactiveCellPath>(path), out));
  }
  return out;
}

std::string FormatExplanation(const CellExplanation& explanation) {
  std::string out = std::to_string(explanation.year) + "年 " + explanation.cell + "（" +
                    explanation.where + "）= " + internal::FigureText(explanation.value) + "\n";
  for (const ExplainedCase& c : explanation.cases) {
    out += "  " + c.tracking_number + "  " +
           std::string(domain::ApplicantColumnLabel(c.applicant_kind)) + "  收到 " +
           DateText(c.received_on) + "  办结 " + DateText(c.closed_on) + "  " +
           OutcomeText(c.outcome) + "\n";
  }
  for (const ExplainedReview& r : explanation.reviews) {
    out += "  " + r.reference + "  " + std::string(domain::ReviewKindLabel(r.kind)) + "  收案 " +
           r.filed_on.ToString() + "  审结 " + DateText(r.decided_on) + "  " +
           std::string(domain::ReviewResultLabel(r.result)) + "  " + r.agency_id + "\n";
  }
  for (const ExplainedFigure& f : explanation.figures) {
    out += "  " + f.agency_id + "  " + f.agency_name + "  " +
           (f.value.has_value() ? internal::FigureText(f.value) : std::string("未录入")) + "\n";
  }
  if (explanation.cases.empty() && explanation.reviews.empty() && explanation.figures.empty()) {
    out += "  （没有记录）\n";
  }
  return out;
}

}  // namespace gongkai::report
