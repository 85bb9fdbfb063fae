#include "report/internal/cell_text.h"

#include <cmath>
#include <cstdint>

#include <fmt/format.h>

namespace gongkai::report::internal {
namespace {

// Doubles above 2^53 no longer hold exact integers.
constexpr double kMaxExactInteger = 9007199254740992.0;

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string_view Trim(std::string_view text) {
  static constexpr std::string_view kFullWidthSpace = "\u3000";
  bool changed = true;
  while (changed && !text.empty()) {
    changed = false;
    if (text.front() == ' ' || text.front() == '\t' || text.front() == '\r') {
      text.remove_prefix(1);
      changed = true;
    } else if (StartsWith(text, kFullWidthSpace)) {
      text.remove_prefix(kFullWidthSpace.size());
      changed = true;
    }
    if (text.empty()) {
      break;
    }
    if (text.back() == ' ' || text.back() == '\t' || text.back() == '\r') {
      text.remove_suffix(1);
      changed = true;
    } else if (EndsWith(text, kFullWidthSpace)) {
      text.remove_suffix(kFullWidthSpace.size());
      changed = true;
    }
  }
  return text;
}

}  // namespace

std::string CountText(const domain::CountCell& cell) {
  return cell.has_value() ? std::to_string(*cell) : std::string();
}

std::string FigureText(const std::optional<double>& value) {
  if (!value.has_value() || !std::isfinite(*value)) {
    return std::string();
  }
  if (std::floor(*value) == *value && std::fabs(*value) < kMaxExactInteger) {
    return std::to_string(static_cast<std::int64_t>(*value));
  }
  return fmt::format("{}", *value);
}

std::string ReportTitle(const domain::AnnualReport& report) {
  std::string title = report.agency.value_or("");
  if (report.year.has_value()) {
    title += std::to_string(*report.year) + "年";
  }
  title += "政府信息公开工作年度报告";
  return title;
}

std::vector<std::string> Paragraphs(std::string_view text) {
  std::vector<std::string> paragraphs;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    const std::string_view line = Trim(text.substr(0, end));
    if (!line.empty()) {
      paragraphs.emplace_back(line);
    }
    if (end == std::string_view::npos) {
      break;
    }
    text.remove_prefix(end + 1);
  }
  return paragraphs;
}

}  // namespace gongkai::report::internal
