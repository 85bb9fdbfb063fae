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

// Elements that shape the text; every other element is inline. Looked up for every tag, through
// the hash table kSlots.
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

constexpr std::size_t kSlotCount = 256;  // a power of two, well above kTags.size()

constexpr std::size_t SlotOf(std::string_view name) {
  const auto first = static_cast<std::size_t>(static_cast<unsigned char>(name.front()));
  const auto last = static_cast<std::size_t>(static_cast<unsigned char>(name.back()));
  return (first * 7 + last * 31 + name.size() * 13) & (kSlotCount - 1);
}

// An open-addressing hash table of the indices in kTags (-1: empty slot), built at compile time:
// a lookup costs one hash and about one name comparison.
constexpr std::array<std::int8_t, kSlotCount> MakeSlots() {
  std::array<std::int8_t, kSlotCount> slots{};
  slots.fill(-1);
  for (std::size_t i = 0; i < kTags.size(); ++i) {
    std::size_t slot = SlotOf(kTags[i].name);
    while (slots[slot] >= 0) {
      slot = (slot + 1) & (kSlotCount - 1);
    }
    slots[slot] = static_cast<std::int8_t>(i);
  }
  return slots;
}

constexpr std::array<std::int8_t, kSlotCount> kSlots = MakeSlots();

// Tag names are short: comparing in line is cheaper than a call to memcmp.
bool SameName(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace

HtmlTagInfo HtmlTagInfoOf(std::string_view name) {
  // td, tr and th are nine tags in ten of a report's page (their start and end tags): they are
  // answered before hashing.
  if (name.size() == 2 && name[0] == 't') {
    if (name[1] == 'd' || name[1] == 'h') {
      return {HtmlTagRole::kCell, false};
    }
    if (name[1] == 'r') {
      return {HtmlTagRole::kRow, false};
    }
  }
  if (name.empty() || name[0] < 'a' || name[0] > 'z') {
    return {};
  }
  for (std::size_t slot = SlotOf(name); kSlots[slot] >= 0; slot = (slot + 1) & (kSlotCount - 1)) {
    const TagEntry& entry = kTags[static_cast<std::size_t>(kSlots[slot])];
    if (SameName(entry.name, name)) {
      return entry.info;
    }
  }
  return {};
}

}  // namespace gongkai::audit
