#include "search/query_plan.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "search/text_normalizer.h"

namespace gongkai::search {
namespace {

// Words of a question that say nothing about what is asked for (开网店要办营业执照吗): dropped
// from the query so that they neither join bigrams with real words nor dilute coverage.
constexpr std::array<std::u32string_view, 35> kQuestionWords = {
    U"吗",   U"呢",   U"吧",   U"啊",   U"么",     U"的",   U"了",     U"我",   U"你",
    U"要",   U"想",   U"请问", U"怎么", U"怎样",   U"如何", U"什么",   U"哪里", U"哪儿",
    U"哪个", U"多少", U"可以", U"能否", U"能不能", U"需要", U"要不要", U"是否", U"去",
    U"在",   U"和",   U"与",   U"有",   U"没有",   U"会",   U"被"};

// Multipliers of the kinds of term against a bigram.
constexpr float kCharacterWeight = 0.3F;
constexpr float kWordWeight = 0.5F;
constexpr float kDocNoWeight = 3.0F;
constexpr float kAliasWeight = 0.8F;

bool IsQuestionWord(std::u32string_view word) {
  return std::find(kQuestionWords.begin(), kQuestionWords.end(), word) != kQuestionWords.end();
}

class PlanBuilder {
 public:
  explicit PlanBuilder(Tokenizer& tokenizer) : tokenizer_(tokenizer) {}

  void AddVariant(std::u32string_view text, size_t variant, float weight) {
    size_t i = 0;
    while (i < text.size()) {
      size_t end = i + 1;
      if (IsHan(text[i])) {
        while (end < text.size() && IsHan(text[end])) {
          ++end;
        }
        AddHanRun(text.substr(i, end - i), variant, weight);
      } else if (IsAsciiWordChar(text[i])) {
        while (end < text.size() && IsAsciiWordChar(text[end])) {
          ++end;
        }
        Add(EncodeUtf8(text.substr(i, end - i)), variant, weight, true);
      }
      i = end;
    }
    for (const std::u32string& doc_no : FindDocNumbers(text)) {
      Add(DocNoTerm(doc_no), variant, weight * kDocNoWeight, true);
    }
  }

  QueryPlan Finish(size_t variant_count) {
    plan_.variant_count = variant_count;
    // A query of single characters only (税, or an abbreviation whose bigram no document has
    // is judged later on its characters): characters count for coverage when nothing else does.
    const bool has_longer = std::any_of(plan_.terms.begin(), plan_.terms.end(),
                                        [](const QueryTerm& t) { return t.counts_for_coverage; });
    if (!has_longer) {
      for (QueryTerm& term : plan_.terms) {
        term.counts_for_coverage = true;
      }
    }
    return std::move(plan_);
  }

  QueryPlan& plan() { return plan_; }
  void set_part(std::optional<size_t> part) { part_ = part; }

 private:
  uint8_t PartBit(size_t variant) const {
    return variant == 0 && part_ ? static_cast<uint8_t>(1U << *part_) : 0;
  }

  QueryTerm& Add(std::string term, size_t variant, float weight, bool counts) {
    const auto bit = static_cast<uint8_t>(1U << variant);
    for (QueryTerm& existing : plan_.terms) {
      if (existing.term == term) {
        existing.weight = std::max(existing.weight, weight);
        existing.variants |= bit;
        existing.counts_for_coverage = existing.counts_for_coverage || counts;
        existing.parts |= PartBit(variant);
        return existing;
      }
    }
    plan_.terms.push_back(QueryTerm{std::move(term), weight, bit, PartBit(variant), counts, {}});
    return plan_.terms.back();
  }

  // Splits the run into dictionary words, drops question words, and indexes each remaining
  // stretch of adjacent words as characters, bigrams and words.
  void AddHanRun(std::u32string_view run, size_t variant, float weight) {
    std::u32string stretch;
    const auto flush = [&] {
      AddStretch(stretch, variant, weight);
      stretch.clear();
    };
    for (const auto& [begin, end] : tokenizer_.SegmentWords(run)) {
      const std::u32string_view word = run.substr(begin, end - begin);
      if (IsQuestionWord(word)) {
        flush();
        continue;
      }
      stretch += word;
      if (word.size() >= 3) {
        Add(EncodeUtf8(word), variant, weight * kWordWeight, true);
      }
    }
    flush();
  }

  void AddStretch(std::u32string_view stretch, size_t variant, float weight) {
    for (size_t i = 0; i < stretch.size(); ++i) {
      QueryTerm& character =
          Add(EncodeUtf8(stretch.substr(i, 1)), variant, weight * kCharacterWeight, false);
      for (size_t start = i > 0 ? i - 1 : 0; start <= i && start + 1 < stretch.size(); ++start) {
        character.covered_by.push_back(EncodeUtf8(stretch.substr(start, 2)));
      }
      if (i + 1 < stretch.size()) {
        Add(EncodeUtf8(stretch.substr(i, 2)), variant, weight, true);
      }
    }
    if (!stretch.empty()) {
      plan_.highlights.emplace_back(stretch);
    }
  }

  Tokenizer& tokenizer_;
  QueryPlan plan_;
  std::optional<size_t> part_;  // the part of the typed query being added
};

// The space-separated parts of `text`, the last one taking the rest when there are more than
// kMaxQueryParts.
std::vector<std::u32string_view> SplitParts(std::u32string_view text) {
  std::vector<std::u32string_view> parts;
  size_t start = text.find_first_not_of(U' ');
  while (start != std::u32string_view::npos) {
    size_t end = parts.size() + 1 == kMaxQueryParts ? text.size() : text.find(U' ', start);
    end = end == std::u32string_view::npos ? text.size() : end;
    parts.push_back(text.substr(start, end - start));
    start = text.find_first_not_of(U' ', end);
  }
  return parts;
}

}  // namespace

QueryPlan PlanQuery(const ParsedQuery& query, Tokenizer& tokenizer,
                    std::span<const Alias> aliases) {
  PlanBuilder builder(tokenizer);
  const std::vector<std::u32string_view> parts = SplitParts(query.text);
  for (size_t part = 0; part < parts.size(); ++part) {
    builder.set_part(part);
    builder.AddVariant(parts[part], 0, 1.0F);
  }
  builder.set_part(std::nullopt);
  builder.plan().part_count = std::max<size_t>(1, parts.size());
  const std::string text = EncodeUtf8(query.text);
  size_t variant = 1;
  for (const Alias& alias : MatchAliases(aliases, text, kMaxQueryVariants - 1)) {
    std::string replaced = text;
    replaced.replace(replaced.find(alias.from), alias.from.size(), alias.to);
    builder.AddVariant(NormalizeText(DecodeUtf8(replaced)), variant, kAliasWeight);
    ++variant;
  }
  builder.plan().phrases = query.phrases;
  for (const char32_t c : query.text) {
    if (c != U' ') {
      builder.plan().whole.push_back(c);
    }
  }
  if (builder.plan().whole.size() < 4) {
    builder.plan().whole.clear();
  }
  return builder.Finish(variant);
}

}  // namespace gongkai::search
