#include "testing/sample_report.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <span>
#include <string_view>
#include <vector>

#include "domain/report_taxonomy.h"

namespace gongkai::samples {
namespace {

using domain::RequestRow;

// xorshift32: a generator whose sequence is the same on every platform and library (the
// distributions of <random> are implementation-defined).
class Random {
 public:
  explicit Random(std::uint32_t seed) : state_(seed * 2654435761u + 1u) {}
  std::uint32_t Next() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 17;
    state_ ^= state_ << 5;
    return state_;
  }
  std::int64_t Below(std::uint32_t bound) { return static_cast<std::int64_t>(Next() % bound); }
  // Mostly zeros, as in real reports, otherwise up to `bound` - 1.
  std::int64_t SparseBelow(std::uint32_t bound) { return Next() % 3 == 0 ? Below(bound) : 0; }

 private:
  std::uint32_t state_;
};

constexpr std::array<std::string_view, 12> kPlaces = {
    "淮安市洪泽区", "重庆市", "新疆维吾尔自治区", "苏州市吴中区", "成都市武侯区", "杭州市",
    "南平市",       "舒兰市", "上海市徐汇区",     "怀化市",       "济南市历下区", "三明市"};
constexpr std::array<std::string_view, 8> kOrgans = {
    "人民政府", "市场监督管理局", "自然资源和规划局", "生态环境局",
    "教育局",   "卫生健康委员会", "住房和城乡建设局", "交通运输局"};
constexpr std::array<std::string_view, 8> kProse = {
    "坚持以公开为常态、不公开为例外，围绕中心工作做好政府信息主动公开，及时发布政策文件、规划计划、"
    "财政预决算和重点领域信息。",
    "严格按照《中华人民共和国政府信息公开条例》规定的时限和方式办理政府信息公开申请，进一步完善登记"
    "、"
    "审核、办理、答复、归档等工作机制。",
    "健全政府信息公开保密审查制度，做好信息发布前的合法性审查，定期开展政府网站和政务新媒体的"
    "巡查检查，及时更正错误信息。",
    "加强政府网站政府信息公开专栏建设，优化栏目设置，完善检索功能，推进政策文件库建设，方便"
    "群众查询和获取政府信息。",
    "将政府信息公开工作纳入年度绩效考核，组织开展业务培训，邀请群众代表和企业代表参与评议，"
    "对发现的问题及时督促整改。",
    "政策解读的形式还不够丰富，解读材料与政策文件同步发布的比例有待提高；基层工作人员的业务"
    "能力仍需加强。",
    "下一步将继续丰富政策解读形式，推动图文解读、视频解读和专家解读，提高解读的针对性和可读性。",
    "本年度未收取信息处理费。本机关按照政务公开工作要点的部署，完成了各项重点任务。"};

std::string Number(const domain::CountCell& cell) {
  return cell.has_value() ? std::to_string(*cell) : std::string();
}

std::string Amount(const std::optional<double>& value) {
  if (!value.has_value()) {
    return {};
  }
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), *value);
  return std::string(buffer.data(), result.ptr);
}

void FillRequests(domain::AnnualReport& report, Random& random) {
  auto& total = report.row(RequestRow::kTotal);
  total.fill(0);
  for (RequestRow r : domain::RowsOf(report.template_version, report.single_other_row)) {
    if (!domain::RowInfo(r).is_outcome) {
      continue;
    }
    for (int c = 0; c < domain::kTotalColumn; ++c) {
      const std::size_t column = static_cast<std::size_t>(c);
      report.row(r)[column] = r == RequestRow::kGranted ? random.Below(60) : random.SparseBelow(9);
      *total[column] += *report.row(r)[column];
    }
  }
  for (int c = 0; c < domain::kTotalColumn; ++c) {
    const std::size_t column = static_cast<std::size_t>(c);
    const std::int64_t next = random.SparseBelow(4);
    // Carried-over applications cannot exceed what was closed or carried on this year.
    const std::int64_t previous = std::min(random.SparseBelow(4), *total[column] + next);
    report.row(RequestRow::kCarriedToNextYear)[column] = next;
    report.row(RequestRow::kCarriedFromLastYear)[column] = previous;
    report.row(RequestRow::kNewlyReceived)[column] = *total[column] + next - previous;
  }
  for (RequestRow r : domain::RowsOf(report.template_version, report.single_other_row)) {
    std::int64_t sum = 0;
    for (int c = 0; c < domain::kTotalColumn; ++c) {
      sum += *report.row(r)[static_cast<std::size_t>(c)];
    }
    report.row(r)[domain::kTotalColumn] = sum;
  }
}

