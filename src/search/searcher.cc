#include "search/searcher.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

#include "search/internal/facet_filter.h"
#include "search/internal/posting_seek.h"
#include "search/text_normalizer.h"

namespace gongkai::search {
namespace {

constexpr size_t kMaxLimit = 10000;
// Longer than any search-box query (about 340 Chinese characters): a pasted document as a query
// would cost time in proportion to its length on every request (found by fuzz_search_query).
constexpr size_t kMaxQueryBytes = 1024;
// The depth kept exactly while pruning when a query is reranked: quoted phrases and whole-query
// titles multiply the scores of the best this many hits by BM25 and coverage (a second phase,
// as rerankers do; a phrase match below this depth is not looked for).
constexpr size_t kRerankDepth = 100;

struct ScoredTerm {
  PostingList postings;
  double weight_idf = 0;  // query weight × IDF
  double upper_bound = 0;
  uint8_t variants = 0;
  uint8_t parts = 0;
  bool counts = false;
};

bool ContainsAllPhrases(const SearchDocument& document,
                        const std::vector<std::u32string>& phrases) {
  if (phrases.empty()) {
    return false;
  }
  const std::u32string text =
      NormalizeText(DecodeUtf8(document.title + "\n" + document.doc_no + "\n" + document.body));
  return std::all_of(phrases.begin(), phrases.end(), [&](const std::u32string& phrase) {
    return text.find(phrase) != std::u32string::npos;
  });
}

}  // namespace

struct Searcher::Impl {
  Impl(Tokenizer tokenizer_in, std::span<const Alias> aliases_in, const SearchOptions& options_in)
      : tokenizer(std::move(tokenizer_in)), aliases(aliases_in), options(options_in) {}

  Tokenizer tokenizer;
  std::span<const Alias> aliases;
  SearchOptions options;
  // Scratch reused between queries, sized to the index, reset through `touched`.
  // What one query has gathered per document, one dense array per figure: postings arrive in
  // document order, so each array is swept forwards and the hot one (scores) stays small.
  std::vector<float> scores;
  std::array<std::vector<float>, kMaxQueryVariants> coverage;
  std::array<std::vector<float>, kMaxQueryParts> part_coverage;
  std::vector<uint8_t> seen;
  std::vector<double> finals;  // Threshold's scratch
  std::vector<DocNumber> touched;
  std::array<double, kMaxQueryVariants> denominators{};
  std::array<double, kMaxQueryParts> part_denominators{};
  size_t part_count = 1;
  // BM25's length normalisation k1·(1 − b + b·length/avgdl) per document, computed once per index
  // state (a query reads 4 bytes per posting instead of the document's stats).
  std::vector<float> norms;
  const IndexReader* norms_index = nullptr;
  double norms_average = 0;

  void PrepareNorms(const IndexReader& index) {
    const double average = index.AverageLength();
    if (norms_index == &index && norms.size() == index.DocumentCount() &&
        norms_average == average) {
      return;
    }
    norms.clear();
    for (const DocStats& stats : index.AllStats()) {
      norms.push_back(
          static_cast<float>(options.k1 * (1 - options.b + options.b * stats.length / average)));
    }
    norms_index = &index;
    norms_average = average;
  }
  float max_score = 0;  // the highest BM25 sum so far: no final score exceeds it
  // Per variant, the coverage weight of the terms not yet scored in full.
  std::array<double, kMaxQueryVariants> remaining_coverage{};
  size_t active_variants = 1;

  // The largest coverage factor a document can reach when it already has `has(v)` of variant
  // v's coverage weight and the remaining terms add theirs: the factor of Final with the best
  // variant complete as far as possible (the worst part can be no better than the best variant).
  template <typename Has>
  double FactorBound(const Has& has) const {
    double best = 0;
    for (size_t v = 0; v < active_variants; ++v) {
      if (denominators[v] > 0) {
        best = std::max(best, std::min(1.0, (has(v) + remaining_coverage[v]) / denominators[v]));
      }
    }
    return options.coverage_floor + (1 - options.coverage_floor) * best * best;
  }

  void Consume(const ScoredTerm& term) {
    for (size_t v = 0; v < active_variants; ++v) {
      if (term.counts && ((term.variants >> v) & 1U)) {
        remaining_coverage[v] -= term.weight_idf;
      }
    }
  }

