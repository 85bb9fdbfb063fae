#include "search/internal/term_dictionary.h"

#include <cstring>

namespace gongkai::search::internal {

std::optional<uint64_t> TermDictionary::Pack(std::string_view term) {
  if (term.empty() || term.size() > 7) {
    return std::nullopt;
  }
  uint64_t key = 0;
  std::memcpy(&key, term.data(), term.size());
  // The length in the top byte keeps every packed key nonzero and distinct.
  return key | (static_cast<uint64_t>(term.size()) << 56);
}

size_t TermDictionary::Probe(uint64_t key) const {
  const size_t mask = slots_.size() - 1;
  // Fibonacci hashing spreads the packed bytes over the table.
  size_t at = static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 20) & mask;
  while (slots_[at].key != 0 && slots_[at].key != key) {
    at = (at + 1) & mask;
  }
  return at;
}

void TermDictionary::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_ = std::vector<Slot>(old.size() * 2);
  for (const Slot& slot : old) {
    if (slot.key != 0) {
      slots_[Probe(slot.key)] = slot;
    }
  }
}

std::pair<uint32_t, bool> TermDictionary::FindOrInsert(std::string_view term) {
  const std::optional<uint64_t> key = Pack(term);
  if (!key) {
    const auto [it, inserted] = long_terms_.try_emplace(std::string(term), count_);
    count_ += inserted ? 1 : 0;
    return {it->second, inserted};
  }
  size_t at = Probe(*key);
  if (slots_[at].key == *key) {
    return {slots_[at].id, false};
  }
  if ((short_count_ + 1) * 2 > slots_.size()) {
    Grow();
    at = Probe(*key);
  }
  slots_[at] = Slot{*key, count_};
  ++short_count_;
  return {count_++, true};
}

std::optional<uint32_t> TermDictionary::Find(std::string_view term) const {
  const std::optional<uint64_t> key = Pack(term);
  if (!key) {
    const auto it = long_terms_.find(std::string(term));
    return it == long_terms_.end() ? std::nullopt : std::optional<uint32_t>(it->second);
  }
  const Slot& slot = slots_[Probe(*key)];
  return slot.key == *key ? std::optional<uint32_t>(slot.id) : std::nullopt;
}

size_t TermDictionary::MemoryBytes() const {
  size_t bytes = slots_.size() * sizeof(Slot);
  for (const auto& [term, id] : long_terms_) {
    bytes += term.size() + sizeof(id) + 2 * sizeof(void*);
  }
  return bytes;
}

}  // namespace gongkai::search::internal