void FillProactive(domain::AnnualReport& report, Random& random) {
  for (auto& [label, row] : *report.proactive) {
    for (auto& [column, cell] : row) {
      cell = static_cast<double>(random.Below(label == "行政许可" ? 400000 : 40));
    }
  }
  (*report.proactive)["行政事业性收费"]["本年收费金额（单位：万元）"] =
      static_cast<double>(random.Below(100000)) / 1000.0;
}

void FillReview(domain::AnnualReport& report, Random& random) {
  auto& cells = *report.review_litigation;
  for (std::size_t group = 0; group < 3; ++group) {
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < 4; ++i) {
      cells[group * 5 + i] = random.SparseBelow(6);
      sum += *cells[group * 5 + i];
    }
    cells[group * 5 + 4] = sum;
  }
}

std::string Title(const domain::AnnualReport& report) {
  return report.agency.value_or("某机关") + std::to_string(report.year.value_or(2023)) +
         "年政府信息公开工作年度报告";
}

std::string Preamble(const domain::AnnualReport& report) {
  const std::string year = std::to_string(report.year.value_or(2023));
  return "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与"
         "政务"
         "公开办公室关于政府信息公开工作年度报告的有关要求编制。本报告中所列数据的统计期限自" +
         year + "年1月1日起至" + year + "年12月31日止。如对本报告有疑问，请与" +
         report.agency.value_or("本机关") + "办公室联系。";
}

// Prose paragraphs, two to five per section depending on the report, so that sizes vary.
std::vector<std::string> Paragraphs(const domain::AnnualReport& report, int section) {
  const std::size_t count = 2 + static_cast<std::size_t>(report.year.value_or(0) + section) % 4;
  std::vector<std::string> paragraphs;
  for (std::size_t i = 0; i < count; ++i) {
    paragraphs.emplace_back(kProse[(i + static_cast<std::size_t>(section)) % kProse.size()]);
    paragraphs.back() += kProse[(i * 3 + 1) % kProse.size()];
  }
  return paragraphs;
}

