#include "report/report_markdown.h"

#include <string_view>

#include "report/internal/cell_text.h"
#include "report/internal/request_table_layout.h"

namespace gongkai::report {
namespace {

using domain::AnnualReport;
using domain::RequestRow;

void AppendRow(std::string& out, const std::vector<std::string>& cells) {
  out += "|";
  for (const std::string& cell : cells) {
    out += " " + cell + " |";
  }
  out += "\n";
}

void AppendRule(std::string& out, int label_columns, int value_columns) {
  out += "|";
  for (int i = 0; i < label_columns; ++i) {
    out += " --- |";
  }
  for (int i = 0; i < value_columns; ++i) {
    out += " ---: |";
  }
  out += "\n";
}

void AppendText(std::string& out, int section, const std::string& text) {
  out += "## " + std::string(domain::SectionHeading(section)) + "\n\n";
  const std::vector<std::string> paragraphs = internal::Paragraphs(text);
  if (paragraphs.empty()) {
    out += std::string(internal::kMissingText) + "\n\n";
  }
  for (const std::string& paragraph : paragraphs) {
    out += paragraph + "\n\n";
  }
}

void AppendProactive(std::string& out, const AnnualReport& report) {
  out += "## " + std::string(domain::SectionHeading(2)) + "\n\n";
  if (!report.proactive.has_value()) {
    out += "（本报告没有此表。）\n\n";
    return;
  }
  std::string_view block;
  for (const domain::ProactiveRowSpec& spec : domain::ProactiveRowsOf(report.template_version)) {
    if (spec.block != block) {
      block = spec.block;
      if (out.ends_with("|\n")) {
        out += "\n";  // a blank line ends the previous block's table
      }
      out += "**" + std::string(block) + "**\n\n";
      std::vector<std::string> header{std::string(internal::kProactiveContentHeading)};
      for (int c = 0; c < spec.column_count; ++c) {
        header.emplace_back(spec.columns[static_cast<std::size_t>(c)]);
      }
      AppendRow(out, header);
      AppendRule(out, 1, spec.column_count);
    }
    std::vector<std::string> cells{std::string(spec.row)};
    const auto row = report.proactive->find(std::string(spec.row));
    for (int c = 0; c < spec.column_count; ++c) {
      std::optional<double> value;
      if (row != report.proactive->end()) {
        const auto cell = row->second.find(std::string(spec.columns[static_cast<std::size_t>(c)]));
        value = cell == row->second.end() ? std::nullopt : cell->second;
      }
      cells.push_back(internal::FigureText(value));
    }
    AppendRow(out, cells);
  }
  out += "\n";
}

void AppendRequests(std::string& out, const AnnualReport& report) {
  out += "## " + std::string(domain::SectionHeading(3)) + "\n\n";
  if (!report.requests.has_value()) {
    out += "（本报告没有此表。）\n\n";
    return;
  }
  out += std::string(internal::kBalanceNote) + "\n\n";
  std::vector<std::string> header{"项目"};
  for (int c = 0; c < domain::kApplicantColumnCount; ++c) {
    header.emplace_back(domain::ApplicantColumnLabel(c));
  }
  AppendRow(out, header);
  AppendRule(out, 1, domain::kApplicantColumnCount);
  for (RequestRow row : domain::RowsOf(report.template_version, report.single_other_row)) {
    const domain::RequestRowInfo& info = domain::RowInfo(row);
    if (row == RequestRow::kGranted) {
      AppendRow(out,
                {"**" + std::string(internal::kResultsHeading) + "**", "", "", "", "", "", "", ""});
    }
    std::string label;
    if (!info.group_label.empty()) {
      label.append(info.group_label).append(" ");
    }
    label.append(info.label);
    std::vector<std::string> cells{label};
    for (const domain::CountCell& cell : report.row(row)) {
      cells.push_back(internal::CountText(cell));
    }
    AppendRow(out, cells);
  }
  out += "\n";
}

void AppendReviews(std::string& out, const AnnualReport& report) {
  out += "## " + std::string(domain::SectionHeading(4)) + "\n\n";
  if (!report.review_litigation.has_value()) {
    out += "（本报告没有此表。）\n\n";
    return;
  }
  std::vector<std::string> header{"类别"};
  for (int k = 0; k < 5; ++k) {
    header.emplace_back(internal::ReviewResultColumn(k));
  }
  AppendRow(out, header);
  AppendRule(out, 1, 5);
  const std::string groups[] = {std::string(internal::kReconsiderationHeading),
                                std::string(internal::kLitigationHeading) + "（" +
                                    std::string(internal::kDirectLitigationHeading) + "）",
                                std::string(internal::kLitigationHeading) + "（" +
                                    std::string(internal::kLitigationAfterReviewHeading) + "）"};
  for (int g = 0; g < 3; ++g) {
    std::vector<std::string> cells{groups[g]};
    for (int k = 0; k < 5; ++k) {
      cells.push_back(internal::CountText((
          *report
               .review_litigation)[static_cast<std::size_t>(g) * 5 + static_cast<std::size_t>(k)]));
    }
    AppendRow(out, cells);
  }
  out += "\n";
}

}  // namespace

std::string RenderMarkdown(const AnnualReport& report, const domain::ReportText& text) {
  std::string out = "# " + internal::ReportTitle(report) + "\n\n";
  AppendText(out, 1, text.overview);
  AppendProactive(out, report);
  AppendRequests(out, report);
  AppendReviews(out, report);
  AppendText(out, 5, text.problems);
  AppendText(out, 6, text.other_matters);
  out.pop_back();  // one trailing newline, not two
  return out;
}

}  // namespace gongkai::report
