#include "audit/column_order_recovery.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "audit/extraction_rules.h"
#include "domain/annual_report.h"
#include "domain/report_checks.h"

namespace gongkai::audit {
namespace {

using domain::RequestRow;
using domain::Severity;

constexpr int kColumns = domain::kApplicantColumnCount;
constexpr std::size_t kMaxDigits = 15;  // more cannot be a count (and would overflow the sums)

using Cells = std::array<std::int64_t, kColumns>;

// The value of a token printed as a plain count ("0", "17"); nullopt for anything else (a
// placeholder, a leading zero, a fraction), which the recovery never guesses about.
std::optional<std::int64_t> PlainCount(const LayoutToken& token) {
  const std::u32string_view digits = token.compact;
  if (token.kind != TokenKind::kNumber || digits.empty() || digits.size() > kMaxDigits ||
      (digits.size() > 1 && digits[0] == U'0')) {
    return std::nullopt;
  }
  std::int64_t value = 0;
  for (char32_t c : digits) {
    if (c < U'0' || c > U'9') {
      return std::nullopt;
    }
    value = value * 10 + static_cast<std::int64_t>(c - U'0');
  }
  return value;
}

bool Found(const RequestTableResult& table, RequestRow row) {
  return table.rows[static_cast<std::size_t>(row)].found;
}

// The rows of the template the table follows, when its labels say so without doubt: every row of
// it was recognised and no row of the other variant (one 其他处理 row or three) was.
std::optional<std::span<const RequestRow>> TemplateRows(const RequestTableResult& table) {
  const bool single = Found(table, RequestRow::kOtherSingle);
  const bool sub_rows = Found(table, RequestRow::kOther1) || Found(table, RequestRow::kOther2) ||
                        Found(table, RequestRow::kOther3);
  if (single == sub_rows) {
    return std::nullopt;
  }
  const std::span<const RequestRow> rows = domain::RowsOf(domain::TemplateVersion::k2021, single);
  for (RequestRow row : rows) {
    if (!Found(table, row)) {
      return std::nullopt;
    }
  }
  return rows;
}

bool Complete(const domain::RequestRowCells& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const auto& cell) { return cell.has_value(); });
}

// What the table's numbers and labels say, indexed by position in the template (0 … rows-1).
struct Evidence {
  std::span<const RequestRow> rows;
  std::vector<std::int64_t> values;           // 7 × rows numbers in reading order
  std::vector<std::optional<int>> label_at;   // per number: the row whose label it is first after
  std::vector<std::optional<Cells>> settled;  // rows the ordinary reading filled completely
};

std::optional<Evidence> Gather(std::span<const SequencedValue> values,
                               const RequestTableResult& table) {
  const auto rows = TemplateRows(table);
  if (!rows.has_value() || values.size() != rows->size() * kColumns) {
    return std::nullopt;
  }
  std::array<int, domain::kRequestRowCount> position_of;
  position_of.fill(-1);
  for (std::size_t i = 0; i < rows->size(); ++i) {
    position_of[static_cast<std::size_t>((*rows)[i])] = static_cast<int>(i);
  }
  Evidence evidence{*rows, {}, std::vector<std::optional<int>>(values.size()), {}};
  evidence.values.reserve(values.size());
  for (std::size_t p = 0; p < values.size(); ++p) {
    const auto value = PlainCount(*values[p].token);
    if (!value.has_value()) {
      return std::nullopt;
    }
    evidence.values.push_back(*value);
    const auto owner = values[p].owner;
    if (owner.has_value() && (p == 0 || values[p - 1].owner != owner)) {
      const int position = position_of[static_cast<std::size_t>(*owner)];
      if (position < 0) {
        return std::nullopt;  // numbers after a label of a row the template does not have
      }
      evidence.label_at[p] = position;
    }
  }
  for (RequestRow row : *rows) {
    const domain::RequestRowCells& cells = table.rows[static_cast<std::size_t>(row)].cells;
    std::optional<Cells> settled;
    if (Complete(cells)) {
      settled.emplace();
      std::transform(cells.begin(), cells.end(), settled->begin(),
                     [](const auto& c) { return *c; });
    }
    evidence.settled.push_back(settled);
  }
  return evidence;
}

