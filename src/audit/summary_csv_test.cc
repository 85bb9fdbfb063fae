#include "audit/summary_csv.h"

#include <gtest/gtest.h>

namespace gongkai::audit {
namespace {

TEST(SummaryCsvTest, HeaderStartsWithByteOrderMark) {
  const std::string header = SummaryCsvHeader();
  ASSERT_EQ(header.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(header.substr(3),
            "path,status,agency,year,template,errors,warnings,null_cells,rules,first_error\r\n");
}

TEST(SummaryCsvTest, QuotesFieldsPerRfc4180) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField("中文，全角逗号"), "中文，全角逗号");
}

TEST(SummaryCsvTest, RowOfReportWithErrors) {
  FileSummary row;
  row.path = "dir/a,b.txt";
  row.status = AuditStatus::kErrors;
  row.agency = "淮安市洪泽区人民政府";
  row.year = 2023;
  row.template_version = domain::TemplateVersion::k2021;
  row.error_count = 2;
  row.warning_count = 1;
  row.null_cell_count = 3;
  row.violated_rules = {"review.total", "litigation_direct.total"};
  row.first_error = "总计应为 5，表中为 0";
  EXPECT_EQ(SummaryCsvRow(row),
            "\"dir/a,b.txt\",errors,淮安市洪泽区人民政府,2023,2021,2,1,3,"
            "review.total litigation_direct.total,总计应为 5，表中为 0\r\n");
}

TEST(SummaryCsvTest, RowOfUnreadableFileLeavesCountsEmpty) {
  FileSummary row;
  row.path = "x.pdf";
  row.status = AuditStatus::kUnreadable;
  row.first_error = "PDF 文件已损坏";
  EXPECT_EQ(SummaryCsvRow(row), "x.pdf,unreadable,,,,,,,,PDF 文件已损坏\r\n");
}

}  // namespace
}  // namespace gongkai::audit
