#include "inspect/columns.h"

#include <gtest/gtest.h>

namespace gongkai::inspect {
namespace {

TEST(ColumnsTest, ClassifiesColumnNames) {
  EXPECT_EQ(ClassifyColumn("本地要闻"), ColumnClass::kDynamicNews);
  EXPECT_EQ(ClassifyColumn("部门动态"), ColumnClass::kDynamicNews);
  EXPECT_EQ(ClassifyColumn("通知公告"), ColumnClass::kNoticePolicy);
  EXPECT_EQ(ClassifyColumn("规范性文件"), ColumnClass::kNoticePolicy);
  EXPECT_EQ(ClassifyColumn("人事信息"), ColumnClass::kPersonnelPlan);
  EXPECT_EQ(ClassifyColumn("办事统计"), ColumnClass::kServiceStats);
  EXPECT_EQ(ClassifyColumn("留言选登"), ColumnClass::kInteraction);
  EXPECT_EQ(ClassifyColumn("机构职能"), ColumnClass::kNone);
  EXPECT_EQ(ClassifyColumn("关于进一步做好全市安全生产工作动态"), ColumnClass::kNone);
}

TEST(ColumnsTest, ReadsAColumnListPage) {
  PageScan scan;
  scan.title = "通知公告 - 某市";
  scan.text = "停水通知 2024-01-05\n停电通知 2023年12月1日\n";
  const auto column = ObserveColumn("http://h/tzgg/", scan);
  ASSERT_TRUE(column.has_value());
  EXPECT_EQ(column->name, "通知公告");
  EXPECT_EQ(column->newest->ToString(), "2024-01-05");
  EXPECT_EQ(column->dated_items, 2U);
  EXPECT_FALSE(column->blank);
}

TEST(ColumnsTest, DetailPagesAndBlankColumns) {
  PageScan detail;
  detail.title = "通知公告";
  detail.pub_date = "2024-01-01";
  EXPECT_FALSE(ObserveColumn("http://h/a.html", detail).has_value());
  PageScan blank;
  blank.column_name = "工作动态";
  blank.text = "暂无信息";
  EXPECT_TRUE(ObserveColumn("http://h/gzdt/", blank)->blank);
  PageScan unknown;
  unknown.column_name = "工作动态";
  unknown.text = "一条没有日期的信息";
  const auto column = ObserveColumn("http://h/gzdt/", unknown);
  EXPECT_FALSE(column->blank);
  EXPECT_FALSE(column->newest.has_value());
}

TEST(ColumnsTest, ReadsMessages) {
  PageScan scan;
  scan.text = "标题 留言日期 状态\n甲 2024-01-02 未回复\n乙 2024-01-03 已回复 2024-02-01\n";
  const auto messages = ObserveMessages("http://h/ly/", scan);
  ASSERT_EQ(messages.size(), 2U);
  EXPECT_TRUE(messages[0].unanswered);
  EXPECT_FALSE(messages[0].answered.has_value());
  EXPECT_FALSE(messages[1].unanswered);
  EXPECT_EQ(messages[1].answered->ToString(), "2024-02-01");
}

}  // namespace
}  // namespace gongkai::inspect
