#include "audit/cell_run_resolver.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "audit/extraction_rules.h"
#include "audit/fused_run_splitter.h"
#include "audit/number_cell.h"

namespace gongkai::audit {
namespace {

using domain::Severity;

constexpr std::size_t kMaxQuoted = 20;

// The tokens a row is read from, pointing into the runs (no copies of their text).
using TokenRefs = std::vector<const LayoutToken*>;

std::string Quote(const TokenRefs& tokens) {
  std::string out;
  for (std::size_t i = 0; i < tokens.size() && i < kMaxQuoted; ++i) {
    out += i == 0 ? "" : " ";
    out += tokens[i]->kind == TokenKind::kBlank ? "（空白）" : tokens[i]->text;
  }
  if (tokens.size() > kMaxQuoted) {
    out += " …";
  }
  return out;
}

// "0", "17": digits without a leading zero, the cell every table is mostly made of.
bool IsPlainCount(std::u32string_view compact) {
  if (compact.empty() || compact.size() > 15 || (compact.size() > 1 && compact[0] == '0')) {
    return false;
  }
  return std::all_of(compact.begin(), compact.end(),
                     [](char32_t c) { return c >= '0' && c <= '9'; });
}

std::string Count(std::size_t n) {
  return std::to_string(n);
}

std::size_t CountNumbers(const TokenRefs& tokens) {
  std::size_t n = 0;
  for (const LayoutToken* token : tokens) {
    n += token->kind == TokenKind::kNumber ? 1 : 0;
  }
  return n;
}

void AppendRefs(TokenRun run, TokenRefs& out) {
  out.insert(out.end(), run.begin(), run.end());
}

// Picks the tokens that belong to the row; the numbers of runs that do not are reported.
TokenRefs Gather(std::span<const TokenRun> runs, const RowSpec& spec, ResolvedRow& out) {
  const auto count = static_cast<std::size_t>(spec.cell_count);
  TokenRefs tokens;
  if (runs.size() > 1 && count > 1 && runs[0].size() == count) {
    AppendRefs(runs[0], tokens);
    TokenRefs rest;
    for (std::size_t r = 1; r < runs.size(); ++r) {
      AppendRefs(runs[r], rest);
    }
    if (const std::size_t numbers = CountNumbers(rest); numbers > 0) {
      out.findings.push_back(MakeFinding(kRuleCellsUnplaced, Severity::kWarning, spec.RowWhere(),
                                         "本行的数字已整行读出；其后另有 " + Count(numbers) +
                                             " 个数字（" + Quote(rest) +
                                             "）无法确定属于哪一行，未采用"));
    }
  } else {
    tokens.reserve(count);
    for (const TokenRun run : runs) {
      AppendRefs(run, tokens);
    }
  }
  // Empty table cells beyond the row's width are layout padding, not cells.
  while (tokens.size() > count && tokens.back()->kind == TokenKind::kBlank) {
    tokens.pop_back();
  }
  std::size_t leading = 0;
  while (tokens.size() - leading > count && tokens[leading]->kind == TokenKind::kBlank) {
    ++leading;
  }
  tokens.erase(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(leading));
  return tokens;
}

// The value of a plain count ("0", "17"), as ParseNumberCell reads it.
double PlainCountValue(std::u32string_view digits) {
  double value = 0;
  for (char32_t c : digits) {
    value = value * 10 + static_cast<double>(c - '0');
  }
  return value;
}

std::optional<double> ReadCell(const LayoutToken& token, int column, const RowSpec& spec,
                               ResolvedRow& out) {
  if (token.kind == TokenKind::kNumber && IsPlainCount(token.compact)) {
    return PlainCountValue(token.compact);  // the common case: no finding to word
  }
  const std::string where = spec.cell_where(column);
  if (token.kind == TokenKind::kBlank) {
    out.findings.push_back(
        MakeFinding(kRuleCellsBlank, Severity::kWarning, where, "此格空白，没有数字，记为空"));
    return std::nullopt;
  }
  const NumberCell cell = ParseNumberCell(token.text);
  switch (cell.kind) {
    case CellKind::kBlank:
      out.findings.push_back(MakeFinding(kRuleCellsBlank, Severity::kWarning, where,
                                         "此格印作“" + cell.text + "”，没有数字，记为空"));
      return std::nullopt;
    case CellKind::kMalformed:
      out.findings.push_back(MakeFinding(kRuleCellsMalformed, Severity::kError, where,
                                         "此格印作“" + cell.text + "”，不是数字，记为空"));
      return std::nullopt;
    case CellKind::kValue:
      break;
  }
  if (spec.integers && !cell.integral) {
    out.findings.push_back(MakeFinding(kRuleCellsMalformed, Severity::kError, where,
                                       "此格印作“" + cell.text + "”，件数应为整数，记为空"));
    return std::nullopt;
  }
  if (cell.leading_zero) {
    const std::string read_as =
        cell.integral ? std::to_string(std::llround(cell.value)) : std::to_string(cell.value);
    out.findings.push_back(MakeFinding(
        kRuleCellsLeadingZero, Severity::kWarning, where,
        "此格印作“" + cell.text + "”，数字前多了 0（可能是录入失误），按 " + read_as + " 读取"));
  }
  return cell.value;
}

constexpr std::size_t kMaxCandidates = 64;

std::string Printed(const TokenRefs& tokens) {
  return "本行的数字连在一起印成“" + Quote(tokens) + "”";
}

void TakeSplit(const CellValues& cells, const TokenRefs& tokens, const std::string& why,
               const RowSpec& spec, ResolvedRow& out) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    out.cells[i] = static_cast<double>(cells[i]);
  }
  out.findings.push_back(MakeFinding(
      kRuleCellsSplitRun, Severity::kWarning, spec.RowWhere(),
      Printed(tokens) + "；" + why + "，已按此拆分为 " + JoinCellValues(cells) + "，请核对原表"));
}

