// `gongkai audit` end to end on files written by the test: exit statuses, the people's text, the
// JSON outputs, and batch mode over a directory of 200 report variants with its summary CSV.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "integration/audit_cli_runner.h"
#include "testing/sample_report.h"

namespace gongkai::integration {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void WriteFile(const fs::path& path, std::string_view text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// Splits RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks) into rows.
std::vector<std::vector<std::string>> ParseCsv(std::string_view text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) {
    rows.pop_back();
  }
  return rows;
}

// The kinds of file in the generated batch, by index: most are consistent reports, some have
// arithmetic errors, some lack the tables (a report with errors: the text is an annual report),
// some are not reports at all (a broken PDF, a meeting notice).
enum class Variant {
  kConsistent,
  kRowTotalError,
  kReviewTotalError,
  kTruncated,
  kBrokenPdf,
  kNotAReport
};

Variant VariantOf(int index) {
  switch (index % 10) {
    case 6:
      return Variant::kRowTotalError;
    case 7:
      return Variant::kReviewTotalError;
    case 8:
      return Variant::kTruncated;
    case 9:
      return (index / 10) % 2 == 0 ? Variant::kBrokenPdf : Variant::kNotAReport;
    default:
      return Variant::kConsistent;
  }
}

class AuditCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    root_ = fs::temp_directory_path() / (std::string("gongkai_audit_cli_") + info->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string Write(const std::string& name, std::string_view text) {
    WriteFile(root_ / name, text);
    return (root_ / name).string();
  }

  // Writes variant `index` of the batch below `directory`; returns its path.
  std::string WriteVariant(const fs::path& directory, int index) {
    domain::AnnualReport report = samples::MakeConsistentReport(static_cast<std::uint32_t>(index));
    const Variant variant = VariantOf(index);
    if (variant == Variant::kRowTotalError) {
      // One applicant cell one too high: its row no longer sums to the row's 总计.
      *report.row(domain::RequestRow::kGranted)[static_cast<std::size_t>(index % 6)] += 1;
    } else if (variant == Variant::kReviewTotalError) {
      *(*report.review_litigation)[4] += 1 + index % 3;
    }
    const bool html = (index / 10) % 2 == 1 && variant == Variant::kConsistent;
    std::string text = html ? samples::RenderReportHtml(report) : samples::RenderReportText(report);
    if (variant == Variant::kTruncated) {
      text = text.substr(0, text.find(domain::SectionHeading(3)));
    } else if (variant == Variant::kBrokenPdf) {
      text = std::string("%PDF-1.4\n") + std::string(3, '\0') + "broken";
    } else if (variant == Variant::kNotAReport) {
      text = "关于召开" + std::to_string(index) + "号会议的通知\n请各单位准时参加。\n";
    }
    char name[32];
    std::snprintf(name, sizeof name, "r%03d.%s", index,
                  variant == Variant::kBrokenPdf ? "pdf" : (html ? "html" : "txt"));
    const fs::path path = directory / ("part" + std::to_string(index / 50)) / name;
    WriteFile(path, text);
    return path.string();
  }

  fs::path root_;
};

TEST_F(AuditCliTest, ConsistentReportPassesWithExitZero) {
  const domain::AnnualReport report = samples::MakeConsistentReport(11);
  const std::string path = Write("good.txt", samples::RenderReportText(report));
  const CliRun run = RunGongkai({"audit", path});
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_THAT(run.out, HasSubstr("文件：" + path + "\n"));
  EXPECT_THAT(run.out, HasSubstr("机关：" + *report.agency + "\n"));
  EXPECT_THAT(run.out, HasSubstr("年度：" + std::to_string(*report.year) + "\n"));
  EXPECT_THAT(run.out, HasSubstr("模板：2021年版（国办公开办函〔2021〕30号）\n"));
  EXPECT_THAT(run.out, HasSubstr("结论：无误——未发现错误"));
  EXPECT_THAT(run.out, Not(HasSubstr("[错误]")));
}

TEST_F(AuditCliTest, ReportWithErrorsListsThemWithExitOne) {
  domain::AnnualReport report = samples::MakeConsistentReport(12);
  *(*report.review_litigation)[4] += 2;
  const std::string path = Write("bad.html", samples::RenderReportHtml(report));
  const CliRun run = RunGongkai({"audit", path});
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_THAT(run.out, HasSubstr("[错误] review.total  位置："));
  EXPECT_THAT(run.out, HasSubstr("  说明："));
  EXPECT_THAT(run.out, HasSubstr("结论：有错误——发现 1 个错误"));
}

TEST_F(AuditCliTest, ReportReadInPartIsNotAccusedAndExitsThree) {
  const domain::AnnualReport report = samples::MakeConsistentReport(7);
  const std::string text = samples::RenderReportText(report);
  const std::string path = Write("cut.txt", text.substr(0, text.find(domain::SectionHeading(3))));
  const CliRun run = RunGongkai({"audit", path});
  EXPECT_EQ(run.exit_code, 3) << run.out << run.err;
  EXPECT_THAT(run.out, HasSubstr("[未能读取] structure.table_missing"));
  EXPECT_THAT(run.out, Not(HasSubstr("[错误]")));
  EXPECT_THAT(run.out, HasSubstr("结论：未能完整读取"));
  const std::string good = Write("good.txt", text);
  EXPECT_EQ(RunGongkai({"audit", good, path}).exit_code, 3);
}

TEST_F(AuditCliTest, UnreadableInputExitsTwo) {
  const CliRun missing = RunGongkai({"audit", (root_ / "missing.pdf").string()});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_THAT(missing.out, HasSubstr("无法读取："));
  EXPECT_THAT(missing.out, HasSubstr("结论：无法读取"));
  const std::string notice = Write("notice.txt", "关于召开会议的通知\n请各单位准时参加。\n");
  EXPECT_EQ(RunGongkai({"audit", notice}).exit_code, 2);
  const std::string broken =
      Write("broken.pdf", std::string("%PDF-1.7\n") + std::string(3, '\0') + "garbage");
  EXPECT_EQ(RunGongkai({"audit", broken}).exit_code, 2);
}

TEST_F(AuditCliTest, ErrorsOutrankUnreadableFilesInTheExitStatus) {
  domain::AnnualReport report = samples::MakeConsistentReport(13);
  *report.row(domain::RequestRow::kTotal)[0] += 1;
  const std::string bad = Write("bad.txt", samples::RenderReportText(report));
  const std::string good =
      Write("good.txt", samples::RenderReportText(samples::MakeConsistentReport(14)));
  const std::string missing = (root_ / "missing.txt").string();
  EXPECT_EQ(RunGongkai({"audit", good, missing}).exit_code, 2);
  EXPECT_EQ(RunGongkai({"audit", good, missing, bad}).exit_code, 1);
  EXPECT_EQ(RunGongkai({"audit", good, good}).exit_code, 0);
}

TEST_F(AuditCliTest, JsonOfOneFileIsTheCanonicalObject) {
  const domain::AnnualReport report = samples::MakeConsistentReport(15);
  const std::string path = Write("good.txt", samples::RenderReportText(report));
  const CliRun run = RunGongkai({"audit", "--json", path});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const nlohmann::json json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["agency"], *report.agency);
  EXPECT_EQ(json["year"], *report.year);
  EXPECT_EQ(json["template"], "2021");
  for (domain::RequestRow r : domain::RowsOf(domain::TemplateVersion::k2021, false)) {
    const nlohmann::json& cells = json["requests"][std::string(domain::RowInfo(r).key)];
    ASSERT_EQ(cells.size(), 7u);
    for (std::size_t c = 0; c < 7; ++c) {
      EXPECT_EQ(cells[c], *report.row(r)[c]) << domain::RowInfo(r).key << " column " << c;
    }
  }
  for (std::size_t i = 0; i < 15; ++i) {
    EXPECT_EQ(json["review_litigation"][i], *(*report.review_litigation)[i]);
  }
  EXPECT_EQ(json["proactive"]["行政许可"]["本年处理决定数量"],
            *report.proactive->at("行政许可").at("本年处理决定数量"));
}

