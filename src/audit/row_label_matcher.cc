#include "audit/row_label_matcher.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace gongkai::audit {
namespace {

using domain::RequestRow;

constexpr double kNumberedThreshold = 0.5;
constexpr double kUnnumberedThreshold = 0.8;
constexpr double kMargin = 0.15;
constexpr std::size_t kMinUnnumberedLength = 4;
constexpr std::size_t kMaxLabelLength = 80;  // longer texts are prose, not labels
constexpr std::size_t kMaxTargets = 32;

// Character pairs of a label of at most kMaxLabelLength characters, without a heap allocation.
struct LabelPairs {
  std::array<std::uint64_t, kMaxLabelLength> pairs{};
  std::size_t size = 0;
  std::span<const std::uint64_t> view() const { return {pairs.data(), size}; }
};

// REQUIRES: text.size() <= kMaxLabelLength.
LabelPairs PairsOf(std::u32string_view text) {
  LabelPairs out;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    out.pairs[out.size++] = (static_cast<std::uint64_t>(text[i]) << 32) | text[i + 1];
  }
  return out;
}

std::vector<std::uint64_t> Bigrams(std::u32string_view text) {
  std::vector<std::uint64_t> out;
  out.reserve(text.size());
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    out.push_back((static_cast<std::uint64_t>(text[i]) << 32) | text[i + 1]);
  }
  return out;
}

std::optional<RequestGroup> GroupOf(RequestRow row) {
  const int index = static_cast<int>(row);
  if (index >= static_cast<int>(RequestRow::kWithheld1) &&
      index <= static_cast<int>(RequestRow::kWithheld8)) {
    return RequestGroup::kWithheld;
  }
  if (index >= static_cast<int>(RequestRow::kUnavailable1) &&
      index <= static_cast<int>(RequestRow::kUnavailable3)) {
    return RequestGroup::kUnavailable;
  }
  if (index >= static_cast<int>(RequestRow::kNotHandled1) &&
      index <= static_cast<int>(RequestRow::kNotHandled5)) {
    return RequestGroup::kNotHandled;
  }
  if (index >= static_cast<int>(RequestRow::kOther1) &&
      index <= static_cast<int>(RequestRow::kOther3)) {
    return RequestGroup::kOther;
  }
  return std::nullopt;
}

// The rows that may follow `last` in print order (2021 order, with the single 其他处理 row as the
// alternative to 其他处理.1).
std::array<std::optional<RequestRow>, 2> ExpectedNext(std::optional<RequestRow> last) {
  if (!last.has_value()) {
    return {RequestRow::kNewlyReceived, std::nullopt};
  }
  switch (*last) {
    case RequestRow::kNotHandled5:
      return {RequestRow::kOther1, RequestRow::kOtherSingle};
    case RequestRow::kOtherSingle:
    case RequestRow::kOther3:
      return {RequestRow::kTotal, std::nullopt};
    case RequestRow::kCarriedToNextYear:
      return {std::nullopt, std::nullopt};
    default:
      return {static_cast<RequestRow>(static_cast<int>(*last) + 1), std::nullopt};
  }
}

bool IsExpected(const RequestLabelMatch& match, const RequestMatchContext& context) {
  if (match.kind != RequestLabelMatch::Kind::kRow) {
    return false;
  }
  for (const auto& next : ExpectedNext(context.last_row)) {
    if (next == match.row) {
      return true;
    }
  }
  return false;
}

// （六）其他处理 is a data row only when printed whole; "（六）其" cut by a vertical layout is the
// group label floating between its sub-rows, and must not take their numbers.
RequestLabelMatch AsGroupWhenCut(RequestLabelMatch match, std::u32string_view core) {
  if (match.kind == RequestLabelMatch::Kind::kRow && match.row == RequestRow::kOtherSingle &&
      !core.starts_with(U"其他处理")) {
    return {RequestLabelMatch::Kind::kGroup, RequestRow::kNewlyReceived, RequestGroup::kOther};
  }
  return match;
}

// Several labels fit about equally: let the expected row, then the current group, decide.
template <typename Fits>
RequestLabelMatch Disambiguate(const Fits& fits, std::size_t count,
                               const RequestMatchContext& context) {
  const double best = fits[0].first;
  for (int rule = 0; rule < 2; ++rule) {
    const RequestLabelMatch* chosen = nullptr;
    int chosen_count = 0;
    for (std::size_t i = 0; i < count && fits[i].first > best - kMargin; ++i) {
      const auto& target = *fits[i].second;
      const bool ok = rule == 0 ? IsExpected(target.match, context)
                                : (context.group.has_value() && target.member_of == context.group);
      if (ok) {
        chosen = &target.match;
        ++chosen_count;
      }
    }
    if (chosen_count == 1) {
      return *chosen;
    }
  }
  return {};
}

