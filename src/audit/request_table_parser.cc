#include "audit/request_table_parser.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <functional>
#include <map>
#include <memory_resource>
#include <optional>
#include <utility>

#include "audit/cell_run_resolver.h"
#include "audit/column_order_recovery.h"
#include "audit/extraction_rules.h"
#include "audit/table_arithmetic_resolver.h"
#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

using domain::RequestRow;
using domain::Severity;

constexpr std::string_view kSection3 = "三、收到和处理政府信息公开申请情况";

// Bytes on the stack for the captures of a table (25 rows of about seven values and a label):
// the vectors of a typical table need no heap allocation.
constexpr std::size_t kCaptureArenaBytes = 16 * 1024;

// The value tokens of one row, pointing into the parsed LayoutLines, cut into runs by line. Its
// vectors come from the Capturer's arena.
struct RowCapture {
  std::pmr::vector<const LayoutToken*> tokens;
  std::pmr::vector<std::size_t> run_starts;  // index in `tokens` of each run's first token
  std::pmr::vector<std::size_t> run_lines;   // source line of each run
  int first_page = 0;                        // page of the first run
  std::pmr::u32string printed;               // the label as printed (first fragment), compact
  std::pmr::u32string printed_core;          // NormalizeLabel(printed label).core of the row

  explicit RowCapture(std::pmr::memory_resource* memory)
      : tokens(memory),
        run_starts(memory),
        run_lines(memory),
        printed(memory),
        printed_core(memory) {}

  bool empty() const { return run_starts.empty(); }
  TokenRun Run(std::size_t run) const {
    const std::size_t end = run + 1 < run_starts.size() ? run_starts[run + 1] : tokens.size();
    return TokenRun(tokens.data() + run_starts[run], end - run_starts[run]);
  }
};

class Capturer {
 public:
  explicit Capturer(const RowLabelMatcher& matcher)
      : matcher_(matcher), captures_(MakeCaptures(&arena_)) {}
  Capturer(const Capturer&) = delete;
  Capturer& operator=(const Capturer&) = delete;

  void Feed(const LayoutLine& line) {
    for (const LayoutToken& token : line.tokens) {
      if (token.kind == TokenKind::kText) {
        FeedText(token);
      } else {
        FeedValue(token, line);
      }
    }
  }

  RequestTableResult& result() { return result_; }
  std::array<RowCapture, domain::kRequestRowCount>& captures() { return captures_; }
  const std::vector<const LayoutToken*>& orphans() const { return orphans_; }

 private:
  using Captures = std::array<RowCapture, domain::kRequestRowCount>;

  template <std::size_t... I>
  static Captures MakeCaptures(std::pmr::memory_resource* memory, std::index_sequence<I...>) {
    return {((void)I, RowCapture(memory))...};
  }
  static Captures MakeCaptures(std::pmr::memory_resource* memory) {
    return MakeCaptures(memory, std::make_index_sequence<domain::kRequestRowCount>());
  }

  void FeedText(const LayoutToken& token) {
    SplitAtOrdinalsInto(token.compact, pieces_);
    for (std::u32string_view piece : pieces_) {
      NormalizeCompactInto(piece, label_);
      if (!pending_ordinal_.empty() && label_.ordinal.kind == OrdinalKind::kNone) {
        // "(三)" on one line and "不予公开" on the next are one label.
        joined_ = pending_ordinal_;
        joined_ += piece;
        piece = joined_;
        NormalizeCompactInto(piece, label_);
      }
      pending_ordinal_.clear();
      if (label_.core.empty()) {
        if (label_.ordinal.kind != OrdinalKind::kNone) {
          pending_ordinal_ = piece;
        }
        continue;
      }
      Apply(matcher_.MatchRequest(label_, context_), piece, label_);
    }
  }

