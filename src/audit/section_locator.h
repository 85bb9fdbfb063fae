// Finding the parts of a report that hold the statistics tables: sections 二 (proactive), 三
// (requests) and 四 (reconsideration and litigation), each from its heading to the next one. When a
// heading is missing, the table's own first labels stand in for it.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "audit/document.h"

namespace gongkai::audit {

// Lines [begin, end) of Document::lines.
struct LineRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return begin >= end; }
};

struct SectionMap {
  // Line of the heading of section 1..6 (index 0 unused), when printed.
  std::array<std::optional<std::size_t>, 7> headings;
  std::optional<LineRange> proactive;  // section 二's body
  std::optional<LineRange> requests;   // section 三's body
  std::optional<LineRange> review;     // section 四's body
};

// The section number (1-6) when `compact` (FoldCompact of a whole line) is a section heading of
// the 2019/2021 templates, e.g. "三、收到和处理政府信息公开申请情况"; nullopt otherwise. Headings
// are short lines numbered "X、" whose words identify the section.
std::optional<int> MatchSectionHeading(std::u32string_view compact);

// Locates the sections in one pass over the lines plus one pass over each fallback. Pure.
SectionMap LocateSections(const Document& document);

}  // namespace gongkai::audit