// A fused row with fewer digits than cells ("000000" for seven cells) is printed with too few
// numbers: the report's error. Which cell is missing the layout cannot tell, so all are null.
bool TryTooFewDigits(const std::vector<std::string_view>& texts, const TokenRefs& tokens,
                     const RowSpec& spec, ResolvedRow& out) {
  std::size_t digits = 0;
  for (std::string_view text : texts) {
    digits += static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }));
  }
  const auto count = static_cast<std::size_t>(spec.cell_count);
  if (digits >= count) {
    return false;
  }
  out.findings.push_back(MakeFinding(kRuleCellsMissing, Severity::kError, spec.RowWhere(),
                                     Printed(tokens) + "，只有 " + Count(digits) +
                                         " 个数字，本行应有 " + Count(count) +
                                         " 个；缺的是哪一格无法判断，本行全部记为空"));
  return true;
}

// Runs a fused layout printed with fewer tokens than cells: every token a digit run, and either
// the row has its own arithmetic (then a lone run may come from any layout) or the tokens come
// from a line cut out of fused text (then any of them may hold several cells).
bool MaySplit(const TokenRefs& tokens, const RowSpec& spec) {
  if (tokens.empty()) {
    return false;
  }
  bool fused = true;
  for (const LayoutToken* token : tokens) {
    if (token->kind != TokenKind::kNumber || !IsDigitRun(token->text)) {
      return false;
    }
    fused = fused && token->fused;
  }
  return fused || ((spec.split_fused_runs || spec.review_groups) && tokens.size() == 1);
}

