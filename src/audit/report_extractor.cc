#include "audit/report_extractor.h"

#include <algorithm>
#include <string>
#include <vector>

#include "audit/extraction_rules.h"
#include "audit/fused_text_segmenter.h"
#include "audit/layout_tokenizer.h"
#include "audit/proactive_table_parser.h"
#include "audit/prose_evidence.h"
#include "audit/report_identity.h"
#include "audit/request_table_parser.h"
#include "audit/review_table_parser.h"
#include "audit/row_label_matcher.h"
#include "audit/section_locator.h"
#include "audit/template_detector.h"
#include "domain/report_checks.h"

namespace gongkai::audit {
namespace {

using domain::AnnualReport;
using domain::RequestRow;
using domain::Severity;

constexpr std::size_t kMaxHeadLines = 400;
constexpr std::size_t kMinHeadLines = 30;
constexpr int kMinRowsForTable = 3;

LayoutLines Tokens(const Document& document, const std::optional<LineRange>& range) {
  if (!range.has_value()) {
    return {};
  }
  return TokenizeLines(document, range->begin, range->end);
}

// The part before section 一 (or before the tables): title and preamble, where the agency, the
// year and the statistics period are printed.
std::size_t HeadEnd(const SectionMap& sections, const Document& document) {
  std::size_t end = std::min(document.lines.size(), kMaxHeadLines);
  if (sections.headings[1].has_value()) {
    // A table of contents could print 一、总体情况 before the title: keep a few lines at least.
    end = std::min(end, std::max(*sections.headings[1] + 1, kMinHeadLines));
  }
  if (sections.proactive.has_value()) {
    end = std::min(end, sections.proactive->begin);
  }
  if (sections.requests.has_value()) {
    end = std::min(end, sections.requests->begin);
  }
  return end;
}

domain::Finding TableMissing(std::string where, std::string_view what) {
  return MakeFinding(kRuleTableMissing, Severity::kUnread, std::move(where),
                     "没有找到" + std::string(what) + "，其数字全部记为空");
}

void FillRequests(const RequestTableResult& parsed, AnnualReport& report) {
  const std::string section(domain::SectionHeading(3));
  if (parsed.rows_found == 0) {
    report.findings.push_back(TableMissing(section, "“收到和处理政府信息公开申请情况”统计表"));
    return;
  }
  report.findings.insert(report.findings.end(), parsed.findings.begin(), parsed.findings.end());
  for (RequestRow row : domain::RowsOf(report.template_version, report.single_other_row)) {
    const ParsedRequestRow& source = parsed.rows[static_cast<std::size_t>(row)];
    if (!source.found) {
      report.findings.push_back(MakeFinding(kRuleRowMissing, Severity::kUnread,
                                            domain::RequestCellWhere(row, std::nullopt),
                                            "表中没有找到这一行，其数字记为空"));
      continue;
    }
    report.row(row) = source.cells;
    report.findings.insert(report.findings.end(), source.findings.begin(), source.findings.end());
  }
}

void FillProactive(const LayoutLines& lines, const ProactiveMarks& marks,
                   const std::vector<StatedNumber>& stated, AnnualReport& report) {
  if (marks.blocks == 0 && marks.rows == 0) {
    report.findings.push_back(
        TableMissing(std::string(domain::SectionHeading(2)), "“主动公开政府信息情况”统计表"));
    return;
  }
  ProactiveTableResult parsed = ParseProactiveTable(lines, marks, report.template_version);
  report.proactive = std::move(parsed.rows);
  report.findings.insert(report.findings.end(), parsed.findings.begin(), parsed.findings.end());
  ApplyProseEvidence(stated, parsed.ambiguous, report);
}

void FillReview(const LayoutLines& lines, AnnualReport& report) {
  const ReviewTableResult parsed = ParseReviewTable(lines);
  if (!parsed.found) {
    report.findings.push_back(TableMissing(std::string(domain::SectionHeading(4)),
                                           "“政府信息公开行政复议、行政诉讼情况”统计表"));
    return;
  }
  report.review_litigation = parsed.cells;
  report.findings.insert(report.findings.end(), parsed.findings.begin(), parsed.findings.end());
}

TemplateEvidence Evidence(const RequestTableResult& requests, const ProactiveMarks& marks,
                          const SectionMap& sections, const ReportIdentity& identity) {
  TemplateEvidence evidence;
  evidence.proactive_2021 = marks.template_2021;
  evidence.proactive_2019 = marks.template_2019;
  for (RequestRow row : {RequestRow::kOther1, RequestRow::kOther2, RequestRow::kOther3}) {
    evidence.other_sub_rows =
        evidence.other_sub_rows || requests.rows[static_cast<std::size_t>(row)].found;
  }
  evidence.other_single_row =
      requests.rows[static_cast<std::size_t>(RequestRow::kOtherSingle)].found;
  evidence.tables_found = requests.rows_found >= kMinRowsForTable || marks.blocks > 0;
  evidence.request_heading_2019 = sections.headings[3].has_value();
  evidence.year = identity.year;
  return evidence;
}

core::Result<domain::AnnualReport> ExtractFromLines(const Document& document,
                                                    const Document& original) {
  const SectionMap sections = LocateSections(document);
  ReportIdentity identity = DetectIdentity(document, HeadEnd(sections, document));
  // The matcher is an immutable table built from the canonical labels; building it once per
  // process (never destroyed, thread-safe initialisation) keeps small reports cheap.
  static const RowLabelMatcher* const kMatcher = new RowLabelMatcher();
  const RowLabelMatcher& matcher = *kMatcher;
  const RequestTableResult requests =
      ParseRequestTable(Tokens(document, sections.requests), matcher);
  const LayoutLines proactive_lines = Tokens(document, sections.proactive);
  const ProactiveMarks marks = ScanProactiveMarks(proactive_lines, matcher);
  const TemplateEvidence evidence = Evidence(requests, marks, sections, identity);
  if (!evidence.tables_found && !identity.looks_like_report && !evidence.request_heading_2019) {
    return core::Error::InvalidArgument(
        "这份文件不像政府信息公开工作年度报告：既没有找到“收到和处理政府信息公开申请情况”等"
        "统计表，也没有找到“政府信息公开工作年度报告”标题");
  }
  const TemplateDecision decision = DetectTemplate(evidence);
  AnnualReport report = AnnualReport::Empty(decision.version, decision.single_other_row);
  report.agency = identity.agency;
  report.year = identity.year;
  report.findings = std::move(identity.findings);
  report.findings.insert(report.findings.end(), decision.findings.begin(), decision.findings.end());
  if (decision.version == domain::TemplateVersion::kPre2019) {
    return report;
  }
  const std::vector<StatedNumber> stated = FindStatedNumbers(original);
  FillProactive(proactive_lines, marks, stated, report);
  FillRequests(requests, report);
  CompareProseWithTables(stated, report);
  FillReview(Tokens(document, sections.review), report);
  const std::vector<domain::Finding> checks = domain::CheckReport(report);
  report.findings.insert(report.findings.end(), checks.begin(), checks.end());
  return report;
}

}  // namespace

core::Result<domain::AnnualReport> ExtractReport(const Document& document) {
  if (HasFusedTables(document)) {
    return ExtractFromLines(SegmentFusedDocument(document), document);
  }
  return ExtractFromLines(document, document);
}

}  // namespace gongkai::audit