TEST_F(AuditCliTest, JsonOfSeveralFilesIsAnArrayAndJsonLinesOneLineEach) {
  const std::string good =
      Write("good.txt", samples::RenderReportText(samples::MakeConsistentReport(16)));
  const std::string missing = (root_ / "missing.txt").string();
  const CliRun array = RunGongkai({"audit", "--json", good, missing});
  EXPECT_EQ(array.exit_code, 2);
  const nlohmann::json json = nlohmann::json::parse(array.out);
  ASSERT_TRUE(json.is_array());
  ASSERT_EQ(json.size(), 2u);
  EXPECT_EQ(json[0]["file"], good);
  EXPECT_EQ(json[0]["report"]["template"], "2021");
  EXPECT_TRUE(json[0]["error"].is_null());
  EXPECT_EQ(json[1]["file"], missing);
  EXPECT_TRUE(json[1]["report"].is_null());
  EXPECT_TRUE(json[1]["error"].is_string());
  EXPECT_THAT(array.err, HasSubstr("汇总：共 2 个文件"));

  const CliRun lines = RunGongkai({"audit", "--jsonl", good, missing, good});
  std::istringstream stream(lines.out);
  std::string line;
  std::vector<std::string> files;
  while (std::getline(stream, line)) {
    files.push_back(nlohmann::json::parse(line)["file"]);
  }
  EXPECT_EQ(files, (std::vector<std::string>{good, missing, good}));
}