bool TrySplitFused(const TokenRefs& tokens, const RowSpec& spec, ResolvedRow& out) {
  if (!MaySplit(tokens, spec)) {
    return false;
  }
  std::vector<std::string_view> texts;
  for (const LayoutToken* token : tokens) {
    texts.emplace_back(token->text);
  }
  const SplitRule rule = spec.split_fused_runs ? SplitRule(LastIsSum)
                         : spec.review_groups  ? SplitRule(GroupsOfFiveSum)
                                               : SplitRule();
  // Digits as many as cells, or zeros that cannot lead a number, may leave one split whatever the
  // arithmetic: the layout alone decides it, and a rule it breaks is the report's error.
  const SplitCandidates forced = EnumerateSplits(texts, spec.cell_count, SplitRule(), 2);
  if (forced.readable && forced.splits.size() == 1 && !forced.truncated) {
    TakeSplit(forced.splits.front(), tokens, "只有一种拆分方式（每个数字不以 0 开头）", spec, out);
    return true;
  }
  if (TryTooFewDigits(texts, tokens, spec, out)) {
    return true;
  }
  const SplitCandidates found = EnumerateSplits(texts, spec.cell_count, rule, kMaxCandidates);
  if (!found.readable) {
    return false;
  }
  const std::string printed = Printed(tokens);
  const std::string arithmetic = spec.split_fused_runs ? "能使各类申请人之和等于总计"
                                 : spec.review_groups
                                     ? "能使每组结果维持、结果纠正、其他结果、尚未审结之和等于总计"
                                     : "（每个数字不以 0 开头）";
  if (found.splits.size() == 1 && !found.truncated) {
    TakeSplit(found.splits.front(), tokens, "只有一种拆分方式" + arithmetic, spec, out);
    return true;
  }
  if (found.splits.empty() && !found.truncated) {
    out.findings.push_back(
        MakeFinding(kRuleCellsFusedRun, Severity::kUnread, spec.RowWhere(),
                    printed + "，没有一种拆分方式" + arithmetic + "，本行全部记为空"));
    return true;
  }
  if (!found.truncated) {
    out.candidates = found.splits;
  }
  out.findings.push_back(
      MakeFinding(kRuleCellsFusedRun, Severity::kUnread, spec.RowWhere(),
                  printed + "，有多种拆分方式" + arithmetic + "，无法确定，本行全部记为空"));
  return true;
}

// Places tokens by their x positions when each is clearly nearest one distinct column centre.
bool TryPlaceByColumns(const TokenRefs& tokens, const RowSpec& spec, ResolvedRow& out) {
  if (!spec.column_centres.has_value() || tokens.empty()) {
    return false;
  }
  const std::vector<double>& centres = *spec.column_centres;
  double min_gap = std::numeric_limits<double>::max();
  for (std::size_t c = 1; c < centres.size(); ++c) {
    min_gap = std::min(min_gap, std::abs(centres[c] - centres[c - 1]));
  }
  std::vector<int> columns;
  std::vector<bool> taken(centres.size(), false);
  for (const LayoutToken* token : tokens) {
    const auto centre = TokenCentre(*token);
    if (!centre.has_value()) {
      return false;
    }
    std::size_t best = 0;
    for (std::size_t c = 1; c < centres.size(); ++c) {
      best = std::abs(centres[c] - *centre) < std::abs(centres[best] - *centre) ? c : best;
    }
    if (taken[best] || std::abs(centres[best] - *centre) >= min_gap * 0.35) {
      return false;
    }
    taken[best] = true;
    columns.push_back(static_cast<int>(best));
  }
  std::string absent;
  for (std::size_t c = 0; c < centres.size(); ++c) {
    if (!taken[c]) {
      absent += (absent.empty() ? "“" : "、“") + spec.column_name(static_cast<int>(c)) + "”";
    }
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    out.cells[static_cast<std::size_t>(columns[i])] = ReadCell(*tokens[i], columns[i], spec, out);
  }
  out.findings.push_back(MakeFinding(
      kRuleCellsMissing, Severity::kError, spec.RowWhere(),
      "本行应有 " + Count(centres.size()) + " 个数字，报告只印出 " + Count(tokens.size()) +
          " 个，已按各数字在表中的位置对应到列；" + absent + "列空缺，记为空"));
  return true;
}

