#include "audit/section_locator.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "audit/label_normalizer.h"
#include "audit/layout_tokenizer.h"
#include "audit/row_label_matcher.h"
#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

constexpr std::size_t kMaxHeadingBytes = 160;
constexpr std::size_t kMaxHeadingCore = 30;

bool Contains(std::u32string_view text, std::u32string_view word) {
  return text.find(word) != std::u32string_view::npos;
}

bool HeadingWordsFit(int number, std::u32string_view core) {
  switch (number) {
    case 1:
      return Contains(core, U"总体情况") || Contains(core, U"概述") || Contains(core, U"基本情况");
    case 2:
      return Contains(core, U"主动公开");
    case 3:
      return Contains(core, U"申请") &&
             (Contains(core, U"收到") || Contains(core, U"处理") || Contains(core, U"办理"));
    case 4:
      return Contains(core, U"复议") || Contains(core, U"诉讼");
    case 5:
      return Contains(core, U"问题") || Contains(core, U"改进");
    case 6:
      return Contains(core, U"其他需要报告") || Contains(core, U"其他事项");
    default:
      return false;
  }
}

std::u32string CompactLine(const TextLine& line) {
  std::u32string compact;
  AppendLineCompact(line, compact);
  return compact;
}

// The first line at or after `from` for which `fits` holds.
template <typename Predicate>
std::optional<std::size_t> FindLine(const Document& document, std::size_t from, Predicate fits) {
  for (std::size_t i = from; i < document.lines.size(); ++i) {
    if (document.lines[i].kind != LineKind::kPageBreak && fits(document.lines[i])) {
      return i;
    }
  }
  return std::nullopt;
}

// Where the request table starts when its heading is missing: the header note or the first row.
std::optional<std::size_t> RequestTableAnchor(const Document& document, std::size_t from) {
  return FindLine(document, from, [](const TextLine& line) {
    const std::u32string compact = CompactLine(line);
    return Contains(compact, U"勾稽关系") || Contains(compact, U"本年新收政府信息公开申请数量");
  });
}

std::optional<std::size_t> ProactiveTableAnchor(const Document& document, std::size_t to) {
  for (std::size_t i = 0; i < to && i < document.lines.size(); ++i) {
    const std::u32string core = CoreOf(CompactLine(document.lines[i]));
    if (RowLabelMatcher::MatchArticleBlock(core) == 1) {
      return i;
    }
  }
  return std::nullopt;
}

// Cheap test before any decoding: a heading's first visible character is a Chinese numeral.
bool MayBeHeading(const TextLine& line) {
  if (line.kind == LineKind::kPageBreak || line.cells.empty() ||
      line.cells.front().text.size() > kMaxHeadingBytes) {
    return false;
  }
  std::string_view text = line.cells.front().text;
  // Most lines start with none of the blanks stripped below: test their first byte only.
  const unsigned char lead = text.empty() ? 0 : static_cast<unsigned char>(text.front());
  if (lead == ' ' || lead == '\t' || lead == 0xE3 || lead == 0xC2) {
    using namespace std::string_view_literals;
    for (const std::string_view space : {" "sv, "\t"sv, "\u3000"sv, "\u00a0"sv}) {
      while (text.starts_with(space)) {
        text.remove_prefix(space.size());
      }
    }
  }
  // Every Chinese numeral is a 3-byte character: decode it in place.
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  if (text.size() < 3 || (bytes[0] & 0xF0) != 0xE0 || (bytes[1] & 0xC0) != 0x80 ||
      (bytes[2] & 0xC0) != 0x80) {
    return false;
  }
  const char32_t first = (static_cast<char32_t>(bytes[0] & 0x0F) << 12) |
                         (static_cast<char32_t>(bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F);
  return ChineseNumeralValue(std::u32string_view(&first, 1)) > 0;
}

void FindHeadings(const Document& document, SectionMap& map) {
  std::array<std::vector<std::size_t>, 7> candidates;
  for (std::size_t i = 0; i < document.lines.size(); ++i) {
    const TextLine& line = document.lines[i];
    if (!MayBeHeading(line)) {
      continue;
    }
    if (const auto number = MatchSectionHeading(CompactLine(line)); number.has_value()) {
      candidates[static_cast<std::size_t>(*number)].push_back(i);
    }
  }
  // Sections come in order: each heading is the first candidate after the previous heading found,
  // so that a stray line looking like a later heading cannot hide the real earlier ones.
  std::size_t after = 0;
  for (std::size_t number = 1; number <= 6; ++number) {
    for (std::size_t line : candidates[number]) {
      if (line >= after) {
        map.headings[number] = line;
        after = line + 1;
        break;
      }
    }
  }
}

// The first heading after section `number`, or the end of the document.
std::size_t NextHeadingAfter(const SectionMap& map, int number, std::size_t fallback) {
  for (int k = number + 1; k <= 6; ++k) {
    if (map.headings[k].has_value()) {
      return *map.headings[k];
    }
  }
  return fallback;
}

}  // namespace

std::optional<int> MatchSectionHeading(std::u32string_view compact) {
  const NormalizedLabel label = NormalizeCompact(compact);
  if (label.ordinal.kind != OrdinalKind::kChineseComma || label.ordinal.value < 1 ||
      label.ordinal.value > 6 || label.core.size() > kMaxHeadingCore) {
    return std::nullopt;
  }
  if (!HeadingWordsFit(label.ordinal.value, label.core)) {
    return std::nullopt;
  }
  return label.ordinal.value;
}

SectionMap LocateSections(const Document& document) {
  SectionMap map;
  FindHeadings(document, map);
  const std::size_t size = document.lines.size();
  std::optional<std::size_t> requests_begin;
  if (map.headings[3].has_value()) {
    requests_begin = *map.headings[3] + 1;
  } else {
    requests_begin = RequestTableAnchor(document, map.headings[2].value_or(0));
  }
  if (requests_begin.has_value()) {
    map.requests = LineRange{*requests_begin, NextHeadingAfter(map, 3, size)};
  }
  const std::size_t proactive_end = map.headings[3].value_or(requests_begin.value_or(size));
  std::optional<std::size_t> proactive_begin;
  if (map.headings[2].has_value()) {
    proactive_begin = *map.headings[2] + 1;
  } else {
    proactive_begin = ProactiveTableAnchor(document, proactive_end);
  }
  if (proactive_begin.has_value() && *proactive_begin < proactive_end) {
    map.proactive = LineRange{*proactive_begin, proactive_end};
  }
  if (map.headings[4].has_value()) {
    map.review = LineRange{*map.headings[4] + 1, NextHeadingAfter(map, 4, size)};
  } else if (map.requests.has_value()) {
    // Without its heading, the review table starts at its first header cell, 行政复议: the request
    // table never prints that word.
    const auto header = FindLine(document, map.requests->begin, [](const TextLine& line) {
      const std::u32string compact = CompactLine(line);
      return compact.size() <= kMaxHeadingCore && Contains(compact, U"行政复议");
    });
    if (header.has_value() && *header < map.requests->end) {
      map.review = LineRange{*header, map.requests->end};
      map.requests->end = *header;
    }
  }
  return map;
}

}  // namespace gongkai::audit
