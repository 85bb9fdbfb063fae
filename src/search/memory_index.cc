#include "search/memory_index.h"

#include <algorithm>
#include <limits>
#include <utility>

#include "search/text_normalizer.h"

namespace gongkai::search {

core::Result<MemoryIndex> MemoryIndex::Create(const IndexOptions& options) {
  GONGKAI_ASSIGN_OR_RETURN(Tokenizer tokenizer, Tokenizer::Create());
  return MemoryIndex(options, std::move(tokenizer));
}

MemoryIndex::MemoryIndex(IndexOptions options, Tokenizer tokenizer)
    : options_(options), tokenizer_(std::make_unique<Tokenizer>(std::move(tokenizer))) {}

void MemoryIndex::AddField(std::string_view text, uint8_t weight, DictionaryWords words) {
  if (text.empty() || weight == 0) {
    return;
  }
  const std::u32string normalized = NormalizeText(DecodeUtf8(text));
  tokenizer_->ForEachTerm(normalized, words, [&](std::string_view term) {
    const auto [id, inserted] = term_ids_.FindOrInsert(term);
    if (inserted) {
      postings_.emplace_back();
      pending_.push_back(0);
    }
    if (pending_[id] == 0) {
      pending_terms_.push_back(id);
    }
    pending_[id] += weight;
    pending_length_ += weight;
  });
}

core::Result<uint16_t> MemoryIndex::Intern(FacetTable& table, const std::string& value) {
  if (const auto it = table.find(value); it != table.end()) {
    return it->second;
  }
  if (table.size() >= std::numeric_limits<uint16_t>::max()) {
    return core::Error::InvalidArgument("分面取值过多（超过 65535 个）");
  }
  const auto id = static_cast<uint16_t>(table.size());
  table.emplace(value, id);
  return id;
}

core::Result<DocNumber> MemoryIndex::Add(SearchDocument document) {
  if (stats_.size() >= std::numeric_limits<DocNumber>::max()) {
    return core::Error::InvalidArgument("索引已满");
  }
  DocStats stats;
  GONGKAI_ASSIGN_OR_RETURN(stats.agency, Intern(agencies_, document.agency));
  GONGKAI_ASSIGN_OR_RETURN(stats.category, Intern(categories_, document.category));
  GONGKAI_ASSIGN_OR_RETURN(stats.genre, Intern(genres_, document.genre));
  stats.year = static_cast<int16_t>(PublishedYear(document).value_or(0));
  stats.validity = document.validity;

  const auto doc = static_cast<DocNumber>(stats_.size());
  pending_terms_.clear();
  pending_length_ = 0;
  AddField(document.title, options_.title_weight, DictionaryWords::kYes);
  AddField(document.doc_no, options_.doc_no_weight, DictionaryWords::kNo);
  AddField(document.keywords, options_.keywords_weight, DictionaryWords::kYes);
  AddField(document.summary, options_.summary_weight, DictionaryWords::kYes);
  AddField(document.agency, options_.agency_weight, DictionaryWords::kYes);
  AddField(document.body, options_.body_weight, options_.body_words);
  for (const uint32_t term_id : pending_terms_) {
    TermPostings& list = postings_[term_id];
    const auto clamped = static_cast<uint8_t>(std::min(pending_[term_id], 255U));
    pending_[term_id] = 0;
    list.docs.push_back(doc);
    list.frequencies.push_back(clamped);
    list.max_frequency = std::max(list.max_frequency, clamped);
  }
  stats.length = std::max(pending_length_, 1.0F);
  total_length_ += stats.length;
  stats_.push_back(stats);
  documents_.push_back(std::move(document));
  return doc;
}

double MemoryIndex::AverageLength() const {
  return stats_.empty() ? 1.0 : total_length_ / static_cast<double>(stats_.size());
}

PostingList MemoryIndex::Postings(std::string_view term) const {
  const std::optional<uint32_t> id = term_ids_.Find(term);
  if (!id) {
    return {};
  }
  const TermPostings& list = postings_[*id];
  return PostingList{list.docs, list.frequencies, list.max_frequency};
}

const MemoryIndex::FacetTable& MemoryIndex::Table(Facet facet) const {
  switch (facet) {
    case Facet::kAgency:
      return agencies_;
    case Facet::kCategory:
      return categories_;
    case Facet::kGenre:
      break;
  }
  return genres_;
}

std::optional<uint16_t> MemoryIndex::FacetId(Facet facet, std::string_view value) const {
  const FacetTable& table = Table(facet);
  const auto it = table.find(std::string(value));
  if (it == table.end()) {
    return std::nullopt;
  }
  return it->second;
}

size_t MemoryIndex::PostingBytes() const {
  size_t bytes = 0;
  for (const TermPostings& list : postings_) {
    bytes += list.docs.size() * (sizeof(DocNumber) + 1) + sizeof(TermPostings);
  }
  return bytes + term_ids_.MemoryBytes() + stats_.size() * sizeof(DocStats);
}

}  // namespace gongkai::search
