// Reading the proactive-disclosure table of section 二: the 第二十条 blocks with their rows and
// columns, in the template the report follows (2021: 6 rows, 10 cells; 2019: 8 rows with other
// columns), and noticing which template its column headers belong to.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "audit/layout_tokenizer.h"
#include "audit/row_label_matcher.h"
#include "domain/annual_report.h"
#include "domain/finding.h"

namespace gongkai::audit {

// What a text token of section 二 was read as.
struct ProactiveTokenLabel {
  bool block = false;                 // a 第二十条 block header
  std::optional<ProactiveLabel> row;  // else a row label, or nothing (a column header, prose)
};

// Which template the printed column headers and blocks belong to, and what each text token is.
struct ProactiveMarks {
  bool template_2021 = false;  // 本年制发件数, 本年废止件数, 现行有效件数, 本年收费金额
  bool template_2019 =
      false;  // 本年新制作数量, 对外公开总数量, 上一年项目数量, 第二十条第（九）项…
  int blocks = 0;  // 第二十条 block headers seen
  int rows = 0;    // row labels recognised
  // One entry per text token of the scanned lines, in order: each label is matched once, for the
  // marks and for ParseProactiveTable.
  std::vector<ProactiveTokenLabel> labels;
};

// Scans the text tokens of section 二 for the marks of each template. Linear; pure.
ProactiveMarks ScanProactiveMarks(const LayoutLines& lines, const RowLabelMatcher& matcher);

struct ProactiveTableResult {
  // Row label -> cells, only for the rows of `version` that were printed (canonical labels).
  std::map<std::string, domain::ProactiveRow> rows;
  std::vector<domain::Finding> findings;
  // Rows left null because a fused run had several splits: row label -> every split, for other
  // evidence (the report's prose) to choose from.
  std::map<std::string, std::vector<std::vector<std::int64_t>>> ambiguous;
};

// Reads the cells of the template's rows. Numbers go to the row label before them; inside one
// 第二十条 block holding a single row, numbers printed before its label (a scrambled text dump)
// belong to it when they are exactly as many as its columns. Other numbers without a row are
// reported, never guessed. Rows of the template not printed get structure.row_missing.
// REQUIRES: `marks` is ScanProactiveMarks(lines, …).
ProactiveTableResult ParseProactiveTable(const LayoutLines& lines, const ProactiveMarks& marks,
                                         domain::TemplateVersion version);

}  // namespace gongkai::audit
