// What each HTML element means for the text: a block boundary, a table part, content to skip, or
// inline markup. The HTML line builder looks it up for every tag.
#pragma once

#include <string_view>

namespace gongkai::audit {

enum class HtmlTagRole { kInline, kBlock, kPre, kSkip, kTable, kRow, kCell, kSection, kCaption };

struct HtmlTagInfo {
  HtmlTagRole role = HtmlTagRole::kInline;
  bool is_void = false;  // never has content or an end tag
};

// The role of the element named `name` (lower-case); kInline for any element not listed.
HtmlTagInfo HtmlTagInfoOf(std::string_view name);

}  // namespace gongkai::audit
