#include "inspect/columns.h"

#include <algorithm>

#include "inspect/dates.h"
#include "inspect/text_lines.h"
#include "inspect/wording.h"

namespace gongkai::inspect {
namespace {

struct ClassKeyword {
  std::string_view suffix;
  ColumnClass column_class;
};

// Names end with these (要闻 in 本地要闻, 动态 in 部门动态 …). Longer suffixes first.
constexpr ClassKeyword kKeywords[] = {
    {"规范性文件", ColumnClass::kNoticePolicy}, {"通知公告", ColumnClass::kNoticePolicy},
    {"公示公告", ColumnClass::kNoticePolicy},   {"政策文件", ColumnClass::kNoticePolicy},
    {"政策法规", ColumnClass::kNoticePolicy},   {"要闻", ColumnClass::kDynamicNews},
    {"动态", ColumnClass::kDynamicNews},        {"工作进展", ColumnClass::kDynamicNews},
    {"人事信息", ColumnClass::kPersonnelPlan},  {"人事任免", ColumnClass::kPersonnelPlan},
    {"规划计划", ColumnClass::kPersonnelPlan},  {"工作计划", ColumnClass::kPersonnelPlan},
    {"办事统计", ColumnClass::kServiceStats},   {"办件统计", ColumnClass::kServiceStats},
    {"留言选登", ColumnClass::kInteraction},    {"信件公开", ColumnClass::kInteraction},
    {"留言公开", ColumnClass::kInteraction},    {"咨询答复", ColumnClass::kInteraction},
    {"政务咨询", ColumnClass::kInteraction},    {"答复公开", ColumnClass::kInteraction},
};

constexpr std::string_view kBlankMarkers[] = {"暂无信息", "暂无内容", "暂无数据",
                                              "暂无记录", "没有记录", "暂无相关信息"};
constexpr std::string_view kUnansweredMarkers[] = {"未回复", "未答复", "待回复", "待答复",
                                                   "办理中", "未办结", "处理中"};

// "通知公告 - 某某市人民政府" → "通知公告": the part before the first separator.
std::string NameOf(const PageScan& scan) {
  if (!scan.column_name.empty()) {
    return scan.column_name;
  }
  std::string_view title = scan.title;
  for (const std::string_view separator : {"-", "_", "|", "—", "－"}) {
    title = title.substr(0, title.find(separator));
  }
  while (!title.empty() && title.back() == ' ') {
    title.remove_suffix(1);
  }
  return std::string(title);
}

template <std::size_t N>
bool ContainsAny(std::string_view text, const std::string_view (&words)[N]) {
  return std::any_of(std::begin(words), std::end(words),
                     [text](std::string_view word) { return text.find(word) != text.npos; });
}

}  // namespace

ColumnClass ClassifyColumn(std::string_view name) {
  // 人名/标题 longer than a column name are item titles, not columns.
  if (name.empty() || name.size() > 8 * 3) {
    return ColumnClass::kNone;
  }
  for (const ClassKeyword& keyword : kKeywords) {
    if (name.ends_with(keyword.suffix)) {
      return keyword.column_class;
    }
  }
  return ColumnClass::kNone;
}

std::optional<core::Date> NewestDate(const PageScan& scan) {
  std::vector<core::Date> dates = FindDates(scan.text);
  if (const auto pub_date = ParseDateValue(scan.pub_date)) {
    dates.push_back(*pub_date);
  }
  if (dates.empty()) {
    return std::nullopt;
  }
  return *std::max_element(dates.begin(), dates.end());
}

std::optional<ColumnObservation> ObserveColumn(const std::string& page, const PageScan& scan) {
  if (!scan.pub_date.empty()) {
    return std::nullopt;  // a detail page carries its own PubDate
  }
  ColumnObservation column;
  column.page = page;
  column.name = NameOf(scan);
  column.column_class = ClassifyColumn(column.name);
  if (column.column_class == ColumnClass::kNone) {
    return std::nullopt;
  }
  const std::vector<core::Date> dates = FindDates(scan.text);
  column.dated_items = dates.size();
  if (!dates.empty()) {
    column.newest = *std::max_element(dates.begin(), dates.end());
  }
  column.blank = dates.empty() && ContainsAny(scan.text, kBlankMarkers);
  return column;
}

std::vector<MessageObservation> ObserveMessages(const std::string& page, const PageScan& scan) {
  std::vector<MessageObservation> messages;
  for (const std::string_view line : SplitLines(scan.text)) {
    const std::vector<core::Date> dates = FindDates(line);
    if (dates.empty()) {
      continue;
    }
    MessageObservation message{page, ContextAround(line, 0, 0, 40), dates.front(), std::nullopt,
                               ContainsAny(line, kUnansweredMarkers)};
    if (!message.unanswered && dates.size() >= 2) {
      message.answered = *std::max_element(dates.begin() + 1, dates.end());
    }
    messages.push_back(std::move(message));
  }
  return messages;
}

}  // namespace gongkai::inspect