  double ValidityFactor(std::optional<Validity> validity) const {
    if (!validity) {
      return options.unknown_factor;
    }
    switch (*validity) {
      case Validity::kNotYetInForce:  // the coming text of the rule
      case Validity::kInForce:
        return 1.0;
      case Validity::kRevised:
        return options.revised_factor;
      case Validity::kAbolished:
      case Validity::kExpired:
        break;
    }
    return options.abolished_factor;
  }

  double Final(const IndexReader& index, DocNumber doc, size_t variant_count) const {
    double best = 0;
    for (size_t v = 0; v < variant_count; ++v) {
      if (denominators[v] > 0) {
        best = std::max(best, std::min(1.0, coverage[v][doc] / denominators[v]));
      }
    }
    // With two or more typed parts, the part answered worst scales the score as well.
    double worst_part = best;
    if (part_count > 1) {
      for (size_t p = 0; p < part_count; ++p) {
        if (part_denominators[p] > 0) {
          worst_part = std::min(worst_part, part_coverage[p][doc] / part_denominators[p]);
        }
      }
    }
    const double floor = options.coverage_floor;
    return scores[doc] * (floor + (1 - floor) * best * worst_part) *
           ValidityFactor(index.Stats(doc).validity);
  }

  void Reset(DocNumber count) {
    for (const DocNumber doc : touched) {
      scores[doc] = 0;
      for (size_t v = 0; v < active_variants; ++v) {
        coverage[v][doc] = 0;
      }
      for (size_t p = 0; p < part_count; ++p) {
        part_coverage[p][doc] = 0;
      }
      seen[doc] = 0;
    }
    touched.clear();
    max_score = 0;
    scores.resize(count, 0);
    for (auto& cover : coverage) {
      cover.resize(count, 0);
    }
    for (auto& cover : part_coverage) {
      cover.resize(count, 0);
    }
    seen.resize(count, 0);
  }

  void Accumulate(const ScoredTerm& term, DocNumber doc, uint8_t frequency) {
    const double tf = frequency;
    const double norm = norms[doc];
    scores[doc] += static_cast<float>(term.weight_idf * tf * (options.k1 + 1) / (tf + norm));
    max_score = std::max(max_score, scores[doc]);
    if (!term.counts) {
      return;
    }
    for (size_t v = 0; v < kMaxQueryVariants; ++v) {
      if ((term.variants >> v) & 1U) {
        coverage[v][doc] += static_cast<float>(term.weight_idf);
      }
    }
    for (size_t p = 0; p < part_count; ++p) {
      if ((term.parts >> p) & 1U) {
        part_coverage[p][doc] += static_cast<float>(term.weight_idf);
      }
    }
  }

