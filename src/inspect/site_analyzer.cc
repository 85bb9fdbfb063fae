#include "inspect/site_analyzer.h"

#include "inspect/page_checks.h"

namespace gongkai::inspect {
namespace {

void Append(std::vector<Problem>& to, std::vector<Problem> from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

}  // namespace

void SiteAnalyzer::OnPage(const std::string& url, bool homepage, const PageScan& scan,
                          int elapsed_ms) {
  Append(state_.problems, CheckWording(url, scan, wording_, traditional_));
  Append(state_.problems, CheckCatalogueItem(url, scan));
  Append(state_.problems, CheckAccessibility(url, scan));
  if (elapsed_ms > rules_.slow_page_ms) {
    state_.problems.push_back({"page-slow", Severity::kWarning, url, url,
                               "页面加载用时 " + std::to_string(elapsed_ms) + " 毫秒"});
  }
  if (homepage) {
    state_.homepage_seen = true;
    state_.homepage_newest = NewestDate(scan);
    state_.homepage_links = scan.links.size();
    return;
  }
  std::optional<ColumnObservation> column = ObserveColumn(url, scan);
  if (!column.has_value()) {
    return;
  }
  if (column->column_class == ColumnClass::kInteraction) {
    std::vector<MessageObservation> messages = ObserveMessages(url, scan);
    state_.messages.insert(state_.messages.end(), std::make_move_iterator(messages.begin()),
                           std::make_move_iterator(messages.end()));
  }
  state_.columns.push_back(std::move(*column));
}

}  // namespace gongkai::inspect