TEST_F(AuditCliTest, JsonAndJsonLinesTogetherIsAUsageError) {
  const std::string good =
      Write("good.txt", samples::RenderReportText(samples::MakeConsistentReport(17)));
  EXPECT_EQ(RunGongkai({"audit", "--json", "--jsonl", good}).exit_code, 64);
  EXPECT_EQ(RunGongkai({"audit"}).exit_code, 64);
}

TEST_F(AuditCliTest, DirectoryOf200VariantsGivesTheExpectedCsvAndSummary) {
  const fs::path directory = root_ / "reports";
  std::vector<std::string> paths;
  for (int i = 0; i < 200; ++i) {
    paths.push_back(WriteVariant(directory, i));
  }
  WriteFile(directory / "part0" / "notes.csv", "not,a,report\r\n");  // skipped: not a report type
  const fs::path csv = root_ / "summary.csv";
  const CliRun run =
      RunGongkai({"audit", directory.string(), "--csv", csv.string(), "--jobs", "3"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_THAT(
      run.out,
      HasSubstr(
          "汇总：共 200 个文件；读取报告 180 份，其中有错误的 40 份、未能完整读取的 20 份、无误的 "
          "120 份；无法读取的文件 20 个。"));
  EXPECT_THAT(run.out, HasSubstr("review.total：20\n"));
  EXPECT_THAT(run.out, HasSubstr("requests.row_total：20\n"));
  EXPECT_THAT(run.out, HasSubstr("structure.table_missing：20\n"));
  EXPECT_THAT(run.out, Not(HasSubstr("文件：")));  // batch mode prints no per-file blocks

  const std::string text = ReadFile(csv);
  ASSERT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");
  const auto rows = ParseCsv(text.substr(3));
  ASSERT_EQ(rows.size(), 201u);
  EXPECT_EQ(rows[0],
            (std::vector<std::string>{"path", "status", "agency", "year", "template", "errors",
                                      "warnings", "null_cells", "rules", "first_error"}));
  for (int i = 0; i < 200; ++i) {
    const std::vector<std::string>& row = rows[static_cast<std::size_t>(i) + 1];
    ASSERT_EQ(row.size(), 10u) << i;
    EXPECT_EQ(row[0], paths[static_cast<std::size_t>(i)]);
    const domain::AnnualReport report =
        samples::MakeConsistentReport(static_cast<std::uint32_t>(i));
    switch (VariantOf(i)) {
      case Variant::kConsistent:
        EXPECT_EQ(row[1], "ok") << row[0] << ": " << row[9];
        EXPECT_EQ(row[2], *report.agency);
        EXPECT_EQ(row[3], std::to_string(*report.year));
        EXPECT_EQ(row[4], "2021");
        EXPECT_EQ(row[5], "0");
        EXPECT_EQ(row[7], "0") << row[0];
        break;
      case Variant::kRowTotalError:
        EXPECT_EQ(row[1], "errors") << row[0];
        EXPECT_THAT(row[8], HasSubstr("requests.row_total")) << row[0];
        EXPECT_NE(row[5], "0");
        EXPECT_FALSE(row[9].empty());
        break;
      case Variant::kReviewTotalError:
        EXPECT_EQ(row[1], "errors") << row[0];
        EXPECT_EQ(row[5], "1") << row[0];
        EXPECT_EQ(row[8], "review.total") << row[0];
        break;
      case Variant::kTruncated:  // the auditor could not find the tables: not the report's error
        EXPECT_EQ(row[1], "partly_read") << row[0];
        EXPECT_THAT(row[8], HasSubstr("structure.table_missing")) << row[0];
        break;
      case Variant::kBrokenPdf:
      case Variant::kNotAReport:
        EXPECT_EQ(row[1], "unreadable") << row[0];
        EXPECT_EQ(row[5], "");
        EXPECT_FALSE(row[9].empty()) << row[0];
        break;
    }
  }
}

TEST_F(AuditCliTest, OneAndManyJobsWriteIdenticalCsv) {
  const fs::path directory = root_ / "reports";
  for (int i = 0; i < 60; ++i) {
    WriteVariant(directory, i);
  }
  const fs::path one = root_ / "one.csv";
  const fs::path many = root_ / "many.csv";
  const CliRun run_one =
      RunGongkai({"audit", directory.string(), "--csv", one.string(), "-j", "1"});
  const CliRun run_many =
      RunGongkai({"audit", directory.string(), "--csv", many.string(), "-j", "4"});
  EXPECT_EQ(run_one.exit_code, 1);
  EXPECT_EQ(run_many.exit_code, 1);
  // The summaries differ only in the CSV path they name.
  EXPECT_EQ(run_one.out.substr(0, run_one.out.find(one.string())),
            run_many.out.substr(0, run_many.out.find(many.string())));
  EXPECT_EQ(ReadFile(one), ReadFile(many));
  EXPECT_EQ(ParseCsv(ReadFile(one)).size(), 61u);
}

TEST_F(AuditCliTest, DirectoryWithoutReportsIsUnreadable) {
  fs::create_directories(root_ / "empty");
  const CliRun run = RunGongkai({"audit", (root_ / "empty").string()});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("没有可审核的文件"));
}

TEST_F(AuditCliTest, ProgressBarOnlyWhenInteractive) {
  const fs::path directory = root_ / "reports";
  for (int i = 0; i < 6; ++i) {
    WriteVariant(directory, i);
  }
  EXPECT_THAT(RunGongkai({"audit", directory.string()}, true).err, HasSubstr("审核进度 ["));
  EXPECT_EQ(RunGongkai({"audit", directory.string()}, false).err, "");
}

TEST_F(AuditCliTest, UnwritableCsvIsReportedBeforeAuditing) {
  const std::string good =
      Write("good.txt", samples::RenderReportText(samples::MakeConsistentReport(18)));
  const CliRun run =
      RunGongkai({"audit", good, "--csv", (root_ / "no" / "such" / "dir.csv").string()});
  EXPECT_EQ(run.exit_code, 64);
  EXPECT_THAT(run.err, HasSubstr("无法创建 CSV 文件"));
  EXPECT_EQ(run.out, "");
}

}  // namespace
}  // namespace gongkai::integration
