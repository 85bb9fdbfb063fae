// The name of one cell of the annual report as users type it on the command line, e.g.
// `三.不予公开.5.自然人`, `三.新收` (总计 column), `四.行政复议.结果维持`, `四.复议后起诉.总计`,
// `二.行政许可.本年处理决定数量`. Used by `gongkai report --explain` and the web report page.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/result.h"
#include "domain/report_taxonomy.h"

namespace gongkai::report {

// A cell of section 三: a row of the 2021 template and a column 0..6 (6 = 总计).
struct RequestCellPath {
  domain::RequestRow row = domain::RequestRow::kNewlyReceived;
  int column = domain::kTotalColumn;
};

// A cell of section 四: index 0..14 in print order.
struct ReviewCellPath {
  int index = 0;
};

// A cell of section 二 (2021 template), by its canonical row and column labels.
struct ProactiveCellPath {
  std::string row;
  std::string column;
};

using CellPath = std::variant<RequestCellPath, ReviewCellPath, ProactiveCellPath>;

// Parses a cell path. Segments are separated by '.' (also full-width '．' or '/'); the section
// is 二/三/四 (or 2/3/4). Section 三: a row key of report-json.md then an optional column label
// (default 总计). Section 四: the group (行政复议, [行政诉讼.]未经复议直接起诉,
// [行政诉讼.]复议后起诉) then a result column. Section 二: row then column (optional when the row
// has one column). kInvalidArgument with a Chinese message giving the accepted forms otherwise.
// Pure.
core::Result<CellPath> ParseCellPath(std::string_view text);

// The canonical text of a path, e.g. "三.不予公开.5.自然人" (ParseCellPath reads it back).
std::string CellPathText(const CellPath& path);

// Where the cell is, in the report's own words (as in findings).
std::string CellPathWhere(const CellPath& path);

}  // namespace gongkai::report