void ResolveShortRow(const TokenRefs& tokens, const RowSpec& spec, ResolvedRow& out) {
  if (TrySplitFused(tokens, spec, out) || TryPlaceByColumns(tokens, spec, out)) {
    return;
  }
  const std::string expected = Count(static_cast<std::size_t>(spec.cell_count));
  if (tokens.empty()) {
    out.findings.push_back(MakeFinding(
        kRuleCellsMissing, Severity::kUnread, spec.RowWhere(),
        "本行应有 " + expected + " 个数字，但没有找到能确定属于本行的数字，全部记为空"));
    return;
  }
  std::optional<double> common;
  bool equal = true;
  for (const LayoutToken* token : tokens) {
    const NumberCell cell = ParseNumberCell(token->text);
    const bool usable = token->kind == TokenKind::kNumber && cell.kind == CellKind::kValue &&
                        (cell.integral || !spec.integers);
    equal = equal && usable && (!common.has_value() || *common == cell.value);
    common = cell.value;
  }
  const std::string printed = "报告只印出 " + Count(tokens.size()) + " 个（" + Quote(tokens) + "）";
  if (!equal) {
    out.findings.push_back(MakeFinding(kRuleCellsMissing, Severity::kError, spec.RowWhere(),
                                       "本行应有 " + expected + " 个数字，" + printed +
                                           "，且各数字不同，无法确定缺的是哪一格，本行全部记为空"));
    return;
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    out.cells[i] = ReadCell(*tokens[i], static_cast<int>(i), spec, out);
  }
  out.findings.push_back(MakeFinding(
      kRuleCellsMissing, Severity::kError, spec.RowWhere(),
      "本行应有 " + expected + " 个数字，" + printed +
          "。缺的是哪一格无法从版面判断；因印出的数字都相同，已依次填入前 " + Count(tokens.size()) +
          " 格，其余 " + Count(static_cast<std::size_t>(spec.cell_count) - tokens.size()) +
          " 格记为空，请核对原表"));
}

}  // namespace

std::optional<double> TokenCentre(const LayoutToken& token) {
  if (!token.x_begin.has_value() || !token.x_end.has_value()) {
    return std::nullopt;
  }
  return (*token.x_begin + *token.x_end) / 2;
}

ResolvedRow ResolveRow(const std::vector<CellRun>& runs, const RowSpec& spec) {
  TokenRefs refs;
  for (const CellRun& run : runs) {
    for (const LayoutToken& token : run.tokens) {
      refs.push_back(&token);
    }
  }
  std::vector<TokenRun> views;
  views.reserve(runs.size());
  std::size_t first = 0;
  for (const CellRun& run : runs) {
    views.emplace_back(refs.data() + first, run.tokens.size());
    first += run.tokens.size();
  }
  return ResolveRow(std::span<const TokenRun>(views), spec);
}

ResolvedRow ResolveRow(std::span<const TokenRun> runs, const RowSpec& spec) {
  ResolvedRow out;
  const auto count = static_cast<std::size_t>(spec.cell_count);
  out.cells.assign(count, std::nullopt);
  const TokenRefs tokens = Gather(runs, spec, out);
  if (tokens.size() == count) {
    for (std::size_t i = 0; i < count; ++i) {
      out.cells[i] = ReadCell(*tokens[i], static_cast<int>(i), spec, out);
    }
  } else if (tokens.size() > count) {
    out.findings.push_back(MakeFinding(kRuleCellsExtra, Severity::kError, spec.RowWhere(),
                                       "本行应有 " + Count(count) + " 个数字，报告印出 " +
                                           Count(tokens.size()) + " 个（" + Quote(tokens) +
                                           "），无法确定各数字属于哪一列，本行全部记为空"));
  } else {
    ResolveShortRow(tokens, spec, out);
  }
  return out;
}

}  // namespace gongkai::audit