// The cells of row `first + j` when rows [first, first + k) form one band. Column by column, cell
// c of the band's j-th row is number c·k + j of the band; with k = 1 this is the row-by-row order.
Cells BandRow(const Evidence& evidence, std::size_t first, std::size_t k, std::size_t j) {
  Cells cells;
  const std::size_t start = first * kColumns;
  for (std::size_t c = 0; c < kColumns; ++c) {
    cells[c] = evidence.values[start + c * k + j];
  }
  return cells;
}

bool RowAddsUp(const Cells& cells) {
  std::int64_t sum = 0;
  for (std::size_t c = 0; c + 1 < kColumns; ++c) {
    sum += cells[c];
  }
  return sum == cells[kColumns - 1];
}

bool BandFits(const Evidence& evidence, std::size_t first, std::size_t k) {
  for (std::size_t p = first * kColumns; p < (first + k) * kColumns; ++p) {
    const auto label = evidence.label_at[p];
    if (label.has_value() && (static_cast<std::size_t>(*label) < first ||
                              static_cast<std::size_t>(*label) >= first + k)) {
      return false;
    }
  }
  for (std::size_t j = 0; j < k; ++j) {
    const Cells cells = BandRow(evidence, first, k, j);
    const auto& settled = evidence.settled[first + j];
    if (!RowAddsUp(cells) || (settled.has_value() && *settled != cells)) {
      return false;
    }
  }
  return true;
}

struct Band {
  std::size_t first = 0;
  std::size_t k = 0;
};

// A reading of rows [first, n): their cells (7 per row), the band it starts with and the reading
// of the rows after that band (an index into the readings of row first + k).
struct Suffix {
  std::vector<std::int64_t> cells;
  std::size_t k = 0;
  std::size_t next = 0;
};

// More distinct readings of one stretch of rows than this and the table is too ambiguous to be
// worth sorting out; it also bounds the work on hostile input.
constexpr std::size_t kMaxReadings = 16;

// The distinct readings (different cells) of the rows from `first` on, given those from every
// later row; readings with fewer rows per band come first. nullopt when there are too many.
std::optional<std::vector<Suffix>> ReadingsFrom(const Evidence& evidence, std::size_t first,
                                                const std::vector<std::vector<Suffix>>& later) {
  const std::size_t n = evidence.rows.size();
  std::vector<Suffix> out;
  for (std::size_t k = 1; first + k <= n; ++k) {
    if (later[first + k].empty() || !BandFits(evidence, first, k)) {
      continue;
    }
    for (std::size_t next = 0; next < later[first + k].size(); ++next) {
      Suffix reading{{}, k, next};
      reading.cells.reserve((n - first) * kColumns);
      for (std::size_t j = 0; j < k; ++j) {
        const Cells row = BandRow(evidence, first, k, j);
        reading.cells.insert(reading.cells.end(), row.begin(), row.end());
      }
      const std::vector<std::int64_t>& rest = later[first + k][next].cells;
      reading.cells.insert(reading.cells.end(), rest.begin(), rest.end());
      if (std::none_of(out.begin(), out.end(),
                       [&](const Suffix& seen) { return seen.cells == reading.cells; })) {
        out.push_back(std::move(reading));
      }
      if (out.size() > kMaxReadings) {
        return std::nullopt;
      }
    }
  }
  return out;
}

// The table's own totals (requests.outcome_total, requests.balance; the row totals hold by
// construction) on the cells of a whole reading.
bool TotalsHold(const Evidence& evidence, const std::vector<std::int64_t>& cells) {
  const bool single = std::find(evidence.rows.begin(), evidence.rows.end(),
                                RequestRow::kOtherSingle) != evidence.rows.end();
  domain::AnnualReport report = domain::AnnualReport::Empty(domain::TemplateVersion::k2021, single);
  for (std::size_t i = 0; i < evidence.rows.size(); ++i) {
    domain::RequestRowCells& row = report.row(evidence.rows[i]);
    for (std::size_t c = 0; c < kColumns; ++c) {
      row[c] = cells[i * kColumns + c];
    }
  }
  for (const domain::Finding& finding : domain::CheckReport(report)) {
    if (finding.severity == Severity::kError && finding.rule.starts_with("requests.")) {
      return false;
    }
  }
  return true;
}

// The one reading of the whole table whose totals hold, as its cells and its bands (the reading
// with the fewest rows per band among those giving these cells); nullopt when there is none or
// more than one.
struct Reading {
  std::vector<std::int64_t> cells;
  std::vector<Band> bands;
};

