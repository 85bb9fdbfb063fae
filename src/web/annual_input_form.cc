#include "web/annual_input_form.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "core/check.h"
#include "core/sha256.h"
#include "domain/report_taxonomy.h"
#include "web/application_form.h"
#include "web/form_value.h"

namespace gongkai::web {
namespace {

using domain::ProactiveFigures;

struct CountMember {
  std::string_view key;
  std::int64_t ProactiveFigures::*member;
};

// The counts in the order of the template's cells; the fee (the last cell) follows.
constexpr CountMember kCounts[] = {
    {"rules_issued", &ProactiveFigures::rules_issued},
    {"rules_abolished", &ProactiveFigures::rules_abolished},
    {"rules_in_force", &ProactiveFigures::rules_in_force},
    {"normative_issued", &ProactiveFigures::normative_issued},
    {"normative_abolished", &ProactiveFigures::normative_abolished},
    {"normative_in_force", &ProactiveFigures::normative_in_force},
    {"licensing_decisions", &ProactiveFigures::licensing_decisions},
    {"penalty_decisions", &ProactiveFigures::penalty_decisions},
    {"coercion_decisions", &ProactiveFigures::coercion_decisions},
};
constexpr std::string_view kFeeKey = "fees_wan_yuan";
constexpr std::size_t kCountCells = std::size(kCounts);

struct TextField {
  std::string_view key;
  int section;
  std::string domain::ReportText::*member;
};
constexpr TextField kTexts[] = {
    {kFieldOverview, 1, &domain::ReportText::overview},
    {kFieldProblems, 5, &domain::ReportText::problems},
    {kFieldOtherMatters, 6, &domain::ReportText::other_matters},
};

// Clerks type with a Chinese input method, which gives full-width digits, point, minus and space;
// they are read as their ASCII forms. Surrounding spaces are dropped.
std::string NormalizedNumber(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
    if (text.substr(i, 2) == "\xEF\xBC" && third >= 0x8D && third <= 0x99 && third != 0x8F) {
      out += static_cast<char>('-' + (third - 0x8D));  // －．０…９ are U+FF0D, U+FF0E, U+FF10…
      i += 2;
    } else if (text.substr(i, 3) == "\xE3\x80\x80") {
      out += ' ';
      i += 2;
    } else {
      out += text[i];
    }
  }
  const auto first = out.find_first_not_of(' ');
  return first == std::string::npos ? "" : out.substr(first, out.find_last_not_of(' ') + 1 - first);
}

bool AllDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

core::Result<std::int64_t> ParseCount(const std::string& text) {
  if (text.starts_with('-')) {
    return core::Error::InvalidArgument("不能为负数");
  }
  if (!AllDigits(text)) {
    return core::Error::InvalidArgument("应为整数（件数），例如 0、12");
  }
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return core::Error::InvalidArgument("数值过大");
  }
  return value;
}

core::Result<double> ParseFee(const std::string& text) {
  if (text.starts_with('-')) {
    return core::Error::InvalidArgument("收费金额不能为负数");
  }
  const std::size_t point = text.find('.');
  const std::string_view whole = std::string_view(text).substr(0, point);
  const std::string_view decimals =
      point == std::string::npos ? std::string_view() : std::string_view(text).substr(point + 1);
  if (!AllDigits(whole) || (point != std::string::npos && !AllDigits(decimals))) {
    return core::Error::InvalidArgument("应为以万元为单位的金额，例如 0 或 38.949");
  }
  if (decimals.size() > static_cast<std::size_t>(domain::kFeeDecimals)) {
    return core::Error::InvalidArgument("收费金额以万元为单位，最多保留四位小数");
  }
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || whole.size() > 12) {
    return core::Error::InvalidArgument("数值过大");
  }
  return value;
}

std::optional<ProactiveFigures> ParseFigures(const FieldMap& fields, FiguresRequired required,
                                             std::vector<FieldError>& errors) {
  const std::vector<ProactiveField> cells = ProactiveFields();
  std::vector<std::string> texts;
  for (const ProactiveField& cell : cells) {
    texts.push_back(NormalizedNumber(TrimmedValue(fields, cell.key)));
  }
  const bool all_blank =
      std::all_of(texts.begin(), texts.end(), [](const std::string& t) { return t.empty(); });
  if (all_blank && required == FiguresRequired::kNo) {
    return std::nullopt;
  }
  ProactiveFigures figures;
  const std::size_t errors_before = errors.size();
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::string key(cells[i].key);
    if (texts[i].empty()) {
      errors.push_back({key, "请填写本项，没有的填 0"});
    } else if (i < kCountCells) {
      const auto count = ParseCount(texts[i]);
      if (count.has_value()) {
        figures.*kCounts[i].member = *count;
      } else {
        errors.push_back({key, count.error().message});
      }
    } else {
      const auto fee = ParseFee(texts[i]);
      if (fee.has_value()) {
        figures.fees_wan_yuan = *fee;
      } else {
        errors.push_back({key, fee.error().message});
      }
    }
  }
  if (errors.size() != errors_before) {
    return std::nullopt;
  }
  return figures;
}

