#include "audit/table_arithmetic_resolver.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "audit/extraction_rules.h"
#include "audit/fused_run_splitter.h"

namespace gongkai::audit {
namespace {

using domain::RequestRow;
using Cells = std::vector<std::int64_t>;

constexpr std::size_t kMaxCombinations = 20000;
constexpr std::size_t kColumns = domain::kApplicantColumnCount;

struct Table {
  std::vector<Cells> values;              // per RequestRow; empty when not found
  std::vector<std::size_t> ambiguous;     // rows with candidates
  std::vector<std::size_t> outcome_rows;  // found outcome rows
};

std::size_t Index(RequestRow row) {
  return static_cast<std::size_t>(row);
}

// The table's cells as read; false when a row the rules need is missing or has a null cell
// without candidates.
bool Load(const RequestTableResult& result, Table& table) {
  table.values.assign(result.rows.size(), Cells());
  for (std::size_t i = 0; i < result.rows.size(); ++i) {
    const ParsedRequestRow& row = result.rows[i];
    const auto which = static_cast<RequestRow>(i);
    if (!row.found) {
      continue;
    }
    if (domain::RowInfo(which).is_outcome) {
      table.outcome_rows.push_back(i);
    }
    if (!row.candidates.empty()) {
      table.ambiguous.push_back(i);
      continue;
    }
    for (const domain::CountCell& cell : row.cells) {
      if (!cell.has_value()) {
        return false;
      }
      table.values[i].push_back(*cell);
    }
  }
  for (RequestRow needed : {RequestRow::kNewlyReceived, RequestRow::kCarriedFromLastYear,
                            RequestRow::kTotal, RequestRow::kCarriedToNextYear}) {
    if (!result.rows[Index(needed)].found) {
      return false;
    }
  }
  return !table.ambiguous.empty() && !table.outcome_rows.empty();
}

bool Holds(const Table& table) {
  const Cells& received = table.values[Index(RequestRow::kNewlyReceived)];
  const Cells& carried = table.values[Index(RequestRow::kCarriedFromLastYear)];
  const Cells& total = table.values[Index(RequestRow::kTotal)];
  const Cells& next = table.values[Index(RequestRow::kCarriedToNextYear)];
  for (std::size_t c = 0; c < kColumns; ++c) {
    if (received[c] + carried[c] != total[c] + next[c]) {
      return false;
    }
    std::int64_t outcomes = 0;
    for (std::size_t row : table.outcome_rows) {
      outcomes += table.values[row][c];
    }
    if (outcomes != total[c]) {
      return false;
    }
  }
  return true;
}

void Fill(const Table& table, RequestTableResult& result) {
  for (std::size_t i : table.ambiguous) {
    ParsedRequestRow& row = result.rows[i];
    for (std::size_t c = 0; c < kColumns; ++c) {
      row.cells[c] = table.values[i][c];
    }
    const auto fused =
        std::find_if(row.findings.begin(), row.findings.end(),
                     [](const domain::Finding& f) { return f.rule == kRuleCellsFusedRun; });
    std::string where = fused != row.findings.end()
                            ? fused->where
                            : domain::RequestCellWhere(static_cast<RequestRow>(i), std::nullopt);
    std::erase_if(row.findings,
                  [](const domain::Finding& f) { return f.rule == kRuleCellsFusedRun; });
    row.findings.push_back(MakeFinding(
        kRuleCellsSplitRun, domain::Severity::kWarning, std::move(where),
        "本行连在一起的数字有 " + std::to_string(row.candidates.size()) +
            " 种拆分方式能使各类申请人之和等于总计；与全表的勾稽关系（新收 + 上年结转 = 总计 + "
            "结转下年度，总计 = 各办理结果之和）相符的只有一种，已按此拆分为 " +
            JoinCellValues(table.values[i]) + "，请核对原表"));
    row.candidates.clear();
  }
}

}  // namespace

void ResolveByTableArithmetic(RequestTableResult& result) {
  if (std::none_of(result.rows.begin(), result.rows.end(),
                   [](const ParsedRequestRow& row) { return !row.candidates.empty(); })) {
    return;  // the common case: nothing to decide
  }
  Table table;
  if (!Load(result, table)) {
    return;
  }
  std::size_t combinations = 1;
  for (std::size_t i : table.ambiguous) {
    combinations *= result.rows[i].candidates.size();
    if (combinations > kMaxCombinations) {
      return;
    }
  }
  std::vector<std::size_t> choice(table.ambiguous.size(), 0);
  std::vector<std::size_t> passing;
  int passes = 0;
  for (std::size_t n = 0; n < combinations && passes < 2; ++n) {
    for (std::size_t k = 0; k < choice.size(); ++k) {
      const std::size_t row = table.ambiguous[k];
      table.values[row] = result.rows[row].candidates[choice[k]];
    }
    if (Holds(table)) {
      ++passes;
      passing = choice;
    }
    for (std::size_t k = 0; k < choice.size(); ++k) {  // the next combination (odometer)
      if (++choice[k] < result.rows[table.ambiguous[k]].candidates.size()) {
        break;
      }
      choice[k] = 0;
    }
  }
  if (passes != 1) {
    return;
  }
  for (std::size_t k = 0; k < passing.size(); ++k) {
    const std::size_t row = table.ambiguous[k];
    table.values[row] = result.rows[row].candidates[passing[k]];
  }
  Fill(table, result);
}

}  // namespace gongkai::audit
