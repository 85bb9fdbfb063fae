// An inverted index held in memory: documents are added one after another and searched through
// the IndexReader interface. Postings are appended in document order, so every list is sorted
// without a merge step.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "search/index_reader.h"
#include "search/internal/term_dictionary.h"
#include "search/tokenizer.h"

namespace gongkai::search {

struct IndexOptions {
  // How much one occurrence in each field counts in the weighted term frequency (a simple BM25F:
  // a title or 文号 hit says more about what the document is about than a body hit).
  uint8_t title_weight = 5;
  uint8_t doc_no_weight = 5;
  uint8_t keywords_weight = 3;
  uint8_t summary_weight = 2;
  uint8_t agency_weight = 2;
  uint8_t body_weight = 1;
  // Dictionary words (ICU) for the body as well as the title, summary and keywords. ICU's
  // dictionary break was 40% of indexing time on the generated corpus and moved the overall
  // figures of the relevance evaluation by at most 0.001 (bigrams already cover body text), so
  // it is off by default.
  DictionaryWords body_words = DictionaryWords::kNo;
};

class MemoryIndex final : public IndexReader {
 public:
  // kUnavailable when ICU's word break data is missing.
  static core::Result<MemoryIndex> Create(const IndexOptions& options = {});

  // Adds one document; returns its number. kInvalidArgument when the index is full (2^32-1
  // documents) or a facet has more than 65,535 distinct values.
  core::Result<DocNumber> Add(SearchDocument document);

  // Bytes held by the postings and the term dictionary (not the stored fields).
  size_t PostingBytes() const;
  size_t TermCount() const { return term_ids_.size(); }

  DocNumber DocumentCount() const override { return static_cast<DocNumber>(stats_.size()); }
  double AverageLength() const override;
  PostingList Postings(std::string_view term) const override;
  const DocStats& Stats(DocNumber doc) const override { return stats_[doc]; }
  std::span<const DocStats> AllStats() const override { return stats_; }
  const SearchDocument& Document(DocNumber doc) const override { return documents_[doc]; }
  std::optional<uint16_t> FacetId(Facet facet, std::string_view value) const override;

 private:
  struct TermPostings {
    std::vector<DocNumber> docs;
    std::vector<uint8_t> frequencies;
    uint8_t max_frequency = 0;
  };
  using FacetTable = std::unordered_map<std::string, uint16_t>;

  MemoryIndex(IndexOptions options, Tokenizer tokenizer);
  void AddField(std::string_view text, uint8_t weight, DictionaryWords words);
  core::Result<uint16_t> Intern(FacetTable& table, const std::string& value);
  const FacetTable& Table(Facet facet) const;

  IndexOptions options_;
  std::unique_ptr<Tokenizer> tokenizer_;
  internal::TermDictionary term_ids_;
  std::vector<TermPostings> postings_;
  std::vector<DocStats> stats_;
  std::vector<SearchDocument> documents_;
  FacetTable agencies_;
  FacetTable categories_;
  FacetTable genres_;
  double total_length_ = 0;
  // Weighted frequencies of the document being added, by term id, and the ids it touched
  // (reused between documents; a dense array is cheaper than hashing every occurrence).
  std::vector<unsigned> pending_;
  std::vector<uint32_t> pending_terms_;
  float pending_length_ = 0;
};

}  // namespace gongkai::search
