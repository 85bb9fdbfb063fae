#include "audit/prose_evidence.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "audit/byte_words.h"
#include "audit/extraction_rules.h"
#include "audit/fused_run_splitter.h"
#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

using domain::Severity;
using Split = std::vector<std::int64_t>;

constexpr std::size_t kContextBefore = 30;
constexpr std::size_t kContextAfter = 8;
constexpr std::size_t kQuoteBefore = 14;
constexpr std::size_t kMaxDigits = 15;
constexpr std::u32string_view kUnits = U"件条个项元";

struct Keyword {
  std::u32string_view word;
  int column;
};

// What a stated number about normative documents counts, by the nearest keyword before it.
constexpr std::array<Keyword, 7> kNormative2021 = {{{U"制发", 0},
                                                    {U"制定", 0},
                                                    {U"印发", 0},
                                                    {U"出台", 0},
                                                    {U"废止", 1},
                                                    {U"失效", 1},
                                                    {U"现行有效", 2}}};
constexpr std::array<Keyword, 7> kNormative2019 = {{{U"新制作", 0},
                                                    {U"制发", 0},
                                                    {U"制定", 0},
                                                    {U"印发", 0},
                                                    {U"公开", 1},
                                                    {U"对外公开总", 2},
                                                    {U"累计", 2}}};

constexpr std::size_t kUnitBytes = 3;  // 件 条 个 项 元 are three bytes in UTF-8
constexpr std::size_t kBytesPerChar = 3;
constexpr std::size_t kMinProseBytes = 12;
constexpr unsigned kAfterDigits = '9' + 1;

bool IsDigitByte(char c) {
  return c >= '0' && c <= '9';
}

// The unit starting at `at` of `text`, or 0.
char32_t UnitAt(std::string_view text, std::size_t at) {
  if (text.size() - at < kUnitBytes || static_cast<unsigned char>(text[at]) < 0xE0) {
    return 0;
  }
  std::size_t i = at;
  const char32_t c = DecodeUtf8At(text, i);
  return kUnits.find(c) != std::u32string_view::npos ? c : 0;
}

// Up to `chars` characters of `text` before byte `end` (starting on a character boundary).
std::u32string FoldedBefore(std::string_view text, std::size_t end, std::size_t chars) {
  std::size_t begin = end > chars * kBytesPerChar ? end - chars * kBytesPerChar : 0;
  while (begin < end && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) {
    ++begin;
  }
  std::u32string folded = DecodeUtf8(text.substr(begin, end - begin));
  if (folded.size() > chars) {
    folded.erase(0, folded.size() - chars);
  }
  for (char32_t& c : folded) {
    c = FoldChar(c);
  }
  return folded;
}

std::u32string FoldedAfter(std::string_view text, std::size_t begin, std::size_t chars) {
  std::size_t end = std::min(text.size(), begin + chars * kBytesPerChar);
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
    ++end;
  }
  std::u32string folded = DecodeUtf8(text.substr(begin, end - begin));
  if (folded.size() > chars) {
    folded.resize(chars);
  }
  for (char32_t& c : folded) {
    c = FoldChar(c);
  }
  return folded;
}

constexpr std::array<std::string_view, 3> kTopics = {"申请", "规范性文件", "采购"};

// True when the bytes around a number mention what the evidence is about: most numbers in prose
// do not, and are never decoded.
bool NearTopic(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t from =
      begin > kContextBefore * kBytesPerChar ? begin - kContextBefore * kBytesPerChar : 0;
  const std::size_t to = std::min(text.size(), end + kUnitBytes + kContextAfter * kBytesPerChar);
  const std::string_view near = text.substr(from, to - from);
  return std::any_of(kTopics.begin(), kTopics.end(), [&](std::string_view topic) {
    return near.find(topic) != std::string_view::npos;
  });
}

