#include "domain/catalogue_item.h"

#include <algorithm>
#include <array>
#include <utility>

namespace gongkai::domain {
namespace {

constexpr std::array<std::pair<std::string_view, CatalogueValidity>, 10> kValidityNames = {{
    {"未生效", CatalogueValidity::kNotYetInForce},
    {"现行有效", CatalogueValidity::kInForce},
    {"有效", CatalogueValidity::kInForce},
    {"已修订", CatalogueValidity::kRevised},
    {"已修改", CatalogueValidity::kRevised},
    {"已废止", CatalogueValidity::kAbolished},
    {"废止", CatalogueValidity::kAbolished},
    {"已失效", CatalogueValidity::kExpired},
    {"失效", CatalogueValidity::kExpired},
    {"宣布失效", CatalogueValidity::kExpired},
}};

bool IsAsciiDigit(char c) {
  return c >= '0' && c <= '9';
}

bool IsCodeChar(char c) {
  return IsAsciiDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// Digits of `text` as a number; nullopt when empty, not all digits or too long.
std::optional<int> Digits(std::string_view text) {
  if (text.empty() || text.size() > 9 || !std::all_of(text.begin(), text.end(), IsAsciiDigit)) {
    return std::nullopt;
  }
  int value = 0;
  for (const char c : text) {
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string_view Trim(std::string_view text) {
  const size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) {
    return {};
  }
  return text.substr(begin, text.find_last_not_of(" \t\r\n") + 1 - begin);
}

}  // namespace

std::string_view CatalogueValidityLabel(CatalogueValidity validity) {
  switch (validity) {
    case CatalogueValidity::kNotYetInForce:
      return "未生效";
    case CatalogueValidity::kInForce:
      return "现行有效";
    case CatalogueValidity::kRevised:
      return "已修订";
    case CatalogueValidity::kAbolished:
      return "已废止";
    case CatalogueValidity::kExpired:
      break;
  }
  return "已失效";
}

std::optional<CatalogueValidity> ParseCatalogueValidity(std::string_view text) {
  text = Trim(text);
  for (const auto& [name, validity] : kValidityNames) {
    if (name == text) {
      return validity;
    }
  }
  return std::nullopt;
}

bool HasValidity(const CatalogueItem& item) {
  return item.doc_class == DocClass::kRule || item.doc_class == DocClass::kNormative;
}

std::optional<CatalogueValidity> ValidityOn(const CatalogueItem& item, core::Date today) {
  if (!HasValidity(item)) {
    return std::nullopt;
  }
  std::optional<CatalogueValidity> from_events;
  for (const ValidityEvent& event : item.validity_events) {
    if (event.date <= today) {
      from_events = event.to;
    }
  }
  if (from_events && *from_events != CatalogueValidity::kInForce) {
    return from_events;
  }
  if (item.effective_from && today < *item.effective_from) {
    return CatalogueValidity::kNotYetInForce;
  }
  if (item.effective_until && *item.effective_until < today) {
    return CatalogueValidity::kExpired;
  }
  return CatalogueValidity::kInForce;
}

bool ExpiryReminderDue(const CatalogueItem& item, core::Date today, int lead_days) {
  if (!item.effective_until || ValidityOn(item, today) != CatalogueValidity::kInForce) {
    return false;
  }
  return *item.effective_until <= today.AddDays(lead_days);
}

core::Status LinkInterpretation(CatalogueItem& policy, CatalogueItem& interpretation) {
  if (interpretation.doc_class != DocClass::kInterpretation) {
    return core::Error::InvalidArgument("“" + interpretation.title + "”不是政策解读");
  }
  if (policy.index_no == interpretation.index_no) {
    return core::Error::InvalidArgument("政策解读不能关联到自身");
  }
  const auto add_once = [](std::vector<std::string>& list, const std::string& id) {
    if (std::find(list.begin(), list.end(), id) == list.end()) {
      list.push_back(id);
    }
  };
  add_once(policy.interpretations, interpretation.index_no);
  add_once(interpretation.interprets, policy.index_no);
  return core::Ok();
}

core::Result<std::string> FormatIndexNumber(const IndexNumberPattern& pattern, int year,
                                            int serial) {
  if (pattern.org_code.empty()) {
    return core::Error::InvalidArgument("索引号缺少机构代码");
  }
  if (year < 1900 || year > 2999 || serial < 1) {
    return core::Error::InvalidArgument("索引号的年份或流水号无效");
  }
  std::string serial_text = std::to_string(serial);
  const auto width = static_cast<size_t>(std::clamp(pattern.serial_width, 1, 12));
  if (serial_text.size() < width) {
    serial_text.insert(0, width - serial_text.size(), '0');
  }
  return pattern.org_code + pattern.separator + std::to_string(year) + "-" + serial_text;
}

std::optional<ParsedIndexNumber> ParseIndexNumber(std::string_view text) {
  text = Trim(text);
  size_t code_end = 0;
  while (code_end < text.size() && IsCodeChar(text[code_end])) {
    ++code_end;
  }
  if (code_end == 0 || code_end + 6 > text.size() ||
      (text[code_end] != '/' && text[code_end] != '-') || text[code_end + 5] != '-') {
    return std::nullopt;
  }
  const std::optional<int> year = Digits(text.substr(code_end + 1, 4));
  const std::optional<int> serial = Digits(text.substr(code_end + 6));
  if (!year || !serial) {
    return std::nullopt;
  }
  return ParsedIndexNumber{std::string(text.substr(0, code_end)), *year, *serial};
}

std::string NormalizeDocNo(std::string_view text) {
  std::string out(Trim(text));
  // The year is the four digits between the first pair of brackets, whichever were typed.
  constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kBrackets = {
      {{"〔", "〕"}, {"[", "]"}, {"【", "】"}, {"（", "）"}, {"(", ")"}, {"［", "］"}}};
  for (const auto& [open, close] : kBrackets) {
    const size_t at = out.find(open);
    if (at == std::string::npos) {
      continue;
    }
    const size_t year_at = at + open.size();
    if (year_at + 4 + close.size() > out.size() || !Digits(out.substr(year_at, 4)) ||
        out.compare(year_at + 4, close.size(), close) != 0) {
      continue;
    }
    out.replace(year_at + 4, close.size(), "〕");
    out.replace(at, open.size(), "〔");
    return out;
  }
  return out;
}

}  // namespace gongkai::domain