constexpr std::array<std::pair<std::u32string_view, ProactiveLabel>, 9> kProactiveVariants = {{
    {U"规章", ProactiveLabel::kRules},
    {U"行政规范性文件", ProactiveLabel::kNormativeDocuments},
    {U"规范性文件", ProactiveLabel::kNormativeDocuments},
    {U"行政许可", ProactiveLabel::kLicensing},
    {U"其他对外管理服务事项", ProactiveLabel::kOtherServices},
    {U"行政处罚", ProactiveLabel::kPenalty},
    {U"行政强制", ProactiveLabel::kCoercion},
    {U"行政事业性收费", ProactiveLabel::kFees},
    {U"政府集中采购", ProactiveLabel::kProcurement},
}};

// The proactive row whose label (or the longest variant of it) `core` contains, with at most four
// more characters.
std::optional<ProactiveLabel> VariantIn(std::u32string_view core) {
  // A label printed as in the template: no variant fits it better (a longer one cannot be in it).
  for (const auto& [variant, which] : kProactiveVariants) {
    if (core == variant) {
      return which;
    }
  }
  std::optional<ProactiveLabel> best;
  std::size_t best_length = 0;
  for (const auto& [variant, which] : kProactiveVariants) {
    const bool fits =
        core.find(variant) != std::u32string_view::npos && core.size() <= variant.size() + 4;
    if (fits && variant.size() > best_length) {
      best = which;
      best_length = variant.size();
    }
  }
  return best;
}

}  // namespace

RowLabelMatcher::Target RowLabelMatcher::MakeTarget(const NormalizedLabel& label,
                                                    RequestLabelMatch match,
                                                    std::optional<RequestGroup> member_of) {
  Target target{label.ordinal, label.core, Bigrams(label.core), {}, match, member_of};
  const auto head = static_cast<std::ptrdiff_t>(std::min<std::size_t>(3, target.pairs.size()));
  target.head.assign(target.pairs.begin(), target.pairs.begin() + head);
  std::sort(target.pairs.begin(), target.pairs.end());
  return target;
}

RowLabelMatcher::RowLabelMatcher() {
  for (int i = 0; i < domain::kRequestRowCount; ++i) {
    const auto row = static_cast<RequestRow>(i);
    RequestLabelMatch match{RequestLabelMatch::Kind::kRow, row, RequestGroup::kOutcomes};
    targets_.push_back(MakeTarget(NormalizeLabel(domain::RowInfo(row).label), match, GroupOf(row)));
  }
  const std::array<std::pair<std::string_view, RequestGroup>, 4> groups = {{
      {"三、本年度办理结果", RequestGroup::kOutcomes},
      {"（三）不予公开", RequestGroup::kWithheld},
      {"（四）无法提供", RequestGroup::kUnavailable},
      {"（五）不予处理", RequestGroup::kNotHandled},
  }};
  for (const auto& [text, group] : groups) {
    RequestLabelMatch match{RequestLabelMatch::Kind::kGroup, RequestRow::kNewlyReceived, group};
    targets_.push_back(MakeTarget(NormalizeLabel(text), match, std::nullopt));
  }
  for (const auto& [variant, which] : kProactiveVariants) {
    proactive_targets_.emplace_back(
        MakeTarget(NormalizedLabel{{}, std::u32string(variant)}, {}, std::nullopt), which);
  }
  MarkDecisiveTargets();
}

void RowLabelMatcher::MarkDecisiveTargets() {
  for (Target& target : targets_) {
    const std::vector<std::uint64_t> pairs = Bigrams(target.core);
    double best_same_ordinal = 0;
    double best_any = 0;
    for (const Target& other : targets_) {
      if (&other == &target) {
        continue;
      }
      const double score = Score(target.core, pairs, other);
      best_any = std::max(best_any, score);
      if (other.ordinal.kind == target.ordinal.kind &&
          other.ordinal.value == target.ordinal.value) {
        best_same_ordinal = std::max(best_same_ordinal, score);
      }
    }
    // MatchRequest takes the best fit alone when the second is at least kMargin below it.
    target.decisive_numbered = best_same_ordinal <= 1.0 - kMargin;
    target.decisive_any = best_any <= 1.0 - kMargin && target.core.size() >= kMinUnnumberedLength;
  }
}

const RowLabelMatcher::Target* RowLabelMatcher::ExactTarget(const NormalizedLabel& label) const {
  const std::u32string& core = label.core;
  for (const Target& target : targets_) {
    if (target.core.size() == core.size() && target.core.front() == core.front() &&
        target.core == core) {
      const bool numbered = label.ordinal.kind != OrdinalKind::kNone;
      const bool same_ordinal =
          target.ordinal.kind == label.ordinal.kind && target.ordinal.value == label.ordinal.value;
      const bool decisive =
          numbered ? same_ordinal && target.decisive_numbered : target.decisive_any;
      return decisive ? &target : nullptr;
    }
  }
  return nullptr;
}

std::u32string_view RowLabelMatcher::CanonicalCore(RequestRow row) const {
  // The constructor puts the targets of the data rows first, in row order.
  return targets_[static_cast<std::size_t>(row)].core;
}

