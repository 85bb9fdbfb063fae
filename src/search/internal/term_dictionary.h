// Term → dense id for the in-memory index. Most terms are a Han character or bigram (3 or 6
// bytes of UTF-8), so terms of up to seven bytes are packed into a 64-bit key in an
// open-addressing table (one probe, no node to chase), and longer ones go to a hash map.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gongkai::search::internal {

class TermDictionary {
 public:
  // The id of `term`, inserting it with id size() when it is new. Returns {id, inserted}.
  std::pair<uint32_t, bool> FindOrInsert(std::string_view term);
  // The id of `term`, or nullopt.
  std::optional<uint32_t> Find(std::string_view term) const;
  size_t size() const { return count_; }
  // Bytes held by the table and the long terms.
  size_t MemoryBytes() const;

 private:
  struct Slot {
    uint64_t key = 0;  // 0: empty
    uint32_t id = 0;
  };
  static std::optional<uint64_t> Pack(std::string_view term);
  size_t Probe(uint64_t key) const;
  void Grow();

  std::vector<Slot> slots_ = std::vector<Slot>(1024);
  size_t short_count_ = 0;
  std::unordered_map<std::string, uint32_t> long_terms_;
  uint32_t count_ = 0;
};

}  // namespace gongkai::search::internal