std::string ParseText(const FieldMap& fields, std::string_view key,
                      std::vector<FieldError>& errors) {
  // Browsers send a textarea's line breaks as CR LF; store LF like the command line does.
  const std::string raw = TrimmedValue(fields, key);
  std::string text;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    text += raw[i] == '\r' ? '\n' : raw[i];
    if (raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') {
      ++i;
    }
  }
  if (!IsCleanText(text)) {
    errors.push_back({std::string(key), "含有无法识别的字符，请重新输入"});
    return "";
  }
  const auto chars = std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  });
  if (static_cast<std::size_t>(chars) > kMaxReportTextChars) {
    errors.push_back({std::string(key), "内容过长（最多 " + std::to_string(kMaxReportTextChars) +
                                            " 字，现有 " + std::to_string(chars) + " 字）"});
    return "";
  }
  return text;
}

}  // namespace

std::vector<ProactiveField> ProactiveFields() {
  std::vector<ProactiveField> fields;
  for (const domain::ProactiveRowSpec& spec :
       domain::ProactiveRowsOf(domain::TemplateVersion::k2021)) {
    for (int column = 0; column < spec.column_count; ++column) {
      const std::size_t index = fields.size();
      GONGKAI_CHECK(index <= kCountCells);  // the template has nine counts and one fee
      GONGKAI_CHECK(spec.amount == (index == kCountCells));
      fields.push_back({index < kCountCells ? kCounts[index].key : kFeeKey, spec.block, spec.row,
                        spec.columns[static_cast<std::size_t>(column)], spec.amount});
    }
  }
  GONGKAI_CHECK(fields.size() == kCountCells + 1);
  return fields;
}

std::string AnnualInputLabel(std::string_view key) {
  for (const ProactiveField& field : ProactiveFields()) {
    if (field.key == key) {
      return std::string(field.row) + " · " + std::string(field.column);
    }
  }
  for (const TextField& text : kTexts) {
    if (text.key == key) {
      return std::string(domain::SectionHeading(text.section));
    }
  }
  return std::string(key);
}

ParsedAnnualInputs ParseAnnualInputs(const FieldMap& fields, const std::string& agency_id, int year,
                                     FiguresRequired required) {
  ParsedAnnualInputs parsed;
  parsed.text.agency_id = agency_id;
  parsed.text.year = year;
  for (const TextField& text : kTexts) {
    parsed.text.*text.member = ParseText(fields, text.key, parsed.errors);
  }
  parsed.figures = ParseFigures(fields, required, parsed.errors);
  if (parsed.figures.has_value()) {
    parsed.figures->agency_id = agency_id;
    parsed.figures->year = year;
  }
  return parsed;
}

std::string FormatFeeWanYuan(double wan_yuan) {
  char buffer[64];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof(buffer), wan_yuan,
                                          std::chars_format::fixed, domain::kFeeDecimals);
  GONGKAI_CHECK(error == std::errc());  // stored fees are finite and below 1e40
  std::string text(buffer, end);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.ends_with('.')) {
    text.pop_back();
  }
  return text;
}

FieldMap AnnualInputValues(const std::optional<ProactiveFigures>& figures,
                           const std::optional<domain::ReportText>& text) {
  FieldMap values;
  for (std::size_t i = 0; i < kCountCells; ++i) {
    values[std::string(kCounts[i].key)] =
        figures.has_value() ? std::to_string((*figures).*kCounts[i].member) : "";
  }
  values[std::string(kFeeKey)] =
      figures.has_value() ? FormatFeeWanYuan(figures->fees_wan_yuan) : "";
  for (const TextField& field : kTexts) {
    values[std::string(field.key)] = text.has_value() ? (*text).*field.member : "";
  }
  return values;
}

std::string FiguresVersion(const std::optional<ProactiveFigures>& figures) {
  const FieldMap values = AnnualInputValues(figures, std::nullopt);
  std::string canonical;
  for (const ProactiveField& field : ProactiveFields()) {
    canonical += values.at(std::string(field.key)) + "\n";
  }
  return core::Sha256Hex(canonical);
}

std::string TextVersion(const std::optional<domain::ReportText>& text) {
  // NUL cannot occur in a stored text (IsCleanText), so it separates the parts unambiguously.
  std::string canonical;
  for (const TextField& field : kTexts) {
    canonical += (text.has_value() ? (*text).*field.member : std::string()) + '\0';
  }
  return core::Sha256Hex(canonical);
}

}  // namespace gongkai::web