// The numbers of one cell's text followed by a unit. Only bytes are looked at, except around a
// number that has one.
void ScanCell(std::string_view text, std::vector<StatedNumber>& stated) {
  std::size_t i = 0;
  while (i < text.size()) {
    i = SkipToByteBelow(text, i, kAfterDigits);
    if (i == text.size()) {
      break;
    }
    if (!IsDigitByte(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && IsDigitByte(text[end])) {
      ++end;
    }
    const char32_t unit = end - i <= kMaxDigits ? UnitAt(text, end) : 0;
    if (unit != 0 && NearTopic(text, i, end)) {
      StatedNumber number;
      for (std::size_t k = i; k < end; ++k) {
        number.value = number.value * 10 + (text[k] - '0');
      }
      number.unit = unit;
      number.before = FoldedBefore(text, i, kContextBefore);
      number.after = FoldedAfter(text, end + kUnitBytes, kContextAfter);
      std::u32string quote = FoldedBefore(text, i, kQuoteBefore);
      quote += DecodeUtf8(text.substr(i, end + kUnitBytes - i));
      number.quote = EncodeUtf8(quote);
      stated.push_back(std::move(number));
    }
    i = end;
  }
}

struct Fact {
  int column;
  std::int64_t value;
  const StatedNumber* source;
};

// The column a stated number names, by the keyword nearest before it.
std::optional<int> ColumnOf(const StatedNumber& number, std::span<const Keyword> keywords) {
  std::optional<int> column;
  std::size_t best_end = 0;
  for (const Keyword& keyword : keywords) {
    const std::size_t at = number.before.rfind(keyword.word);
    if (at == std::u32string::npos) {
      continue;
    }
    const std::size_t end = at + keyword.word.size();
    if (!column.has_value() || end > best_end) {
      column = keyword.column;
      best_end = end;
    }
  }
  return column;
}

std::vector<Fact> NormativeFacts(const std::vector<StatedNumber>& stated,
                                 domain::TemplateVersion version) {
  const std::span<const Keyword> keywords = version == domain::TemplateVersion::k2019
                                                ? std::span<const Keyword>(kNormative2019)
                                                : std::span<const Keyword>(kNormative2021);
  std::vector<Fact> facts;
  for (const StatedNumber& number : stated) {
    const bool names_row = number.before.find(U"规范性文件") != std::u32string::npos ||
                           number.after.find(U"规范性文件") != std::u32string::npos;
    if (number.unit == U'元' || !names_row) {
      continue;
    }
    if (const std::optional<int> column = ColumnOf(number, keywords); column.has_value()) {
      facts.push_back(Fact{*column, number.value, &number});
    }
  }
  return facts;
}

std::vector<Fact> ProcurementFacts(const std::vector<StatedNumber>& stated) {
  std::vector<Fact> facts;
  for (const StatedNumber& number : stated) {
    if (number.before.find(U"采购") != std::u32string::npos) {
      facts.push_back(Fact{number.unit == U'元' ? 1 : 0, number.value, &number});
    }
  }
  return facts;
}

int Agreement(const Split& split, const std::vector<Fact>& facts) {
  int score = 0;
  for (const Fact& fact : facts) {
    const auto column = static_cast<std::size_t>(fact.column);
    score += column < split.size() && split[column] == fact.value ? 1 : 0;
  }
  return score;
}

std::string Quotes(const std::vector<Fact>& facts, const Split& split) {
  std::string out;
  for (const Fact& fact : facts) {
    const auto column = static_cast<std::size_t>(fact.column);
    if (column < split.size() && split[column] == fact.value) {
      out += (out.empty() ? "“" : "”“") + fact.source->quote;
    }
  }
  return out + "”";
}

void ChooseSplit(const std::string& row_name, const std::vector<Split>& candidates,
                 const std::vector<Fact>& facts, domain::AnnualReport& report) {
  int best = 0;
  int holders = 0;
  const Split* chosen = nullptr;
  for (const Split& split : candidates) {
    const int score = Agreement(split, facts);
    if (score > best) {
      best = score;
      holders = 1;
      chosen = &split;
    } else if (score == best && score > 0) {
      ++holders;
    }
  }
  auto row = report.proactive->find(row_name);
  if (chosen == nullptr || holders != 1 || row == report.proactive->end()) {
    return;
  }
  std::size_t column = 0;
  for (const domain::ProactiveRowSpec& spec : domain::ProactiveRowsOf(report.template_version)) {
    if (spec.row != row_name) {
      continue;
    }
    for (column = 0; column < static_cast<std::size_t>(spec.column_count); ++column) {
      row->second[std::string(spec.columns[column])] = static_cast<double>((*chosen)[column]);
    }
  }
  // The row is read now: its reading finding gives way to the warning that says how.
  std::string where = std::string(domain::SectionHeading(2)) + " / " + row_name;
  std::erase_if(report.findings, [&](const domain::Finding& finding) {
    const bool same_row =
        finding.where.starts_with(domain::SectionHeading(2)) && finding.where.ends_with(row_name);
    if (finding.rule == kRuleCellsFusedRun && same_row) {
      where = finding.where;
      return true;
    }
    return false;
  });
  report.findings.push_back(
      MakeFinding(kRuleProseSplit, Severity::kWarning, where,
                  "本行连在一起的数字有 " + std::to_string(candidates.size()) +
                      " 种拆分方式，只有 " + JoinCellValues(*chosen) + " 与报告正文所述最相符（" +
                      Quotes(facts, *chosen) + "），已按此拆分，请核对原表"));
}

constexpr std::size_t kRequestContext = 16;

// "共收到政府信息公开申请34件", "共受理公开申请8件", "依申请公开信息数22条".
bool StatesRequestsReceived(const StatedNumber& number) {
  if (number.unit != U'件' && number.unit != U'条') {
    return false;
  }
  const std::u32string_view near =
      std::u32string_view(number.before)
          .substr(number.before.size() > kRequestContext ? number.before.size() - kRequestContext
                                                         : 0);
  for (std::u32string_view part : {U"渠道", U"其中", U"方式"}) {
    if (near.find(part) != std::u32string_view::npos) {
      return false;  // a part of the requests (one channel, one kind), not all of them
    }
  }
  const bool received = near.find(U"收到") != std::u32string_view::npos ||
                        near.find(U"受理") != std::u32string_view::npos;
  return (received && near.find(U"申请") != std::u32string_view::npos) ||
         near.find(U"依申请公开信息") != std::u32string_view::npos;
}

std::string Num(std::int64_t value) {
  return std::to_string(value);
}

void CompareRequests(const std::vector<StatedNumber>& stated, domain::AnnualReport& report) {
  if (!report.requests.has_value()) {
    return;
  }
  const domain::CountCell received =
      report.row(domain::RequestRow::kNewlyReceived)[domain::kTotalColumn];
  const domain::CountCell carried =
      report.row(domain::RequestRow::kCarriedFromLastYear)[domain::kTotalColumn];
  if (!received.has_value()) {
    return;
  }
  const StatedNumber* differing = nullptr;
  for (const StatedNumber& number : stated) {
    if (!StatesRequestsReceived(number)) {
      continue;
    }
    if (number.value == *received || number.value == *received + carried.value_or(0)) {
      return;  // the prose agrees somewhere: other numbers may count something else
    }
    differing = differing == nullptr ? &number : differing;
  }
  if (differing != nullptr) {
    report.findings.push_back(MakeFinding(
        kRuleProseMismatch, Severity::kWarning,
        std::string(domain::SectionHeading(3)) + " / 一、本年新收政府信息公开申请数量 / 总计",
        "报告正文写“" + differing->quote + "”，但表中本年新收申请总计为 " + Num(*received)));
  }
}

// A stated number with a strong keyword (制发, 废止, 现行有效) that no cell of its column equals.
void CompareNormative(const std::vector<StatedNumber>& stated, domain::AnnualReport& report) {
  for (const domain::ProactiveRowSpec& spec : domain::ProactiveRowsOf(report.template_version)) {
    const auto row = report.proactive->find(std::string(spec.row));
    if (spec.row.find("规范性文件") == std::string_view::npos || row == report.proactive->end()) {
      continue;
    }
    const std::vector<Fact> facts = NormativeFacts(stated, report.template_version);
    for (int column = 0; column < spec.column_count; ++column) {
      const std::string name(spec.columns[static_cast<std::size_t>(column)]);
      const std::optional<double> cell = row->second[name];
      const Fact* differing = nullptr;
      bool agrees = false;
      for (const Fact& fact : facts) {
        if (fact.column == column) {
          agrees = agrees || (cell.has_value() && *cell == static_cast<double>(fact.value));
          differing = differing == nullptr ? &fact : differing;
        }
      }
      if (cell.has_value() && differing != nullptr && !agrees &&
          report.template_version == domain::TemplateVersion::k2021) {
        report.findings.push_back(MakeFinding(
            kRuleProseMismatch, Severity::kWarning,
            std::string(domain::SectionHeading(2)) + " / " + std::string(spec.row) + " / " + name,
            "报告正文写“" + differing->source->quote + "”，但表中为 " +
                Num(static_cast<std::int64_t>(*cell))));
      }
    }
  }
}

}  // namespace

