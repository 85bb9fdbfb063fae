#include "report/report_html.h"

#include <string_view>

#include "report/internal/cell_text.h"
#include "report/internal/request_table_layout.h"

namespace gongkai::report {
namespace {

using domain::AnnualReport;

constexpr std::string_view kStyle = R"(@page { size: A4; margin: 20mm 18mm; }
body { margin: 0; background: #e8e8e8; color: #000;
  font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.7; }
main { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 20mm 18mm;
  background: #fff; }
h1 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 18pt;
  text-align: center; margin: 0 0 1.2em; }
h2 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 14pt;
  margin: 1.2em 0 .6em; }
p { text-indent: 2em; margin: 0 0 .4em; }
table { width: 100%; border-collapse: collapse; margin: .4em 0 1em; font-size: 10.5pt; line-height: 1.4; }
th, td { border: 1px solid #000; padding: 3px 4px; text-align: center; vertical-align: middle; }
th { font-weight: normal; }
td.label, th.label { text-align: left; }
td.num { white-space: nowrap; }
th.note { font-size: 9pt; text-align: left; }
@media print {
  body { background: none; }
  main { width: auto; min-height: 0; margin: 0; padding: 0; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
})";

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// One table cell: `tag` is "th" or "td".
std::string Cell(std::string_view tag, std::string_view text, int row_span = 1, int column_span = 1,
                 std::string_view css_class = "") {
  std::string out = "<" + std::string(tag);
  if (!css_class.empty()) {
    out += " class=\"" + std::string(css_class) + "\"";
  }
  if (row_span > 1) {
    out += " rowspan=\"" + std::to_string(row_span) + "\"";
  }
  if (column_span > 1) {
    out += " colspan=\"" + std::to_string(column_span) + "\"";
  }
  return out + ">" + Escape(text) + "</" + std::string(tag) + ">";
}

void AppendHeading(std::string& out, int section) {
  out += "<h2>" + Escape(domain::SectionHeading(section)) + "</h2>\n";
}

void AppendText(std::string& out, int section, const std::string& text) {
  AppendHeading(out, section);
  std::vector<std::string> paragraphs = internal::Paragraphs(text);
  if (paragraphs.empty()) {
    paragraphs.emplace_back(internal::kMissingText);
  }
  for (const std::string& paragraph : paragraphs) {
    out += "<p>" + Escape(paragraph) + "</p>\n";
  }
}

std::optional<double> ProactiveValue(const AnnualReport& report, std::string_view row,
                                     std::string_view column) {
  const auto r = report.proactive->find(std::string(row));
  if (r == report.proactive->end()) {
    return std::nullopt;
  }
  const auto cell = r->second.find(std::string(column));
  return cell == r->second.end() ? std::nullopt : cell->second;
}

// The template has three value columns; a block with fewer stretches its last column over the
// rest, as the template does for 本年处理决定数量 and 本年收费金额.
int ValueColumnSpan(const domain::ProactiveRowSpec& spec, int column) {
  return column == spec.column_count - 1 ? 4 - spec.column_count : 1;
}

void AppendProactiveBlockHeader(std::string& out, const domain::ProactiveRowSpec& spec) {
  out += "<tr>" + Cell("th", spec.block, 1, 4, "label") + "</tr>\n<tr>" +
         Cell("th", internal::kProactiveContentHeading);
  for (int c = 0; c < spec.column_count; ++c) {
    out += Cell("th", spec.columns[static_cast<std::size_t>(c)], 1, ValueColumnSpan(spec, c));
  }
  out += "</tr>\n";
}

void AppendProactive(std::string& out, const AnnualReport& report) {
  AppendHeading(out, 2);
  if (!report.proactive.has_value()) {
    return;
  }
  out += "<table class=\"proactive\">\n";
  std::string_view block;
  for (const domain::ProactiveRowSpec& spec : domain::ProactiveRowsOf(report.template_version)) {
    if (spec.block != block) {
      block = spec.block;
      AppendProactiveBlockHeader(out, spec);
    }
    out += "<tr>" + Cell("td", spec.row);
    for (int c = 0; c < spec.column_count; ++c) {
      const auto value =
          ProactiveValue(report, spec.row, spec.columns[static_cast<std::size_t>(c)]);
      out += Cell("td", internal::FigureText(value), 1, ValueColumnSpan(spec, c), "num");
    }
    out += "</tr>\n";
  }
  out += "</table>\n";
}

void AppendRequestHeader(std::string& out) {
  out += "<tr>" + Cell("th", internal::kBalanceNote, 3, 3, "note") +
         Cell("th", internal::kApplicantHeading, 1, domain::kApplicantColumnCount) + "</tr>\n";
  out += "<tr>" + Cell("th", domain::ApplicantColumnLabel(0), 2) +
         Cell("th", internal::kOrganisationHeading, 1, 5) +
         Cell("th", domain::ApplicantColumnLabel(domain::kTotalColumn), 2) + "</tr>\n<tr>";
  for (int c = 1; c < domain::kTotalColumn; ++c) {
    out += Cell("th", domain::ApplicantColumnLabel(c));
  }
  out += "</tr>\n";
}

void AppendRequests(std::string& out, const AnnualReport& report) {
  AppendHeading(out, 3);
  if (!report.requests.has_value()) {
    return;
  }
  // Column widths keep the seven applicant columns readable on A4 and the long labels wrapping.
  out +=
      "<table class=\"requests\">\n<colgroup><col style=\"width:8%\"><col style=\"width:9%\">"
      "<col style=\"width:34%\">";
  for (int c = 0; c < domain::kApplicantColumnCount; ++c) {
    out += "<col style=\"width:7%\">";
  }
  out += "</colgroup>\n";
  AppendRequestHeader(out);
  for (const internal::LayoutRow& row : internal::RequestTableLayout(report)) {
    out += "<tr>";
    for (const internal::LabelCell& label : row.labels) {
      out += Cell("td", label.text, label.row_span, label.column_span, "label");
    }
    for (const domain::CountCell& cell : report.row(row.row)) {
      out += Cell("td", internal::CountText(cell), 1, 1, "num");
    }
    out += "</tr>\n";
  }
  out += "</table>\n";
}

void AppendReviews(std::string& out, const AnnualReport& report) {
  AppendHeading(out, 4);
  if (!report.review_litigation.has_value()) {
    return;
  }
  out += "<table class=\"review-litigation\">\n<tr>" +
         Cell("th", internal::kReconsiderationHeading, 1, 5) +
         Cell("th", internal::kLitigationHeading, 1, 10) + "</tr>\n<tr>";
  for (int k = 0; k < 5; ++k) {
    out += Cell("th", internal::ReviewResultColumn(k), 2);
  }
  out += Cell("th", internal::kDirectLitigationHeading, 1, 5) +
         Cell("th", internal::kLitigationAfterReviewHeading, 1, 5) + "</tr>\n<tr>";
  for (int k = 0; k < 10; ++k) {
    out += Cell("th", internal::ReviewResultColumn(k % 5));
  }
  out += "</tr>\n<tr>";
  for (const domain::CountCell& cell : *report.review_litigation) {
    out += Cell("td", internal::CountText(cell), 1, 1, "num");
  }
  out += "</tr>\n</table>\n";
}

}  // namespace

std::string RenderHtml(const AnnualReport& report, const domain::ReportText& text) {
  const std::string title = internal::ReportTitle(report);
  std::string out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + Escape(title) + "</title>\n<style>\n" + std::string(kStyle) +
         "\n</style>\n</head>\n<body>\n<main class=\"annual-report\">\n";
  out += "<h1>" + Escape(title) + "</h1>\n";
  AppendText(out, 1, text.overview);
  AppendProactive(out, report);
  AppendRequests(out, report);
  AppendReviews(out, report);
  AppendText(out, 5, text.problems);
  AppendText(out, 6, text.other_matters);
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace gongkai::report
