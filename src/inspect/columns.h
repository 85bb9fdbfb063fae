// Reading columns (栏目) and 互动 message lists from their list pages: which class a column is
// (spec §5), the newest date printed in it, whether it is blank, and the messages with their
// dates and whether they were answered.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "inspect/page_scan.h"

namespace gongkai::inspect {

enum class ColumnClass {
  kNone,           // not a monitored column
  kDynamicNews,    // 动态要闻: 14 days (I3)
  kNoticePolicy,   // 通知公告/政策文件 一级栏目: 6 months (I3, I15)
  kPersonnelPlan,  // 人事/规划计划: 1 year (I4, I6)
  kServiceStats,   // 办事统计: 3 months (I17)
  kInteraction,    // 互动: messages (I8, I16)
};

struct ColumnObservation {
  std::string page;  // URL of the list page
  std::string name;
  ColumnClass column_class = ColumnClass::kNone;
  std::optional<core::Date> newest;  // newest date printed on the list
  std::size_t dated_items = 0;
  bool blank = false;  // says it has no items (暂无信息 …) and shows no dates
};

struct MessageObservation {
  std::string page;
  std::string row;  // the row's text, shortened
  core::Date asked;
  std::optional<core::Date> answered;  // reply date when printed
  bool unanswered = false;             // marked 未回复/待回复/办理中 …
};

// The column class named by `name` (a ColumnName meta or the first part of the title).
ColumnClass ClassifyColumn(std::string_view name);

// The column a list page shows, or nullopt when the page is not a column list (a detail page
// with a PubDate, or a name of no monitored class). The homepage is never a column.
std::optional<ColumnObservation> ObserveColumn(const std::string& page, const PageScan& scan);

// The messages listed on an interaction column page, one per line of its text that has a date.
std::vector<MessageObservation> ObserveMessages(const std::string& page, const PageScan& scan);

// The newest date printed on a page (the PubDate meta counts too), nullopt when none.
std::optional<core::Date> NewestDate(const PageScan& scan);

}  // namespace gongkai::inspect