std::vector<StatedNumber> FindStatedNumbers(const Document& document) {
  std::vector<StatedNumber> stated;
  for (const TextLine& line : document.lines) {
    if (line.kind == LineKind::kTableRow) {
      continue;  // prose is not in table cells
    }
    for (const TextCell& cell : line.cells) {
      // A number, its unit and a topic word take more bytes than most table cells have.
      if (cell.text.size() >= kMinProseBytes) {
        ScanCell(cell.text, stated);
      }
    }
  }
  return stated;
}

void ApplyProseEvidence(const std::vector<StatedNumber>& stated,
                        const std::map<std::string, std::vector<Split>>& ambiguous,
                        domain::AnnualReport& report) {
  if (!report.proactive.has_value()) {
    return;
  }
  for (const auto& [row_name, candidates] : ambiguous) {
    const bool procurement = row_name == "政府集中采购";
    const std::vector<Fact> facts =
        procurement ? ProcurementFacts(stated) : NormativeFacts(stated, report.template_version);
    ChooseSplit(row_name, candidates, facts, report);
  }
  CompareNormative(stated, report);
}

void CompareProseWithTables(const std::vector<StatedNumber>& stated, domain::AnnualReport& report) {
  CompareRequests(stated, report);
}

}  // namespace gongkai::audit
