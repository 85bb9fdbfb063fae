#include "domain/report_taxonomy.h"

#include <string>

#include "core/check.h"

namespace gongkai::domain {
namespace {

constexpr std::string_view kSection3 = "三、收到和处理政府信息公开申请情况";

constexpr std::array<std::string_view, kApplicantColumnCount> kColumnLabels = {
    "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};
constexpr std::array<std::string_view, 6> kKindCodes = {
    "natural_person", "commercial", "research", "public_interest", "legal_service", "other"};

constexpr std::string_view kWithheld = "（三）不予公开";
constexpr std::string_view kUnavailable = "（四）无法提供";
constexpr std::string_view kNotHandled = "（五）不予处理";
constexpr std::string_view kOther = "（六）其他处理";

constexpr std::array<RequestRowInfo, kRequestRowCount> kRows = {{
    {RequestRow::kNewlyReceived, "新收", "", "一、本年新收政府信息公开申请数量", false},
    {RequestRow::kCarriedFromLastYear, "上年结转", "", "二、上年结转政府信息公开申请数量", false},
    {RequestRow::kGranted, "予以公开", "", "（一）予以公开", true},
    {RequestRow::kPartlyGranted, "部分公开", "",
     "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", true},
    {RequestRow::kWithheld1, "不予公开.1", kWithheld, "1.属于国家秘密", true},
    {RequestRow::kWithheld2, "不予公开.2", kWithheld, "2.其他法律行政法规禁止公开", true},
    {RequestRow::kWithheld3, "不予公开.3", kWithheld, "3.危及“三安全一稳定”", true},
    {RequestRow::kWithheld4, "不予公开.4", kWithheld, "4.保护第三方合法权益", true},
    {RequestRow::kWithheld5, "不予公开.5", kWithheld, "5.属于三类内部事务信息", true},
    {RequestRow::kWithheld6, "不予公开.6", kWithheld, "6.属于四类过程性信息", true},
    {RequestRow::kWithheld7, "不予公开.7", kWithheld, "7.属于行政执法案卷", true},
    {RequestRow::kWithheld8, "不予公开.8", kWithheld, "8.属于行政查询事项", true},
    {RequestRow::kUnavailable1, "无法提供.1", kUnavailable, "1.本机关不掌握相关政府信息", true},
    {RequestRow::kUnavailable2, "无法提供.2", kUnavailable, "2.没有现成信息需要另行制作", true},
    {RequestRow::kUnavailable3, "无法提供.3", kUnavailable, "3.补正后申请内容仍不明确", true},
    {RequestRow::kNotHandled1, "不予处理.1", kNotHandled, "1.信访举报投诉类申请", true},
    {RequestRow::kNotHandled2, "不予处理.2", kNotHandled, "2.重复申请", true},
    {RequestRow::kNotHandled3, "不予处理.3", kNotHandled, "3.要求提供公开出版物", true},
    {RequestRow::kNotHandled4, "不予处理.4", kNotHandled, "4.无正当理由大量反复申请", true},
    {RequestRow::kNotHandled5, "不予处理.5", kNotHandled, "5.要求行政机关确认或重新出具已获取信息",
     true},
    {RequestRow::kOther1, "其他处理.1", kOther,
     "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", true},
    {RequestRow::kOther2, "其他处理.2", kOther,
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", true},
    {RequestRow::kOther3, "其他处理.3", kOther, "3.其他", true},
    {RequestRow::kTotal, "总计", "", "（七）总计", false},
    {RequestRow::kCarriedToNextYear, "结转下年度", "", "四、结转下年度继续办理", false},
    {RequestRow::kOtherSingle, "其他处理", "", "（六）其他处理", true},
}};

constexpr std::array<RequestRow, 25> kRows2021 = {
    RequestRow::kNewlyReceived,    RequestRow::kCarriedFromLastYear,
    RequestRow::kGranted,          RequestRow::kPartlyGranted,
    RequestRow::kWithheld1,        RequestRow::kWithheld2,
    RequestRow::kWithheld3,        RequestRow::kWithheld4,
    RequestRow::kWithheld5,        RequestRow::kWithheld6,
    RequestRow::kWithheld7,        RequestRow::kWithheld8,
    RequestRow::kUnavailable1,     RequestRow::kUnavailable2,
    RequestRow::kUnavailable3,     RequestRow::kNotHandled1,
    RequestRow::kNotHandled2,      RequestRow::kNotHandled3,
    RequestRow::kNotHandled4,      RequestRow::kNotHandled5,
    RequestRow::kOther1,           RequestRow::kOther2,
    RequestRow::kOther3,           RequestRow::kTotal,
    RequestRow::kCarriedToNextYear};

constexpr std::array<RequestRow, 23> kRowsSingleOther = {
    RequestRow::kNewlyReceived, RequestRow::kCarriedFromLastYear, RequestRow::kGranted,
    RequestRow::kPartlyGranted, RequestRow::kWithheld1,           RequestRow::kWithheld2,
    RequestRow::kWithheld3,     RequestRow::kWithheld4,           RequestRow::kWithheld5,
    RequestRow::kWithheld6,     RequestRow::kWithheld7,           RequestRow::kWithheld8,
    RequestRow::kUnavailable1,  RequestRow::kUnavailable2,        RequestRow::kUnavailable3,
    RequestRow::kNotHandled1,   RequestRow::kNotHandled2,         RequestRow::kNotHandled3,
    RequestRow::kNotHandled4,   RequestRow::kNotHandled5,         RequestRow::kOtherSingle,
    RequestRow::kTotal,         RequestRow::kCarriedToNextYear};

constexpr std::array<ProactiveRowSpec, 6> kProactive2021 = {{
    {"第二十条第（一）项", "规章", {"本年制发件数", "本年废止件数", "现行有效件数"}, 3, false},
    {"第二十条第（一）项",
     "行政规范性文件",
     {"本年制发件数", "本年废止件数", "现行有效件数"},
     3,
     false},
    {"第二十条第（五）项", "行政许可", {"本年处理决定数量", "", ""}, 1, false},
    {"第二十条第（六）项", "行政处罚", {"本年处理决定数量", "", ""}, 1, false},
    {"第二十条第（六）项", "行政强制", {"本年处理决定数量", "", ""}, 1, false},
    {"第二十条第（八）项", "行政事业性收费", {"本年收费金额（单位：万元）", "", ""}, 1, true},
}};

constexpr std::array<ProactiveRowSpec, 8> kProactive2019 = {{
    {"第二十条第（一）项",
     "规章",
     {"本年新制作数量", "本年新公开数量", "对外公开总数量"},
     3,
     false},
    {"第二十条第（一）项",
     "规范性文件",
     {"本年新制作数量", "本年新公开数量", "对外公开总数量"},
     3,
     false},
    {"第二十条第（五）项", "行政许可", {"上一年项目数量", "本年增/减", "处理决定数量"}, 3, false},
    {"第二十条第（五）项",
     "其他对外管理服务事项",
     {"上一年项目数量", "本年增/减", "处理决定数量"},
     3,
     false},
    {"第二十条第（六）项", "行政处罚", {"上一年项目数量", "本年增/减", "处理决定数量"}, 3, false},
    {"第二十条第（六）项", "行政强制", {"上一年项目数量", "本年增/减", "处理决定数量"}, 3, false},
    {"第二十条第（八）项", "行政事业性收费", {"上一年项目数量", "本年增/减", ""}, 2, false},
    {"第二十条第（九）项", "政府集中采购", {"采购项目数量", "采购总金额", ""}, 2, false},
}};

constexpr std::array<std::string_view, 5> kReviewColumns = {"结果维持", "结果纠正", "其他结果",
                                                            "尚未审结", "总计"};
constexpr std::array<std::string_view, 3> kReviewGroups = {"行政复议", "行政诉讼 未经复议直接起诉",
                                                           "行政诉讼 复议后起诉"};

constexpr std::array<std::string_view, 6> kSections = {"一、总体情况",
                                                       "二、主动公开政府信息情况",
                                                       "三、收到和处理政府信息公开申请情况",
                                                       "四、政府信息公开行政复议、行政诉讼情况",
                                                       "五、存在的主要问题及改进情况",
                                                       "六、其他需要报告的事项"};

}  // namespace

std::string_view TemplateName(TemplateVersion version) {
  switch (version) {
    case TemplateVersion::k2021:
      return "2021";
    case TemplateVersion::k2019:
      return "2019";
    case TemplateVersion::kPre2019:
      return "pre-2019";
  }
  return "2021";
}

std::optional<TemplateVersion> TemplateFromName(std::string_view name) {
  if (name == "2021") {
    return TemplateVersion::k2021;
  }
  if (name == "2019") {
    return TemplateVersion::k2019;
  }
  if (name == "pre-2019") {
    return TemplateVersion::kPre2019;
  }
  return std::nullopt;
}

std::string_view ApplicantColumnLabel(int column) {
  GONGKAI_CHECK(column >= 0 && column < kApplicantColumnCount);  // caller passed a bad column
  return kColumnLabels[static_cast<std::size_t>(column)];
}

std::string_view ApplicantKindCode(int column) {
  GONGKAI_CHECK(column >= 0 && column < kTotalColumn);  // 总计 is not an applicant kind
  return kKindCodes[static_cast<std::size_t>(column)];
}

std::optional<int> ApplicantKindFromCode(std::string_view code) {
  for (std::size_t i = 0; i < kKindCodes.size(); ++i) {
    if (kKindCodes[i] == code) {
      return static_cast<int>(i);
    }
  }
  return std::nullopt;
}

const RequestRowInfo& RowInfo(RequestRow row) {
  const auto index = static_cast<std::size_t>(row);
  GONGKAI_CHECK(index < kRows.size());  // enum and table must stay in step
  return kRows[index];
}

std::optional<RequestRow> RowFromKey(std::string_view key) {
  for (const RequestRowInfo& info : kRows) {
    if (info.key == key) {
      return info.row;
    }
  }
  return std::nullopt;
}

std::span<const RequestRow> RowsOf(TemplateVersion version, bool single_other_row) {
  if (version == TemplateVersion::k2019 || single_other_row) {
    return kRowsSingleOther;
  }
  return kRows2021;
}

std::string RequestCellWhere(RequestRow row, std::optional<int> column) {
  const RequestRowInfo& info = RowInfo(row);
  std::string where(kSection3);
  where += " / ";
  if (!info.group_label.empty()) {
    where += info.group_label;
    where += " ";
  }
  where += info.label;
  if (column.has_value()) {
    where += " / ";
    where += ApplicantColumnLabel(*column);
    where += column == kTotalColumn ? "列" : "";
  }
  return where;
}

std::string ReviewLitigationCellLabel(int index) {
  GONGKAI_CHECK(index >= 0 && index < kReviewLitigationCount);  // 15 cells only
  std::string label(kReviewGroups[static_cast<std::size_t>(index / 5)]);
  label += " ";
  label += kReviewColumns[static_cast<std::size_t>(index % 5)];
  return label;
}

std::span<const ProactiveRowSpec> ProactiveRowsOf(TemplateVersion version) {
  if (version == TemplateVersion::k2019) {
    return kProactive2019;
  }
  return kProactive2021;
}

std::string_view SectionHeading(int section_number) {
  GONGKAI_CHECK(section_number >= 1 && section_number <= 6);  // the template has six sections
  return kSections[static_cast<std::size_t>(section_number - 1)];
}

}  // namespace gongkai::domain
