// Reads what a person typed into the search box: the normalised text, the exact phrases asked
// for in quotes or 《》, and the 文号 it contains (typed with 〔〕, [], 【】 or ()).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::search {

// Queries longer than this many code points are cut: nobody types more, and it bounds the work
// of a query whatever is sent.
inline constexpr size_t kMaxQueryLength = 200;

struct ParsedQuery {
  std::u32string text;                  // normalised, quote marks removed
  std::vector<std::u32string> phrases;  // normalised text between "" “” 「」 『』 or 《》
  // Normalised 文号 with each reading of its issuer code (办发(2019)19号, 国办发(2019)19号, …).
  std::vector<std::u32string> doc_nos;
};

// Total: any bytes give a ParsedQuery (malformed UTF-8 becomes U+FFFD, which matches nothing).
ParsedQuery ParseQuery(std::string_view query);

}  // namespace gongkai::search
