#include "audit/report_identity.h"

#include <algorithm>
#include <span>
#include <string_view>
#include <vector>

#include "audit/extraction_rules.h"
#include "audit/label_normalizer.h"
#include "audit/layout_tokenizer.h"
#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

using domain::Severity;

constexpr std::size_t kMaxTitleLength = 60;
constexpr std::size_t kMaxAgencyLength = 40;
constexpr std::size_t kMaxPrefixLength = 12;
constexpr std::u32string_view kStopChars =
    U"由在将与和及对为向经据请是了的于从把被给按照现各本该即让使同以至到共";
constexpr std::u32string_view kPlaceEnds = U"省市区县州盟旗";

bool Contains(std::u32string_view text, std::u32string_view word) {
  return text.find(word) != std::u32string_view::npos;
}

bool IsNameChar(char32_t c) {
  return IsCjkChar(c) || c == '(' || c == ')';
}

// A year 1990-2099 written as four digits at `pos` followed by `next` (when given).
std::optional<int> YearAt(std::u32string_view text, std::size_t pos) {
  if (pos + 4 > text.size()) {
    return std::nullopt;
  }
  int value = 0;
  for (std::size_t i = pos; i < pos + 4; ++i) {
    if (!IsAsciiDigit(text[i])) {
      return std::nullopt;
    }
    value = value * 10 + static_cast<int>(text[i] - '0');
  }
  if (value < 1990 || value > 2099 || (pos > 0 && IsAsciiDigit(text[pos - 1]))) {
    return std::nullopt;
  }
  return value;
}

// The position of the first "YYYY年" in `text`.
std::optional<std::size_t> YearBeforeNian(std::u32string_view text) {
  for (std::size_t pos = text.find(U'年'); pos != std::u32string_view::npos;
       pos = text.find(U'年', pos + 1)) {
    if (pos >= 4 && YearAt(text, pos - 4).has_value()) {
      return pos - 4;
    }
  }
  return std::nullopt;
}

struct Title {
  std::size_t line = 0;
  int year = 0;
  std::u32string agency;
};

bool IsTitleText(std::u32string_view compact) {
  return Contains(compact, U"政府信息公开") && !Contains(compact, U"。") &&
         (Contains(compact, U"年度报告") || Contains(compact, U"工作报告") ||
          Contains(compact, U"年报"));
}

bool IsNameLine(std::u32string_view text) {
  return !text.empty() && text.size() <= kMaxAgencyLength &&
         std::all_of(text.begin(), text.end(), IsNameChar);
}

// The organ named right before the year ("XX局2023年…"), else right after it ("2023年XX局政府信息
// 公开…"); a trailing "关于" is not part of the name.
std::u32string NameAroundYear(std::u32string_view text, std::size_t year_pos) {
  std::size_t begin = year_pos;
  while (begin > 0 && IsNameChar(text[begin - 1]) && year_pos - begin < kMaxAgencyLength) {
    --begin;
  }
  std::u32string_view name = text.substr(begin, year_pos - begin);
  if (name.empty()) {
    std::size_t after = year_pos + 5;  // "YYYY年"
    if (after < text.size() && text[after] == U'度') {
      ++after;
    }
    const auto end = text.find(U"政府信息公开", after);
    if (end != std::u32string_view::npos && IsNameLine(text.substr(after, end - after))) {
      name = text.substr(after, end - after);
    }
  }
  if (name.ends_with(U"关于")) {
    name.remove_suffix(2);
  }
  return std::u32string(name);
}

// The organ the title names: the name around the year, else a short name line above.
std::optional<Title> ReadTitle(std::span<const std::u32string_view> lines, std::size_t index) {
  const std::u32string_view text = lines[index];
  const auto year_pos = YearBeforeNian(text);
  if (!year_pos.has_value() || !IsTitleText(text)) {
    return std::nullopt;
  }
  Title title{index, *YearAt(text, *year_pos), NameAroundYear(text, *year_pos)};
  for (std::size_t up = index; title.agency.empty() && up > 0 && index - up < 3; --up) {
    if (IsNameLine(lines[up - 1])) {
      title.agency = std::u32string(lines[up - 1]);
    }
  }
  return title;
}

std::optional<Title> FindTitle(std::span<const std::u32string_view> lines) {
  std::optional<Title> fallback;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto title = ReadTitle(lines, i);
    if (!title.has_value()) {
      continue;
    }
    if (lines[i].size() <= kMaxTitleLength) {
      return title;
    }
    if (!fallback.has_value()) {
      fallback = title;
    }
  }
  return fallback;
}

// The longest "<place prefix><agency>" the text gives, e.g. 淮安市 + 洪泽区人民政府.
std::u32string CompleteAgency(std::span<const std::u32string_view> lines,
                              const std::u32string& agency) {
  std::u32string best = agency;
  const bool starts_with_place =
      kPlaceEnds.find(agency.front()) != std::u32string_view::npos || agency.starts_with(U"自治");
  for (const std::u32string_view line : lines) {
    for (std::size_t pos = line.find(agency); pos != std::u32string_view::npos;
         pos = line.find(agency, pos + 1)) {
      std::size_t begin = pos;
      while (begin > 0 && pos - begin < kMaxPrefixLength && IsCjkChar(line[begin - 1]) &&
             kStopChars.find(line[begin - 1]) == std::u32string_view::npos) {
        --begin;
      }
      const std::u32string_view prefix(line.data() + begin, pos - begin);
      const bool place = !prefix.empty() && (starts_with_place || kPlaceEnds.find(prefix.back()) !=
                                                                      std::u32string_view::npos);
      if (place && prefix.size() + agency.size() > best.size()) {
        best = std::u32string(prefix) + agency;
      }
    }
  }
  return best;
}

