#include "audit/report_text_builder_for_testing.h"

#include <string_view>

namespace gongkai::audit {
namespace {

using domain::RequestRow;
using domain::TemplateVersion;

std::string Join(const std::vector<std::string>& cells, TextLayout layout) {
  std::string out;
  for (const std::string& cell : cells) {
    switch (layout) {
      case TextLayout::kOnePerLine:
        out += cell + "\n";
        break;
      case TextLayout::kPipes:
        out += cell + " |\n";
        break;
      case TextLayout::kColumns:
        out += "     " + cell;
        break;
    }
  }
  return layout == TextLayout::kColumns ? out + "\n" : out;
}

std::string Label(std::string_view label, TextLayout layout) {
  switch (layout) {
    case TextLayout::kOnePerLine:
      return std::string(label) + "\n";
    case TextLayout::kPipes:
      return std::string(label) + " |\n";
    case TextLayout::kColumns:
      return "        " + std::string(label);
  }
  return std::string(label);
}

std::string RenderProactive(const ReportTextSpec& spec) {
  std::string out = "二、主动公开政府信息情况\n";
  std::string_view block;
  std::size_t index = 0;
  for (const domain::ProactiveRowSpec& row : domain::ProactiveRowsOf(spec.version)) {
    if (row.block != block) {
      block = row.block;
      out += std::string(block) + "\n信息内容";
      for (int c = 0; c < row.column_count; ++c) {
        out += "    " + std::string(row.columns[static_cast<std::size_t>(c)]);
      }
      out += "\n";
    }
    out += Label(row.row, spec.layout) + Join(spec.proactive[index++], spec.layout);
  }
  return out;
}

std::string_view GroupBefore(RequestRow row) {
  switch (row) {
    case RequestRow::kGranted:
      return "三、本年度办理结果";
    case RequestRow::kWithheld1:
      return "（三）不予公开";
    case RequestRow::kUnavailable1:
      return "（四）无法提供";
    case RequestRow::kNotHandled1:
      return "（五）不予处理";
    case RequestRow::kOther1:
      return "（六）其他处理";
    default:
      return "";
  }
}

std::string RenderRequests(const ReportTextSpec& spec) {
  std::string out =
      "三、收到和处理政府信息公开申请情况\n"
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n"
      "申请人情况\n自然人\n法人或其他组织\n总计\n商业\n企业\n科研\n机构\n社会公益组织\n"
      "法律服务机构\n其他\n";
  std::string floating;  // -layout prints group labels between the rows of their group
  for (RequestRow row : domain::RowsOf(spec.version, spec.single_other_row)) {
    const std::string_view group = GroupBefore(row);
    if (!group.empty() && spec.layout != TextLayout::kColumns) {
      out += Label(group, spec.layout);
    }
    const auto printed = spec.labels.find(row);
    const std::string label =
        printed != spec.labels.end() ? printed->second : std::string(domain::RowInfo(row).label);
    out += Label(label, spec.layout) + Join(spec.requests.at(row), spec.layout);
    if (!floating.empty()) {
      out += "            " + floating + "\n";
      floating.clear();
    }
    if (!group.empty() && spec.layout == TextLayout::kColumns) {
      floating = std::string(group);
    }
  }
  return out;
}

std::string RenderReview(const ReportTextSpec& spec) {
  return "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果"
         "\n"
         "尚未审结\n总计\n未经复议直接起诉\n复议后起诉\n" +
         Join(spec.review, spec.layout);
}

std::vector<std::string> Row(std::vector<int> values) {
  std::vector<std::string> out;
  for (int v : values) {
    out.push_back(std::to_string(v));
  }
  return out;
}

std::optional<std::int64_t> Integer(const std::string& text) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::stoll(text);
}

}  // namespace

ReportTextSpec ConsistentSpecForTesting(TemplateVersion version, bool single_other_row,
                                        TextLayout layout) {
  ReportTextSpec spec;
  spec.version = version;
  spec.single_other_row = single_other_row;
  spec.layout = layout;
  if (version == TemplateVersion::k2019) {
    spec.title = "某市某某局2019年政府信息公开工作年度报告";
  }
  for (RequestRow row : domain::RowsOf(version, single_other_row)) {
    spec.requests[row] = Row({0, 0, 0, 0, 0, 0, 0});
  }
  spec.requests[RequestRow::kNewlyReceived] = Row({12, 3, 0, 1, 0, 2, 18});
  spec.requests[RequestRow::kCarriedFromLastYear] = Row({2, 0, 0, 0, 0, 0, 2});
  spec.requests[RequestRow::kGranted] = Row({6, 1, 0, 0, 0, 1, 8});
  spec.requests[RequestRow::kPartlyGranted] = Row({2, 0, 0, 1, 0, 0, 3});
  spec.requests[RequestRow::kWithheld4] = Row({1, 1, 0, 0, 0, 0, 2});
  spec.requests[RequestRow::kUnavailable1] = Row({3, 0, 0, 0, 0, 1, 4});
  spec.requests[version == TemplateVersion::k2019 || single_other_row ? RequestRow::kOtherSingle
                                                                      : RequestRow::kOther3] =
      Row({1, 0, 0, 0, 0, 0, 1});
  spec.requests[RequestRow::kTotal] = Row({13, 2, 0, 1, 0, 2, 18});
  spec.requests[RequestRow::kCarriedToNextYear] = Row({1, 1, 0, 0, 0, 0, 2});
  spec.review = Row({2, 1, 0, 1, 4, 1, 0, 0, 0, 1, 0, 1, 0, 1, 2});
  for (const domain::ProactiveRowSpec& row : domain::ProactiveRowsOf(version)) {
    std::vector<std::string> cells;
    for (int c = 0; c < row.column_count; ++c) {
      cells.push_back(row.amount ? "12.5" : std::to_string(3 + c * 2));
    }
    spec.proactive.push_back(cells);
  }
  return spec;
}

std::string RenderReportForTesting(const ReportTextSpec& spec) {
  return spec.title +
         "\n一、总体情况\n2023 年，本局依法做好政府信息公开工作，全年收到申请 18 件。\n" +
         RenderProactive(spec) + RenderRequests(spec) + RenderReview(spec) +
         "五、存在的主要问题及改进情况\n政策解读形式还不够丰富。\n六、其他需要报告的事项\n"
         "本年度未收取信息处理费。\n";
}

domain::AnnualReport ExpectedReportForTesting(const ReportTextSpec& spec) {
  domain::AnnualReport report = domain::AnnualReport::Empty(spec.version, spec.single_other_row);
  for (const auto& [row, cells] : spec.requests) {
    for (std::size_t c = 0; c < cells.size() && c < 7; ++c) {
      report.row(row)[c] = Integer(cells[c]);
    }
  }
  for (std::size_t i = 0; i < spec.review.size() && i < 15; ++i) {
    (*report.review_litigation)[i] = Integer(spec.review[i]);
  }
  std::size_t index = 0;
  for (const domain::ProactiveRowSpec& row : domain::ProactiveRowsOf(spec.version)) {
    for (int c = 0; c < row.column_count; ++c) {
      const std::string& text = spec.proactive[index][static_cast<std::size_t>(c)];
      (*report.proactive)[std::string(row.row)]
                         [std::string(row.columns[static_cast<std::size_t>(c)])] = std::stod(text);
    }
    ++index;
  }
  return report;
}

}  // namespace gongkai::audit