  std::vector<SearchHit> Rank(const IndexReader& index, const QueryPlan& plan, size_t depth,
                              size_t limit) const;
  std::vector<ScoredTerm> ScoreTerms(const IndexReader& index, QueryPlan& plan);
  double Threshold(const IndexReader& index, size_t depth, size_t variant_count, double previous);
  void ScoreInFull(const IndexReader& index, const ScoredTerm& term,
                   const internal::FacetFilter& filter);
  void ScoreCandidates(std::span<const ScoredTerm> terms, double threshold);
};

std::vector<ScoredTerm> Searcher::Impl::ScoreTerms(const IndexReader& index, QueryPlan& plan) {
  const double count = index.DocumentCount();
  std::vector<ScoredTerm> terms;
  const auto in_index = [&index](const std::string& term) {
    return !index.Postings(term).docs.empty();
  };
  for (const QueryTerm& term : plan.terms) {
    PostingList postings = index.Postings(term.term);
    if (postings.docs.empty() ||
        std::any_of(term.covered_by.begin(), term.covered_by.end(), in_index)) {
      continue;
    }
    const double df = static_cast<double>(postings.docs.size());
    const double idf = std::log(1 + (count - df + 0.5) / (df + 0.5));
    // BM25's term part grows with tf and falls with length: the list's highest frequency in an
    // empty document bounds every posting.
    const double max_tf = postings.max_frequency;
    const double bound = max_tf * (options.k1 + 1) / (max_tf + options.k1 * (1 - options.b));
    ScoredTerm scored{postings,      term.weight * idf, term.weight * idf * bound,
                      term.variants, term.parts,        term.counts_for_coverage};
    terms.push_back(scored);
  }
  // A variant none of whose words any document has (特设: no document says 特设) is judged on
  // its characters instead.
  denominators.fill(0);
  for (size_t v = 0; v < plan.variant_count; ++v) {
    const auto in_variant = [v](const ScoredTerm& t) {
      return ((t.variants >> v) & 1U) != 0;
    };
    if (std::none_of(terms.begin(), terms.end(),
                     [&](const ScoredTerm& t) { return in_variant(t) && t.counts; })) {
      for (ScoredTerm& term : terms) {
        term.counts = term.counts || in_variant(term);
      }
    }
  }
  part_count = plan.part_count;
  for (size_t p = 0; p < part_count; ++p) {
    const auto in_part = [p](const ScoredTerm& t) {
      return ((t.parts >> p) & 1U) != 0;
    };
    if (std::none_of(terms.begin(), terms.end(),
                     [&](const ScoredTerm& t) { return in_part(t) && t.counts; })) {
      for (ScoredTerm& term : terms) {
        term.counts = term.counts || in_part(term);
      }
    }
  }
  part_denominators.fill(0);
  active_variants = plan.variant_count;
  for (const ScoredTerm& term : terms) {
    for (size_t v = 0; v < plan.variant_count; ++v) {
      if (term.counts && ((term.variants >> v) & 1U)) {
        denominators[v] += term.weight_idf;
      }
    }
    for (size_t p = 0; p < part_count; ++p) {
      if (term.counts && ((term.parts >> p) & 1U)) {
        part_denominators[p] += term.weight_idf;
      }
    }
  }
  remaining_coverage = denominators;
  std::stable_sort(terms.begin(), terms.end(), [](const ScoredTerm& a, const ScoredTerm& b) {
    return a.upper_bound > b.upper_bound;
  });
  return terms;
}

// The depth-th best final score so far, a lower bound of the final one (scores only grow).
// Documents whose BM25 sum is below the previous threshold cannot be among them (a final score
// is at most the sum), so only the others are scored; it is at least `previous`.
double Searcher::Impl::Threshold(const IndexReader& index, size_t depth, size_t variant_count,
                                 double previous) {
  if (touched.size() < depth) {
    return previous;
  }
  finals.clear();
  for (const DocNumber doc : touched) {
    if (scores[doc] >= previous) {
      finals.push_back(Final(index, doc, variant_count));
    }
  }
  if (finals.size() < depth) {
    return previous;
  }
  std::nth_element(finals.begin(), finals.begin() + static_cast<std::ptrdiff_t>(depth - 1),
                   finals.end(), std::greater<>());
  return std::max(previous, finals[depth - 1]);
}

void Searcher::Impl::ScoreInFull(const IndexReader& index, const ScoredTerm& term,
                                 const internal::FacetFilter& filter) {
  const std::span<const DocStats> stats = index.AllStats();
  for (size_t i = 0; i < term.postings.docs.size(); ++i) {
    const DocNumber doc = term.postings.docs[i];
    if (seen[doc] == 0) {
      if (filter.active && !filter.Passes(stats[doc])) {
        continue;
      }
      seen[doc] = 1;
      touched.push_back(doc);
    }
    Accumulate(term, doc, term.postings.frequencies[i]);
  }
}

// The remaining terms cannot lift a document that none of the earlier terms matched into the
// top hits: only the candidates that could still reach the threshold are scored, by seeking in
// each remaining posting list.
void Searcher::Impl::ScoreCandidates(std::span<const ScoredTerm> terms, double threshold) {
  double remaining = 0;
  for (const ScoredTerm& term : terms) {
    remaining += term.upper_bound;
  }
  std::vector<DocNumber> candidates;
  for (const DocNumber doc : touched) {
    const double factor = FactorBound([&](size_t v) { return coverage[v][doc]; });
    if ((scores[doc] + remaining) * factor >= threshold) {
      candidates.push_back(doc);
    } else {
      scores[doc] = 0;  // cannot reach the top hits; leave it out of the ranking
    }
  }
  std::sort(candidates.begin(), candidates.end());
  for (const ScoredTerm& term : terms) {
    size_t position = 0;
    for (const DocNumber doc : candidates) {
      position = internal::Seek(term.postings.docs, position, doc);
      if (position == term.postings.docs.size()) {
        break;
      }
      if (term.postings.docs[position] == doc) {
        Accumulate(term, doc, term.postings.frequencies[position]);
      }
    }
  }
}

std::vector<SearchHit> Searcher::Impl::Rank(const IndexReader& index, const QueryPlan& plan,
                                            size_t depth, size_t limit) const {
  std::vector<SearchHit> hits;
  for (const DocNumber doc : touched) {
    if (scores[doc] > 0) {
      hits.push_back(SearchHit{doc, Final(index, doc, plan.variant_count)});
    }
  }
  const auto better = [](const SearchHit& a, const SearchHit& b) {
    return a.score != b.score ? a.score > b.score : a.doc < b.doc;
  };
  const auto sort_top = [&](size_t count) {
    count = std::min(count, hits.size());
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(count), hits.end(),
                      better);
    hits.resize(count);
  };
  sort_top(depth);
  for (SearchHit& hit : hits) {
    const SearchDocument& document = index.Document(hit.doc);
    if (!plan.phrases.empty() && ContainsAllPhrases(document, plan.phrases)) {
      hit.score *= options.phrase_factor;
    }
    if (!plan.whole.empty() &&
        NormalizeText(DecodeUtf8(document.title)).find(plan.whole) != std::u32string::npos) {
      hit.score *= options.title_factor;
    }
  }
  sort_top(limit);
  return hits;
}

