#include "audit/review_table_parser.h"

#include <cmath>
#include <string>

#include "audit/cell_run_resolver.h"

namespace gongkai::audit {
namespace {

constexpr std::string_view kSection4 = "四、政府信息公开行政复议、行政诉讼情况";
constexpr std::size_t kMaxHeaderCore = 30;

// Running text after the values: a sentence, or a text much longer than any header cell.
bool EndsTable(const LayoutToken& token) {
  return token.compact.find(U'。') != std::u32string::npos || token.compact.size() > kMaxHeaderCore;
}

// The value tokens of the table, one run per source line, up to the running text that follows.
std::vector<CellRun> CollectRuns(const LayoutLines& lines) {
  std::vector<CellRun> runs;
  std::size_t last_line = 0;
  for (const LayoutLine& line : lines) {
    for (const LayoutToken& token : line.tokens) {
      if (token.kind == TokenKind::kText) {
        if (!runs.empty() && EndsTable(token)) {
          return runs;
        }
        continue;
      }
      if (runs.empty() || last_line != line.source_line) {
        runs.emplace_back();
        last_line = line.source_line;
      }
      runs.back().tokens.push_back(token);
    }
  }
  return runs;
}

}  // namespace

ReviewTableResult ParseReviewTable(const LayoutLines& lines) {
  ReviewTableResult result;
  const std::vector<CellRun> runs = CollectRuns(lines);
  for (const CellRun& run : runs) {
    for (const LayoutToken& token : run.tokens) {
      result.found = result.found || token.kind == TokenKind::kNumber;
    }
  }
  if (!result.found) {
    return result;
  }
  RowSpec spec;
  spec.cell_count = domain::kReviewLitigationCount;
  spec.integers = true;
  spec.review_groups = true;
  spec.row_where = std::string(kSection4);
  spec.column_name = [](int c) {
    return domain::ReviewLitigationCellLabel(c);
  };
  spec.cell_where = [](int c) {
    return std::string(kSection4) + " / " + domain::ReviewLitigationCellLabel(c);
  };
  ResolvedRow resolved = ResolveRow(runs, spec);
  for (std::size_t c = 0; c < resolved.cells.size(); ++c) {
    if (resolved.cells[c].has_value()) {
      result.cells[c] = std::llround(*resolved.cells[c]);
    }
  }
  result.findings = std::move(resolved.findings);
  return result;
}

}  // namespace gongkai::audit
