#include "layouts/layout_check.h"

#include <cmath>
#include <optional>

namespace gongkai::layouts {
namespace {

void Count(const std::string& where, std::optional<double> source, std::optional<double> read,
           LayoutTally& tally) {
  if (!source.has_value()) {
    return;
  }
  if (!read.has_value()) {
    ++tally.null;
    tally.null_cells.push_back(where);
  } else if (std::abs(*read - *source) > 1e-9) {
    ++tally.wrong;
    tally.wrong_cells.push_back(where);
  } else {
    ++tally.right;
  }
}

std::optional<double> AsDouble(const domain::CountCell& cell) {
  return cell.has_value() ? std::optional<double>(static_cast<double>(*cell)) : std::nullopt;
}

}  // namespace

LayoutTally CompareReading(const domain::AnnualReport& source, const domain::AnnualReport& read) {
  LayoutTally tally;
  for (const domain::Finding& finding : read.findings) {
    tally.unread = tally.unread || finding.severity == domain::Severity::kUnread;
    if (finding.severity == domain::Severity::kError) {
      tally.rules_erred.push_back(finding.rule);
    }
  }
  if (source.proactive.has_value()) {
    for (const auto& [row, cells] : *source.proactive) {
      for (const auto& [column, value] : cells) {
        std::optional<double> mine;
        if (read.proactive.has_value() && read.proactive->contains(row) &&
            read.proactive->at(row).contains(column)) {
          mine = read.proactive->at(row).at(column);
        }
        Count("二/" + row + "/" + column, value, mine, tally);
      }
    }
  }
  if (source.requests.has_value()) {
    for (domain::RequestRow row :
         domain::RowsOf(source.template_version, source.single_other_row)) {
      for (int c = 0; c < domain::kApplicantColumnCount; ++c) {
        const auto column = static_cast<std::size_t>(c);
        const std::optional<double> mine =
            read.requests.has_value() ? AsDouble(read.row(row)[column]) : std::nullopt;
        Count("三/" + std::string(domain::RowInfo(row).key) + "/" + std::to_string(c),
              AsDouble(source.row(row)[column]), mine, tally);
      }
    }
  }
  if (source.review_litigation.has_value()) {
    for (std::size_t i = 0; i < source.review_litigation->size(); ++i) {
      const std::optional<double> mine = read.review_litigation.has_value()
                                             ? AsDouble((*read.review_litigation)[i])
                                             : std::nullopt;
      Count("四/" + std::to_string(i), AsDouble((*source.review_litigation)[i]), mine, tally);
    }
  }
  return tally;
}

}  // namespace gongkai::layouts