core::Result<Searcher> Searcher::Create(std::span<const Alias> aliases,
                                        const SearchOptions& options) {
  GONGKAI_ASSIGN_OR_RETURN(Tokenizer tokenizer, Tokenizer::Create());
  auto impl = std::make_unique<Impl>(std::move(tokenizer), aliases, options);
  return Searcher(std::move(impl));
}

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;
Searcher::~Searcher() = default;

core::Result<SearchResult> Searcher::Search(const IndexReader& index,
                                            const SearchRequest& request) {
  if (request.limit == 0 || request.limit > kMaxLimit) {
    return core::Error::InvalidArgument("结果条数须在 1 到 10000 之间");
  }
  if (request.query.size() > kMaxQueryBytes) {
    return core::Error::InvalidArgument(
        "检索词过长：最多 1024 字节（约 340 个汉字），请缩短后再检索");
  }
  Impl& impl = *impl_;
  SearchResult result;
  result.plan = PlanQuery(ParseQuery(request.query), impl.tokenizer, impl.aliases);
  const internal::FacetFilter filter = internal::MakeFacetFilter(index, request);
  impl.Reset(index.DocumentCount());
  if (filter.matches_nothing || index.DocumentCount() == 0) {
    return result;
  }
  impl.PrepareNorms(index);
  const std::vector<ScoredTerm> terms = impl.ScoreTerms(index, result.plan);
  const size_t variants = result.plan.variant_count;
  const bool reranked = !result.plan.phrases.empty() || !result.plan.whole.empty();
  const size_t depth = reranked ? std::max(request.limit, kRerankDepth) : request.limit;
  double remaining = 0;
  for (const ScoredTerm& term : terms) {
    remaining += term.upper_bound;
  }
  size_t next = 0;
  double threshold = 0;
  double bound_at_threshold = std::numeric_limits<double>::infinity();
  size_t remaining_postings = 0;
  for (const ScoredTerm& term : terms) {
    remaining_postings += term.postings.docs.size();
  }
  // A document none of the terms scored so far has matched can reach at most the remaining
  // upper bounds, scaled by the coverage the remaining terms alone can give it.
  const auto unseen_bound = [&] {
    return remaining * impl.FactorBound([](size_t) { return 0.0; });
  };
  for (; next < terms.size(); ++next) {
    if (threshold > 0 && unseen_bound() < threshold) {
      break;
    }
    impl.ScoreInFull(index, terms[next], filter);
    remaining -= terms[next].upper_bound;
    impl.Consume(terms[next]);
    // The threshold (a final score) cannot exceed the best BM25 sum; while the remaining terms
    // could add more than that, there is no point in computing it.
    // Computing it costs a pass over the documents seen, so it is redone only once the bound
    // has fallen by a tenth since, and only while that pass is small beside the postings it
    // could spare.
    remaining_postings -= terms[next].postings.docs.size();
    const double bound = unseen_bound();
    if (bound < impl.max_score && bound < 0.9 * bound_at_threshold &&
        impl.touched.size() * 4 < remaining_postings) {
      threshold = impl.Threshold(index, depth, variants, threshold);
      bound_at_threshold = bound;
    }
  }
  result.total = impl.touched.size();
  if (next < terms.size()) {
    impl.ScoreCandidates(std::span(terms).subspan(next), threshold);
  }
  result.hits = impl.Rank(index, result.plan, depth, request.limit);
  return result;
}

}  // namespace gongkai::search