  // `piece` is already folded and compact, so `label` is what NormalizeLabel gives for its UTF-8.
  void Apply(const RequestLabelMatch& match, std::u32string_view piece,
             const NormalizedLabel& label) {
    if (match.kind == RequestLabelMatch::Kind::kGroup) {
      context_.group = match.group;
      return;
    }
    if (match.kind != RequestLabelMatch::Kind::kRow || current_ == match.row) {
      return;  // not a label, or the continuation of the current one
    }
    current_ = match.row;
    context_.last_row = match.row;
    if (match.row == RequestRow::kOtherSingle) {
      context_.group = RequestGroup::kOther;
    }
    ParsedRequestRow& row = result_.rows[static_cast<std::size_t>(match.row)];
    if (!row.found) {
      row.found = true;
      RowCapture& capture = captures_[static_cast<std::size_t>(match.row)];
      capture.printed.assign(piece);
      capture.printed_core.assign(label.core);
      ++result_.rows_found;
    }
  }

  void FeedValue(const LayoutToken& token, const LayoutLine& line) {
    pending_ordinal_.clear();
    if (!current_.has_value()) {
      if (token.kind == TokenKind::kNumber) {
        orphans_.push_back(&token);
      }
      return;
    }
    RowCapture& capture = captures_[static_cast<std::size_t>(*current_)];
    if (capture.empty()) {
      capture.first_page = line.page;
      // One run per line: a row printed one cell per line has seven.
      capture.tokens.reserve(domain::kApplicantColumnCount);
      capture.run_starts.reserve(domain::kApplicantColumnCount);
      capture.run_lines.reserve(domain::kApplicantColumnCount);
    }
    if (capture.empty() || capture.run_lines.back() != line.source_line) {
      capture.run_starts.push_back(capture.tokens.size());
      capture.run_lines.push_back(line.source_line);
    }
    capture.tokens.push_back(&token);
    result_.rows[static_cast<std::size_t>(*current_)].has_values = true;
  }

  const RowLabelMatcher& matcher_;
  std::array<std::byte, kCaptureArenaBytes> arena_bytes_;
  std::pmr::monotonic_buffer_resource arena_{arena_bytes_.data(), arena_bytes_.size()};
  RequestTableResult result_;
  Captures captures_;
  std::vector<const LayoutToken*> orphans_;
  std::optional<RequestRow> current_;
  RequestMatchContext context_;
  std::u32string pending_ordinal_;
  // Scratch reused for every text token.
  std::vector<std::u32string_view> pieces_;
  NormalizedLabel label_;
  std::u32string joined_;
};

// Column centres per page, learnt from rows printed whole (seven tokens with x positions) on that
// page; pages differ in layout, so centres never cross a page.
std::map<int, std::vector<double>> LearnColumnCentres(
    const std::array<RowCapture, domain::kRequestRowCount>& captures) {
  std::map<int, std::pair<int, std::vector<double>>> sums;
  for (const RowCapture& capture : captures) {
    if (capture.empty() || capture.Run(0).size() != domain::kApplicantColumnCount) {
      continue;
    }
    std::vector<double> centres;
    for (const LayoutToken* token : capture.Run(0)) {
      if (const auto centre = TokenCentre(*token); centre.has_value()) {
        centres.push_back(*centre);
      }
    }
    if (centres.size() != domain::kApplicantColumnCount) {
      continue;
    }
    auto& [count, total] = sums[capture.first_page];
    total.resize(centres.size(), 0);
    for (std::size_t c = 0; c < centres.size(); ++c) {
      total[c] += centres[c];
    }
    ++count;
  }
  std::map<int, std::vector<double>> centres;
  for (auto& [page, entry] : sums) {
    if (entry.first >= 2) {
      for (double& value : entry.second) {
        value /= entry.first;
      }
      centres[page] = entry.second;
    }
  }
  return centres;
}

// `printed` is the row's label as printed (folded and compact, as the matcher saw it).
std::string RowWhere(RequestRow row, std::u32string_view printed, std::u32string_view printed_core,
                     const RowLabelMatcher& matcher) {
  std::string where = domain::RequestCellWhere(row, std::nullopt);
  // A label cut by a line break is the start of the canonical one; only a differently worded
  // label (a typo, an omission) is worth quoting.
  if (!printed.empty() && !matcher.CanonicalCore(row).starts_with(printed_core)) {
    where += "（报告印作“" + EncodeUtf8(printed) + "”）";
  }
  return where;
}