std::optional<Reading> ReadTable(const Evidence& evidence) {
  const std::size_t n = evidence.rows.size();
  std::vector<std::vector<Suffix>> readings(n + 1);
  readings[n].push_back(Suffix{});
  for (std::size_t first = n; first-- > 0;) {
    auto from = ReadingsFrom(evidence, first, readings);
    if (!from.has_value()) {
      return std::nullopt;
    }
    readings[first] = std::move(*from);
  }
  std::optional<std::size_t> chosen;
  for (std::size_t i = 0; i < readings[0].size(); ++i) {
    if (TotalsHold(evidence, readings[0][i].cells)) {
      if (chosen.has_value()) {
        return std::nullopt;  // two readings with different cells both add up
      }
      chosen = i;
    }
  }
  if (!chosen.has_value()) {
    return std::nullopt;
  }
  Reading reading{readings[0][*chosen].cells, {}};
  for (std::size_t first = 0, index = *chosen; first < n;) {
    const Suffix& suffix = readings[first][index];
    reading.bands.push_back(Band{first, suffix.k});
    index = suffix.next;
    first += suffix.k;
  }
  return reading;
}

std::string RowName(RequestRow row) {
  const domain::RequestRowInfo& info = domain::RowInfo(row);
  std::string name(info.group_label);
  name += info.group_label.empty() ? "" : " ";
  name += info.label;
  return name;
}

constexpr std::string_view kOneReading =
    "本表自身的勾稽关系（每行各类申请人之和等于总计，各项办理结果之和等于（七）总计，"
    "新收加上年结转等于办理结果总计加结转下年度）只留下一种读法，已按此放入本行，请核对原表";

domain::Finding ColumnOrderFinding(const Evidence& evidence, const Band& band, std::size_t row) {
  std::string message;
  if (band.k == 1) {
    message = "本行的数字与其他行的数字混在一起印出，不能凭行名确定；按表中各行的先后顺序和";
  } else {
    message = "报告把“" + RowName(evidence.rows[band.first]) + "”至“" +
              RowName(evidence.rows[band.first + band.k - 1]) + "”这 " + std::to_string(band.k) +
              " 行的数字按列印出（先印这几行的自然人数，再依次印各类法人或其他组织数，"
              "最后印总计数），与行名分开；按";
  }
  message += kOneReading;
  return MakeFinding(kRuleCellsColumnOrder, Severity::kWarning,
                     domain::RequestCellWhere(evidence.rows[row], std::nullopt),
                     std::move(message));
}

void DropUnplaced(std::vector<domain::Finding>& findings) {
  std::erase_if(findings, [](const domain::Finding& f) { return f.rule == kRuleCellsUnplaced; });
}

void Apply(const Evidence& evidence, const Reading& reading, RequestTableResult& table) {
  DropUnplaced(table.findings);
  for (const Band& band : reading.bands) {
    for (std::size_t i = band.first; i < band.first + band.k; ++i) {
      ParsedRequestRow& row = table.rows[static_cast<std::size_t>(evidence.rows[i])];
      if (evidence.settled[i].has_value()) {
        DropUnplaced(row.findings);  // its surplus numbers now have their rows
        continue;
      }
      for (std::size_t c = 0; c < kColumns; ++c) {
        row.cells[c] = reading.cells[i * kColumns + c];
      }
      row.has_values = true;
      row.findings.assign(1, ColumnOrderFinding(evidence, band, i));
    }
  }
}

}  // namespace

bool NeedsColumnOrderRecovery(const RequestTableResult& table) {
  return std::any_of(table.rows.begin(), table.rows.end(),
                     [](const ParsedRequestRow& row) { return row.found && !Complete(row.cells); });
}

bool RecoverColumnOrder(std::span<const SequencedValue> values, RequestTableResult& table) {
  if (values.size() > kMaxTableValues) {
    return false;
  }
  const std::optional<Evidence> evidence = Gather(values, table);
  if (!evidence.has_value()) {
    return false;
  }
  const std::optional<Reading> reading = ReadTable(*evidence);
  if (!reading.has_value()) {
    return false;
  }
  Apply(*evidence, *reading, table);
  return true;
}

}  // namespace gongkai::audit
