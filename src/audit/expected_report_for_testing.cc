#include "audit/expected_report_for_testing.h"

#include <cmath>
#include <optional>

#include <nlohmann/json.hpp>

namespace gongkai::audit {
namespace {

using nlohmann::json;

void CompareCell(const std::string& where, const json& expected, std::optional<double> actual,
                 bool nulls_must_agree, CellTally& tally) {
  if (expected.is_null()) {
    ++tally.expected_null;
    if (nulls_must_agree && actual.has_value()) {
      tally.mismatches.push_back(where + ": expected null, got " + std::to_string(*actual));
    }
    return;
  }
  if (!actual.has_value()) {
    ++tally.null_output;
    tally.missed.push_back(where);
    return;
  }
  if (std::abs(expected.get<double>() - *actual) > 1e-9) {
    tally.mismatches.push_back(where + ": expected " + expected.dump() + ", got " +
                               std::to_string(*actual));
    return;
  }
  ++tally.matched;
}

std::optional<double> AsDouble(const domain::CountCell& cell) {
  return cell.has_value() ? std::optional<double>(static_cast<double>(*cell)) : std::nullopt;
}

}  // namespace

CellTally CompareWithExpected(const domain::AnnualReport& report, std::string_view expected_json,
                              bool nulls_must_agree) {
  const json expected = json::parse(expected_json);
  CellTally tally;
  for (const auto& [row, columns] : expected["proactive"].items()) {
    const auto mine = report.proactive->find(row);
    for (const auto& [column, value] : columns.items()) {
      std::optional<double> actual;
      if (mine != report.proactive->end() && mine->second.contains(column)) {
        actual = mine->second.at(column);
      }
      CompareCell("二/" + row + "/" + column, value, actual, nulls_must_agree, tally);
    }
  }
  for (const auto& [key, cells] : expected["requests"].items()) {
    const auto row = domain::RowFromKey(key);
    if (!row.has_value()) {
      tally.mismatches.push_back("unknown key " + key);
      continue;
    }
    for (int c = 0; c < domain::kApplicantColumnCount; ++c) {
      CompareCell("三/" + key + "/" + std::to_string(c), cells[static_cast<std::size_t>(c)],
                  AsDouble(report.row(*row)[static_cast<std::size_t>(c)]), nulls_must_agree, tally);
    }
  }
  const json& review = expected["review_litigation"];
  for (int i = 0; i < domain::kReviewLitigationCount; ++i) {
    CompareCell("四/" + std::to_string(i), review[static_cast<std::size_t>(i)],
                AsDouble((*report.review_litigation)[static_cast<std::size_t>(i)]),
                nulls_must_agree, tally);
  }
  return tally;
}

std::string DescribeFindings(const domain::AnnualReport& report) {
  std::string out;
  for (const domain::Finding& f : report.findings) {
    out += std::string(domain::SeverityName(f.severity)) + " " + f.rule + " @ " + f.where + ": " +
           f.message + "\n";
  }
  return out;
}

}  // namespace gongkai::audit
