#include "audit/proactive_table_parser.h"

#include <optional>
#include <string_view>

#include "audit/cell_run_resolver.h"
#include "audit/extraction_rules.h"

namespace gongkai::audit {
namespace {

using domain::ProactiveRowSpec;
using domain::Severity;
using domain::TemplateVersion;

constexpr std::string_view kSection2 = "二、主动公开政府信息情况";

bool Contains(std::u32string_view text, std::u32string_view word) {
  return text.find(word) != std::u32string_view::npos;
}

// The template row a printed label stands for.
std::optional<std::string_view> RowNameOf(ProactiveLabel label, TemplateVersion version) {
  const bool v2019 = version == TemplateVersion::k2019;
  switch (label) {
    case ProactiveLabel::kRules:
      return "规章";
    case ProactiveLabel::kNormativeDocuments:
      return v2019 ? "规范性文件" : "行政规范性文件";
    case ProactiveLabel::kLicensing:
      return "行政许可";
    case ProactiveLabel::kOtherServices:
      return v2019 ? std::optional<std::string_view>("其他对外管理服务事项") : std::nullopt;
    case ProactiveLabel::kPenalty:
      return "行政处罚";
    case ProactiveLabel::kCoercion:
      return "行政强制";
    case ProactiveLabel::kFees:
      return "行政事业性收费";
    case ProactiveLabel::kProcurement:
      return v2019 ? std::optional<std::string_view>("政府集中采购") : std::nullopt;
  }
  return std::nullopt;
}

const ProactiveRowSpec* SpecOf(std::string_view row, TemplateVersion version) {
  for (const ProactiveRowSpec& spec : domain::ProactiveRowsOf(version)) {
    if (spec.row == row) {
      return &spec;
    }
  }
  return nullptr;
}

struct Capture {
  std::vector<CellRun> runs;
  std::size_t last_line = 0;
};

// Rows are named by the template's own labels (static strings, see RowNameOf).
struct Block {
  std::vector<LayoutToken> leading;    // numbers before any row label of the block
  std::vector<std::string_view> rows;  // template rows labelled in the block
};

struct Scan {
  std::map<std::string_view, Capture> captures;
  std::vector<Block> blocks = std::vector<Block>(1);
  std::vector<LayoutToken> unplaced;
};

void AddValue(Scan& scan, const std::optional<std::string_view>& current, const LayoutToken& token,
              std::size_t line) {
  if (!current.has_value()) {
    if (token.kind == TokenKind::kNumber) {
      scan.blocks.back().leading.push_back(token);
    }
    return;
  }
  if (current->empty()) {
    return;  // a row the template does not have (a 2019 row in a 2021 table): not read
  }
  Capture& capture = scan.captures[*current];
  if (capture.runs.empty() || capture.last_line != line) {
    capture.runs.emplace_back();
    capture.last_line = line;
  }
  capture.runs.back().tokens.push_back(token);
}

Scan CaptureRows(const LayoutLines& lines, const ProactiveMarks& marks, TemplateVersion version) {
  Scan scan;
  std::optional<std::string_view> current;
  std::size_t text_index = 0;  // into marks.labels
  for (const LayoutLine& line : lines) {
    for (const LayoutToken& token : line.tokens) {
      if (token.kind != TokenKind::kText) {
        AddValue(scan, current, token, line.source_line);
        continue;
      }
      const ProactiveTokenLabel& label = marks.labels[text_index++];
      if (label.block) {
        scan.blocks.emplace_back();
        current.reset();
        continue;
      }
      if (!label.row.has_value()) {
        continue;  // a column header or other text
      }
      current = RowNameOf(*label.row, version).value_or("");
      if (!current->empty() && !scan.captures.contains(*current)) {
        scan.captures[*current];
        scan.blocks.back().rows.push_back(*current);
      }
    }
  }
  return scan;
}

// A block with one row whose numbers all came before its label: they can only be that row's.
void AdoptLeadingNumbers(Scan& scan, TemplateVersion version) {
  for (Block& block : scan.blocks) {
    if (block.leading.empty()) {
      continue;
    }
    if (block.rows.size() == 1) {
      Capture& capture = scan.captures[block.rows[0]];
      const ProactiveRowSpec* spec = SpecOf(block.rows[0], version);
      if (capture.runs.empty() && spec != nullptr &&
          block.leading.size() == static_cast<std::size_t>(spec->column_count)) {
        capture.runs.push_back(CellRun{block.leading});
        continue;
      }
    }
    scan.unplaced.insert(scan.unplaced.end(), block.leading.begin(), block.leading.end());
  }
}

std::string RowWhere(const ProactiveRowSpec& spec) {
  return std::string(kSection2) + " / " + std::string(spec.block) + " " + std::string(spec.row);
}

}  // namespace

ProactiveMarks ScanProactiveMarks(const LayoutLines& lines, const RowLabelMatcher& matcher) {
  ProactiveMarks marks;
  NormalizedLabel label;  // reused for every label
  for (const LayoutLine& line : lines) {
    for (const LayoutToken& token : line.tokens) {
      if (token.kind != TokenKind::kText) {
        continue;
      }
      NormalizeCompactInto(token.compact, label);
      const std::u32string& core = label.core;
      const auto block = RowLabelMatcher::MatchArticleBlock(core);
      ProactiveTokenLabel& read = marks.labels.emplace_back();
      read.block = block.has_value();
      read.row = matcher.MatchProactive(label);
      marks.blocks += read.block ? 1 : 0;
      marks.rows += read.row.has_value() ? 1 : 0;
      marks.template_2021 = marks.template_2021 || Contains(core, U"制发") ||
                            Contains(core, U"废止件数") || Contains(core, U"现行有效") ||
                            Contains(core, U"收费金额");
      marks.template_2019 = marks.template_2019 || Contains(core, U"新制作") ||
                            Contains(core, U"新公开数量") || Contains(core, U"对外公开总数") ||
                            Contains(core, U"上一年项目") || Contains(core, U"本年增减") ||
                            Contains(core, U"政府集中采购") || Contains(core, U"采购项目数量") ||
                            Contains(core, U"其他对外管理服务事项") || block == 9;
    }
  }
  return marks;
}

ProactiveTableResult ParseProactiveTable(const LayoutLines& lines, const ProactiveMarks& marks,
                                         TemplateVersion version) {
  ProactiveTableResult result;
  Scan scan = CaptureRows(lines, marks, version);
  AdoptLeadingNumbers(scan, version);
  for (const ProactiveRowSpec& spec : domain::ProactiveRowsOf(version)) {
    const std::string_view name = spec.row;
    domain::ProactiveRow& row = result.rows[std::string(name)];
    for (int c = 0; c < spec.column_count; ++c) {
      row[std::string(spec.columns[static_cast<std::size_t>(c)])] = std::nullopt;
    }
    const auto capture = scan.captures.find(name);
    if (capture == scan.captures.end()) {
      result.findings.push_back(MakeFinding(kRuleRowMissing, Severity::kUnread, RowWhere(spec),
                                            "表中没有找到这一行，其数字记为空"));
      continue;
    }
    RowSpec row_spec;
    row_spec.cell_count = spec.column_count;
    row_spec.integers = false;  // counts with fractions are left to cells.nonnegative
    row_spec.row_where_later = [&spec] {
      return RowWhere(spec);
    };
    row_spec.column_name = [&spec](int c) {
      return std::string(spec.columns[static_cast<std::size_t>(c)]);
    };
    row_spec.cell_where = [&spec](int c) {
      return RowWhere(spec) + " / " + std::string(spec.columns[static_cast<std::size_t>(c)]);
    };
    ResolvedRow resolved = ResolveRow(capture->second.runs, row_spec);
    for (int c = 0; c < spec.column_count; ++c) {
      row[std::string(spec.columns[static_cast<std::size_t>(c)])] =
          resolved.cells[static_cast<std::size_t>(c)];
    }
    result.findings.insert(result.findings.end(), resolved.findings.begin(),
                           resolved.findings.end());
    if (!resolved.candidates.empty()) {
      result.ambiguous[std::string(name)] = std::move(resolved.candidates);
    }
  }
  if (!scan.unplaced.empty()) {
    std::string quoted;
    for (const LayoutToken& token : scan.unplaced) {
      quoted += (quoted.empty() ? "" : " ") + token.text;
    }
    result.findings.push_back(
        MakeFinding(kRuleCellsUnplaced, Severity::kWarning, std::string(kSection2),
                    "表中有 " + std::to_string(scan.unplaced.size()) + " 个数字（" + quoted +
                        "）不在任何行名之后，无法确定属于哪一行，未采用"));
  }
  return result;
}

}  // namespace gongkai::audit