std::optional<int> PeriodYear(std::span<const std::u32string_view> lines) {
  // The most specific wording first: "统计数据" earlier in a sentence must not win.
  for (std::u32string_view key : {U"统计期", U"统计时", U"统计区间", U"统计"}) {
    for (const std::u32string_view line : lines) {
      const auto at = line.find(key);
      if (at == std::u32string_view::npos) {
        continue;
      }
      for (std::size_t pos = at; pos < line.size() && pos < at + 30; ++pos) {
        if (IsAsciiDigit(line[pos])) {
          // "202411日" lost its 年/月: the first four digits are still the year.
          return YearAt(line, pos);
        }
      }
    }
  }
  return std::nullopt;
}

std::optional<int> PublishedYear(std::span<const std::u32string_view> lines) {
  for (const std::u32string_view line : lines) {
    for (std::u32string_view key : {U"发布时间", U"发布日期", U"成文日期", U"发文日期"}) {
      const auto at = line.find(key);
      if (at == std::u32string_view::npos) {
        continue;
      }
      std::size_t pos = at + key.size();
      while (pos < line.size() && !IsAsciiDigit(line[pos]) && pos < at + key.size() + 3) {
        ++pos;
      }
      if (auto year = YearAt(line, pos); year.has_value()) {
        return year;
      }
    }
  }
  return std::nullopt;
}

// Appends a line of the head to `out`, folded for reading (AppendLineCompact); long paragraphs
// that name neither the report, the statistics period nor a publication date cannot hold what is
// read here and add nothing.
void AppendHeadLine(const TextLine& line, std::u32string& out) {
  constexpr std::size_t kLongLine = 300;
  std::size_t bytes = 0;  // of LineText(line)
  bool keyword = false;   // no keyword can span two cells: LineText puts a space between them
  for (const TextCell& cell : line.cells) {
    bytes += cell.text.size() + (bytes > 0 && !cell.text.empty() ? 1 : 0);
    const std::string_view text = cell.text;
    keyword = keyword || text.find("报告") != std::string_view::npos ||
              text.find("统计") != std::string_view::npos ||
              text.find("发布") != std::string_view::npos;
  }
  if (bytes <= kLongLine || keyword) {
    AppendLineCompact(line, out);
  }
}

void DecideYear(ReportIdentity& identity) {
  if (identity.title_year.has_value()) {
    identity.year = identity.title_year;
  } else if (identity.period_year.has_value()) {
    identity.year = identity.period_year;
  } else if (identity.published_year.has_value()) {
    identity.year = *identity.published_year - 1;  // reports come out early in the next year
  }
  if (identity.title_year.has_value() && identity.period_year.has_value() &&
      *identity.title_year != *identity.period_year) {
    identity.findings.push_back(MakeFinding(
        kRuleYearConflict, Severity::kWarning, "标题 / 统计期限",
        "标题写的是 " + std::to_string(*identity.title_year) + " 年，统计期限写的却是 " +
            std::to_string(*identity.period_year) + " 年，请核对"));
  }
}

}  // namespace

ReportIdentity DetectIdentity(const Document& document, std::size_t head_end) {
  ReportIdentity identity;
  // The folded head lines, one after the other in one buffer, then viewed line by line.
  std::u32string folded;
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i < head_end && i < document.lines.size(); ++i) {
    if (document.lines[i].kind != LineKind::kPageBreak) {
      AppendHeadLine(document.lines[i], folded);
      ends.push_back(folded.size());
    }
  }
  std::vector<std::u32string_view> lines;
  lines.reserve(ends.size());
  for (std::size_t k = 0, begin = 0; k < ends.size(); begin = ends[k], ++k) {
    lines.push_back(std::u32string_view(folded).substr(begin, ends[k] - begin));
  }
  if (const auto title = FindTitle(lines); title.has_value()) {
    identity.looks_like_report = true;
    identity.title_year = title->year;
    if (!title->agency.empty()) {
      identity.agency = EncodeUtf8(CompleteAgency(lines, title->agency));
    }
  }
  identity.period_year = PeriodYear(lines);
  identity.published_year = PublishedYear(lines);
  DecideYear(identity);
  if (!identity.agency.has_value()) {
    identity.findings.push_back(
        MakeFinding(kRuleAgencyMissing, Severity::kInfo, "标题", "没能从标题读出发布机关"));
  }
  if (!identity.year.has_value()) {
    identity.findings.push_back(
        MakeFinding(kRuleYearMissing, Severity::kInfo, "标题", "没能从标题或统计期限读出报告年度"));
  }
  return identity;
}

}  // namespace gongkai::audit