RowSpec RequestRowSpec(RequestRow which, const RowCapture& capture,
                       const std::map<int, std::vector<double>>& centres,
                       const RowLabelMatcher& matcher) {
  RowSpec spec;
  spec.cell_count = domain::kApplicantColumnCount;
  spec.integers = true;
  spec.split_fused_runs = true;
  spec.row_where_later = [which, &capture, &matcher] {
    return RowWhere(which, capture.printed, capture.printed_core, matcher);
  };
  spec.cell_where = [which](int c) {
    return domain::RequestCellWhere(which, c);
  };
  spec.column_name = [](int c) {
    return std::string(domain::ApplicantColumnLabel(c));
  };
  if (!capture.empty()) {
    const auto page = centres.find(capture.first_page);
    if (page != centres.end()) {
      spec.column_centres = page->second;
    }
  }
  return spec;
}

void ResolveRows(Capturer& capturer, const std::map<int, std::vector<double>>& centres,
                 const RowLabelMatcher& matcher) {
  RequestTableResult& result = capturer.result();
  std::vector<TokenRun> runs;  // reused for every row
  for (int i = 0; i < domain::kRequestRowCount; ++i) {
    ParsedRequestRow& row = result.rows[static_cast<std::size_t>(i)];
    const RowCapture& capture = capturer.captures()[static_cast<std::size_t>(i)];
    if (!row.found) {
      continue;
    }
    runs.clear();
    for (std::size_t r = 0; r < capture.run_starts.size(); ++r) {
      runs.push_back(capture.Run(r));
    }
    const RowSpec spec = RequestRowSpec(static_cast<RequestRow>(i), capture, centres, matcher);
    ResolvedRow resolved = ResolveRow(std::span<const TokenRun>(runs), spec);
    for (std::size_t c = 0; c < resolved.cells.size(); ++c) {
      if (resolved.cells[c].has_value()) {
        row.cells[c] = std::llround(*resolved.cells[c]);
      }
    }
    row.findings = std::move(resolved.findings);
    row.candidates = std::move(resolved.candidates);
  }
}

// Rows left without complete values may have had their numbers printed apart from their labels
// (column_order_recovery.h); every number of the table, in reading order, is looked at then only.
void RecoverColumnOrderIfNeeded(Capturer& capturer) {
  if (!NeedsColumnOrderRecovery(capturer.result())) {
    return;
  }
  std::size_t count = capturer.orphans().size();
  for (const RowCapture& capture : capturer.captures()) {
    count += capture.tokens.size();
  }
  if (count > kMaxTableValues) {
    return;
  }
  std::vector<SequencedValue> values;
  values.reserve(count);
  for (const LayoutToken* token : capturer.orphans()) {
    values.push_back(SequencedValue{token, std::nullopt});
  }
  for (int i = 0; i < domain::kRequestRowCount; ++i) {
    for (const LayoutToken* token : capturer.captures()[static_cast<std::size_t>(i)].tokens) {
      values.push_back(SequencedValue{token, static_cast<RequestRow>(i)});
    }
  }
  // Every token lives in the one vector of the LayoutLines, in reading order.
  std::sort(values.begin(), values.end(), [](const SequencedValue& a, const SequencedValue& b) {
    return std::less<const LayoutToken*>()(a.token, b.token);
  });
  RecoverColumnOrder(values, capturer.result());
}

}  // namespace

RequestTableResult ParseRequestTable(const LayoutLines& lines, const RowLabelMatcher& matcher) {
  Capturer capturer(matcher);
  for (const LayoutLine& line : lines) {
    capturer.Feed(line);
  }
  ResolveRows(capturer, LearnColumnCentres(capturer.captures()), matcher);
  RequestTableResult& result = capturer.result();
  if (const auto& orphans = capturer.orphans(); !orphans.empty()) {
    std::string quoted;
    for (std::size_t i = 0; i < orphans.size() && i < 20; ++i) {
      quoted += (i == 0 ? "" : " ") + orphans[i]->text;
    }
    result.findings.push_back(MakeFinding(kRuleCellsUnplaced, Severity::kWarning,
                                          std::string(kSection3),
                                          "表中有 " + std::to_string(orphans.size()) + " 个数字（" +
                                              quoted + (orphans.size() > 20 ? " …" : "") +
                                              "）出现在任何行名之前，无法确定属于哪一行，未采用"));
  }
  ResolveByTableArithmetic(result);
  RecoverColumnOrderIfNeeded(capturer);
  return std::move(result);
}

}  // namespace gongkai::audit