// Text layout: every line of the page, one table cell per line, blank lines in between.
class TextPage {
 public:
  void Line(std::string_view text) {
    text_ += text;
    text_ += "\n\n";
  }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

void TextSection2(const domain::AnnualReport& report, TextPage& page) {
  page.Line(domain::SectionHeading(2));
  std::string_view block;
  for (const domain::ProactiveRowSpec& spec : domain::ProactiveRowsOf(report.template_version)) {
    if (spec.block != block) {
      block = spec.block;
      page.Line(block);
      page.Line("信息内容");
      for (int c = 0; c < spec.column_count; ++c) {
        page.Line(spec.columns[static_cast<std::size_t>(c)]);
      }
    }
    page.Line(spec.row);
    const domain::ProactiveRow& row = report.proactive->at(std::string(spec.row));
    for (int c = 0; c < spec.column_count; ++c) {
      const std::string value =
          Amount(row.at(std::string(spec.columns[static_cast<std::size_t>(c)])));
      if (!value.empty()) {
        page.Line(value);
      }
    }
  }
}

void TextSection3(const domain::AnnualReport& report, TextPage& page) {
  page.Line(domain::SectionHeading(3));
  page.Line("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
  page.Line("申请人情况");
  page.Line("自然人");
  page.Line("法人或其他组织");
  page.Line("总计");
  for (int c = 1; c < domain::kTotalColumn; ++c) {
    page.Line(domain::ApplicantColumnLabel(c));
  }
  std::string_view group;
  for (RequestRow r : domain::RowsOf(report.template_version, report.single_other_row)) {
    const domain::RequestRowInfo& info = domain::RowInfo(r);
    if (r == RequestRow::kGranted) {
      page.Line("三、本年度办理结果");
    }
    if (info.group_label != group) {
      group = info.group_label;
      if (!group.empty()) {
        page.Line(group);
      }
    }
    page.Line(info.label);
    for (const domain::CountCell& cell : report.row(r)) {
      if (cell.has_value()) {
        page.Line(Number(cell));
      }
    }
  }
}

void TextSection4(const domain::AnnualReport& report, TextPage& page) {
  page.Line(domain::SectionHeading(4));
  for (std::string_view label : {"行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"}) {
    page.Line(label);
  }
  for (int group = 0; group < 3; ++group) {
    for (std::string_view label : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) {
      page.Line(label);
    }
  }
  for (const domain::CountCell& cell : *report.review_litigation) {
    if (cell.has_value()) {
      page.Line(Number(cell));
    }
  }
}

// HTML layout: the template's tables with their merged cells.
class HtmlPage {
 public:
  void Paragraph(std::string_view text) { Append("<p>", text, "</p>\n"); }
  void Heading(std::string_view text) { Append("<p><strong>", text, "</strong></p>\n"); }
  void Cell(std::string_view text, int colspan = 1, int rowspan = 1) {
    html_ += "<td";
    if (colspan > 1) {
      html_ += " colspan=\"" + std::to_string(colspan) + "\"";
    }
    if (rowspan > 1) {
      html_ += " rowspan=\"" + std::to_string(rowspan) + "\"";
    }
    Append(">", text, "</td>");
  }
  void Raw(std::string_view text) { html_ += text; }
  const std::string& html() const { return html_; }

 private:
  void Append(std::string_view open, std::string_view text, std::string_view close) {
    html_ += open;
    html_ += text;  // our labels and numbers hold no markup characters
    html_ += close;
  }
  std::string html_;
};

void HtmlSection2(const domain::AnnualReport& report, HtmlPage& page) {
  page.Heading(domain::SectionHeading(2));
  page.Raw("<table border=\"1\">\n");
  std::string_view block;
  for (const domain::ProactiveRowSpec& spec : domain::ProactiveRowsOf(report.template_version)) {
    // A one-column block spreads its cell over the three value columns.
    const int span = spec.column_count == 1 ? 3 : 1;
    if (spec.block != block) {
      block = spec.block;
      page.Raw("<tr>");
      page.Cell(block, 4);
      page.Raw("</tr>\n<tr>");
      page.Cell("信息内容");
      for (int c = 0; c < spec.column_count; ++c) {
        page.Cell(spec.columns[static_cast<std::size_t>(c)], span);
      }
      page.Raw("</tr>\n");
    }
    page.Raw("<tr>");
    page.Cell(spec.row);
    const domain::ProactiveRow& row = report.proactive->at(std::string(spec.row));
    for (int c = 0; c < spec.column_count; ++c) {
      page.Cell(Amount(row.at(std::string(spec.columns[static_cast<std::size_t>(c)]))), span);
    }
    page.Raw("</tr>\n");
  }
  page.Raw("</table>\n");
}

void HtmlSection3Header(HtmlPage& page) {
  page.Raw("<tr>");
  page.Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3);
  page.Cell("申请人情况", 7);
  page.Raw("</tr>\n<tr>");
  page.Cell("自然人", 1, 2);
  page.Cell("法人或其他组织", 5);
  page.Cell("总计", 1, 2);
  page.Raw("</tr>\n<tr>");
  for (int c = 1; c < domain::kTotalColumn; ++c) {
    page.Cell(domain::ApplicantColumnLabel(c));
  }
  page.Raw("</tr>\n");
}

int GroupSize(std::span<const RequestRow> rows, std::string_view group) {
  int size = 0;
  for (RequestRow r : rows) {
    size += domain::RowInfo(r).group_label == group ? 1 : 0;
  }
  return size;
}

void HtmlSection3(const domain::AnnualReport& report, HtmlPage& page) {
  page.Heading(domain::SectionHeading(3));
  page.Raw("<table border=\"1\">\n");
  HtmlSection3Header(page);
  const auto rows = domain::RowsOf(report.template_version, report.single_other_row);
  std::string_view group;
  for (RequestRow r : rows) {
    const domain::RequestRowInfo& info = domain::RowInfo(r);
    page.Raw("<tr>");
    if (r == RequestRow::kGranted) {
      page.Cell("三、本年度办理结果", 1, static_cast<int>(rows.size()) - 3);
    }
    if (!info.is_outcome && r != RequestRow::kTotal) {
      page.Cell(info.label, 3);
    } else if (info.group_label.empty()) {
      page.Cell(info.label, 2);
    } else {
      if (info.group_label != group) {
        group = info.group_label;
        page.Cell(group, 1, GroupSize(rows, group));
      }
      page.Cell(info.label);
    }
    for (const domain::CountCell& cell : report.row(r)) {
      page.Cell(Number(cell));
    }
    page.Raw("</tr>\n");
  }
  page.Raw("</table>\n");
}

void HtmlSection4(const domain::AnnualReport& report, HtmlPage& page) {
  page.Heading(domain::SectionHeading(4));
  page.Raw("<table border=\"1\">\n<tr>");
  page.Cell("行政复议", 5, 2);
  page.Cell("行政诉讼", 10);
  page.Raw("</tr>\n<tr>");
  page.Cell("未经复议直接起诉", 5);
  page.Cell("复议后起诉", 5);
  page.Raw("</tr>\n<tr>");
  for (int group = 0; group < 3; ++group) {
    for (std::string_view label : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) {
      page.Cell(label);
    }
  }
  page.Raw("</tr>\n<tr>");
  for (const domain::CountCell& cell : *report.review_litigation) {
    page.Cell(Number(cell));
  }
  page.Raw("</tr>\n</table>\n");
}

}  // namespace

