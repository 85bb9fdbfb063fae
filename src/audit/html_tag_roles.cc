#include "audit/html_tag_roles.h"

#include <array>
#include <cstdint>

namespace gongkai::audit {
namespace {

struct TagEntry {
  std::string_view name;
  HtmlTagInfo info;
};

constexpr HtmlTagInfo kBlock{HtmlTagRole::kBlock, false};

// Elements that shape the text; every other element is inline. Looked up for every tag, so the
// table is bucketed by first letter (see HtmlTagInfoOf).
constexpr std::array<TagEntry, 71> kTags = {{
    {"address", kBlock},
    {"area", {HtmlTagRole::kInline, true}},
    {"article", kBlock},
    {"aside", kBlock},
    {"audio", {HtmlTagRole::kSkip, false}},
    {"base", {HtmlTagRole::kInline, true}},
    {"basefont", {HtmlTagRole::kInline, true}},
    {"blockquote", kBlock},
    {"body", kBlock},
    {"br", {HtmlTagRole::kBlock, true}},
    {"canvas", {HtmlTagRole::kSkip, false}},
    {"caption", {HtmlTagRole::kCaption, false}},
    {"center", kBlock},
    {"col", {HtmlTagRole::kInline, true}},
    {"dd", kBlock},
    {"details", kBlock},
    {"dialog", kBlock},
    {"dir", kBlock},
    {"div", kBlock},
    {"dl", kBlock},
    {"dt", kBlock},
    {"embed", {HtmlTagRole::kInline, true}},
    {"fieldset", kBlock},
    {"figcaption", kBlock},
    {"figure", kBlock},
    {"footer", kBlock},
    {"form", kBlock},
    {"h1", kBlock},
    {"h2", kBlock},
    {"h3", kBlock},
    {"h4", kBlock},
    {"h5", kBlock},
    {"h6", kBlock},
    {"header", kBlock},
    {"hgroup", kBlock},
    {"hr", {HtmlTagRole::kBlock, true}},
    {"html", kBlock},
    {"img", {HtmlTagRole::kInline, true}},
    {"input", {HtmlTagRole::kInline, true}},
    {"keygen", {HtmlTagRole::kInline, true}},
    {"legend", kBlock},
    {"li", kBlock},
    {"link", {HtmlTagRole::kInline, true}},
    {"listing", {HtmlTagRole::kPre, false}},
    {"main", kBlock},
    {"math", {HtmlTagRole::kSkip, false}},
    {"menu", kBlock},
    {"meta", {HtmlTagRole::kInline, true}},
    {"nav", kBlock},
    {"object", {HtmlTagRole::kSkip, false}},
    {"ol", kBlock},
    {"p", kBlock},
    {"param", {HtmlTagRole::kInline, true}},
    {"pre", {HtmlTagRole::kPre, false}},
    {"section", kBlock},
    {"select", {HtmlTagRole::kSkip, false}},
    {"source", {HtmlTagRole::kInline, true}},
    {"summary", kBlock},
    {"svg", {HtmlTagRole::kSkip, false}},
    {"table", {HtmlTagRole::kTable, false}},
    {"tbody", {HtmlTagRole::kSection, false}},
    {"td", {HtmlTagRole::kCell, false}},
    {"template", {HtmlTagRole::kSkip, false}},
    {"tfoot", {HtmlTagRole::kSection, false}},
    {"th", {HtmlTagRole::kCell, false}},
    {"thead", {HtmlTagRole::kSection, false}},
    {"tr", {HtmlTagRole::kRow, false}},
    {"track", {HtmlTagRole::kInline, true}},
    {"ul", kBlock},
    {"video", {HtmlTagRole::kSkip, false}},
    {"wbr", {HtmlTagRole::kInline, true}},
}};

// [first, last) index range in kTags of the names starting with each letter.
struct LetterRange {
  std::array<std::uint8_t, 27> begin{};
};

constexpr LetterRange MakeLetterRange() {
  LetterRange range;
  std::size_t index = 0;
  for (int letter = 0; letter < 26; ++letter) {
    range.begin[static_cast<std::size_t>(letter)] = static_cast<std::uint8_t>(index);
    while (index < kTags.size() && kTags[index].name[0] == 'a' + letter) {
      ++index;
    }
  }
  range.begin[26] = static_cast<std::uint8_t>(index);
  return range;
}

constexpr LetterRange kLetterRange = MakeLetterRange();
static_assert(kLetterRange.begin[26] == kTags.size(), "kTags must be sorted by name");

}  // namespace

HtmlTagInfo HtmlTagInfoOf(std::string_view name) {
  if (name.empty() || name[0] < 'a' || name[0] > 'z') {
    return {};
  }
  const auto letter = static_cast<std::size_t>(name[0] - 'a');
  for (std::size_t i = kLetterRange.begin[letter]; i < kLetterRange.begin[letter + 1]; ++i) {
    if (kTags[i].name == name) {
      return kTags[i].info;
    }
  }
  return {};
}

}  // namespace gongkai::audit