double RowLabelMatcher::Similarity(std::u32string_view fragment, std::u32string_view target) {
  return Score(fragment, Bigrams(fragment),
               MakeTarget(NormalizedLabel{{}, std::u32string(target)}, {}, std::nullopt));
}

double RowLabelMatcher::Score(std::u32string_view fragment, std::span<const std::uint64_t> pairs,
                              const Target& target) {
  const std::u32string& core = target.core;
  if (fragment.empty() || core.empty()) {
    return 0;
  }
  if (fragment == core) {
    return 1;
  }
  if (fragment.size() == 1) {
    return fragment[0] == core[0] ? 0.6 : 0;
  }
  // The fragment must fit the start of the target: its first pair among the target's first three,
  // or the same first character.
  const bool starts = fragment[0] == core[0] || std::find(target.head.begin(), target.head.end(),
                                                          pairs[0]) != target.head.end();
  if (!starts || target.pairs.empty()) {
    return 0;
  }
  std::size_t hits = 0;
  for (std::uint64_t pair : pairs) {
    hits += std::binary_search(target.pairs.begin(), target.pairs.end(), pair) ? 1 : 0;
  }
  if (fragment.size() > core.size()) {
    return 2.0 * static_cast<double>(hits) /
           static_cast<double>(pairs.size() + target.pairs.size());
  }
  return static_cast<double>(hits) / static_cast<double>(pairs.size());
}

RequestLabelMatch RowLabelMatcher::MatchRequest(const NormalizedLabel& label,
                                                const RequestMatchContext& context) const {
  const std::u32string& core = label.core;
  if (core.empty() || core.size() > kMaxLabelLength) {
    return {};
  }
  // The common case, a label printed as in the template: no fuzzy scoring needed.
  if (const Target* exact = ExactTarget(label); exact != nullptr) {
    return AsGroupWhenCut(exact->match, core);
  }
  const LabelPairs label_pairs = PairsOf(core);
  const std::span<const std::uint64_t> pairs = label_pairs.view();
  // First pass: targets with the same numbering; second pass: any target, stricter.
  for (int pass = 0; pass < 2; ++pass) {
    const bool numbered = pass == 0;
    if (numbered && label.ordinal.kind == OrdinalKind::kNone) {
      continue;
    }
    const double threshold = numbered ? kNumberedThreshold : kUnnumberedThreshold;
    std::array<std::pair<double, const Target*>, kMaxTargets> fits;
    std::size_t fit_count = 0;
    for (const Target& target : targets_) {
      if (numbered && (target.ordinal.kind != label.ordinal.kind ||
                       target.ordinal.value != label.ordinal.value)) {
        continue;
      }
      const bool short_ok = numbered || core.size() >= kMinUnnumberedLength ||
                            (core == target.core && IsExpected(target.match, context));
      if (!short_ok) {
        continue;
      }
      const double score = Score(core, pairs, target);
      if (score >= threshold && fit_count < fits.size()) {
        fits[fit_count++] = {score, &target};
      }
    }
    if (fit_count == 0) {
      continue;
    }
    std::sort(fits.begin(), fits.begin() + static_cast<std::ptrdiff_t>(fit_count),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    if (fit_count == 1 || fits[1].first <= fits[0].first - kMargin) {
      return AsGroupWhenCut(fits[0].second->match, core);
    }
    return AsGroupWhenCut(Disambiguate(fits, fit_count, context), core);
  }
  return {};
}

std::optional<ProactiveLabel> RowLabelMatcher::MatchProactive(const NormalizedLabel& label) const {
  const std::u32string& core = label.core;
  if (core.empty() || core.size() > 20) {
    return std::nullopt;
  }
  std::optional<ProactiveLabel> best = VariantIn(core);
  if (best.has_value()) {
    return best;
  }
  // Typos: a unique close fit.
  double best_score = 0;
  double second = 0;
  const LabelPairs label_pairs = core.size() >= 3 ? PairsOf(core) : LabelPairs{};
  const std::span<const std::uint64_t> pairs = label_pairs.view();
  for (const auto& [target, which] : proactive_targets_) {
    const double score = pairs.empty() ? 0 : Score(core, pairs, target);
    if (score > best_score) {
      second = best_score;
      best_score = score;
      best = which;
    } else if (score > second) {
      second = score;
    }
  }
  if (best_score >= 0.75 && second <= best_score - kMargin) {
    return best;
  }
  return std::nullopt;
}

std::optional<int> RowLabelMatcher::MatchArticleBlock(std::u32string_view core) {
  const std::u32string_view article = U"二十条";
  const auto at = core.find(article);
  if (at == std::u32string_view::npos || core.size() > at + 12) {
    return std::nullopt;
  }
  std::size_t pos = at + article.size();
  if (pos < core.size() && core[pos] == U'第') {
    ++pos;
  }
  std::size_t end = pos;
  while (end < core.size() && end - pos < 3 && core[end] != U'项') {
    ++end;
  }
  const int value = ChineseNumeralValue(core.substr(pos, end - pos));
  if (value <= 0) {
    return std::nullopt;
  }
  return value;
}

}  // namespace gongkai::audit