domain::AnnualReport MakeConsistentReport(std::uint32_t seed) {
  Random random(seed);
  domain::AnnualReport report = domain::AnnualReport::Empty(domain::TemplateVersion::k2021, false);
  report.agency = std::string(kPlaces[seed % kPlaces.size()]) +
                  std::string(kOrgans[(seed / kPlaces.size()) % kOrgans.size()]);
  report.year = 2021 + static_cast<int>(seed % 4);
  FillProactive(report, random);
  FillRequests(report, random);
  FillReview(report, random);
  return report;
}

std::string RenderReportText(const domain::AnnualReport& report) {
  TextPage page;
  page.Line(report.agency.value_or("某机关"));
  page.Line(Title(report));
  page.Line(Preamble(report));
  page.Line(domain::SectionHeading(1));
  for (const std::string& paragraph : Paragraphs(report, 1)) {
    page.Line(paragraph);
  }
  TextSection2(report, page);
  TextSection3(report, page);
  TextSection4(report, page);
  for (int section = 5; section <= 6; ++section) {
    page.Line(domain::SectionHeading(section));
    for (const std::string& paragraph : Paragraphs(report, section)) {
      page.Line(paragraph);
    }
  }
  return page.text();
}

std::string RenderReportHtml(const domain::AnnualReport& report) {
  HtmlPage page;
  page.Raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>");
  page.Raw(Title(report));
  page.Raw("</title></head>\n<body>\n<h1>");
  page.Raw(Title(report));
  page.Raw("</h1>\n");
  page.Paragraph(Preamble(report));
  page.Heading(domain::SectionHeading(1));
  for (const std::string& paragraph : Paragraphs(report, 1)) {
    page.Paragraph(paragraph);
  }
  HtmlSection2(report, page);
  HtmlSection3(report, page);
  HtmlSection4(report, page);
  for (int section = 5; section <= 6; ++section) {
    page.Heading(domain::SectionHeading(section));
    for (const std::string& paragraph : Paragraphs(report, section)) {
      page.Paragraph(paragraph);
    }
  }
  page.Raw("</body>\n</html>\n");
  return page.html();
}

}  // namespace gongkai::samples
