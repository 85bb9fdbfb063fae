// The vocabulary gap between what people type and what government documents say: renamed
// agencies (工商局 → 市场监督管理局), colloquial words for official ones (交钱 → 信息处理费,
// 暂停营业 → 歇业) and common abbreviations (特设 → 特种设备). Each entry names its public source;
// the table is data kept in the repo (alias_table.cc) and reviewed like code.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace gongkai::search {

struct Alias {
  std::string_view from;    // as typed, normalised (NormalizeText) form
  std::string_view to;      // the official wording the documents use
  std::string_view source;  // where the correspondence is stated
};

// The built-in table of government usage (see alias_table.cc for the sources).
std::span<const Alias> BuiltinAliases();

// The entries of `table` whose `from` occurs in `normalized_query` (UTF-8, normalised), longest
// `from` first, at most `limit` of them, none whose `from` lies inside a longer match.
std::vector<Alias> MatchAliases(std::span<const Alias> table, std::string_view normalized_query,
                                size_t limit);

}  // namespace gongkai::search
