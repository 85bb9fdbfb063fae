// `gongkai report` and `gongkai demo` end to end through the command line parser, over an
// in-memory store shared between the commands.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "cli/cli_environment.h"
#include "cli/cli_test_env.h"
#include "cli/exit_codes.h"
#include "report/report_builder.h"
#include "report/report_json.h"
#include "testing/in_memory_store.h"

namespace gongkai::report {
namespace {

using cli::CliRun;

// A case repository that corrupts the counts it returns (as a damaged database would): one cell
// comes back negative.
class CorruptCounts final : public domain::CaseRepository {
 public:
  explicit CorruptCounts(domain::CaseRepository& real) : real_(real) {}
  core::Result<domain::RequestCase> CreateCase(const domain::RequestCase& draft,
                                               const domain::Actor& actor) override {
    return real_.CreateCase(draft, actor);
  }
  core::Result<std::int64_t> NextTrackingSequence(const std::string& agency_id, int year) override {
    return real_.NextTrackingSequence(agency_id, year);
  }
  core::Result<domain::RequestCase> GetCase(std::int64_t id) override { return real_.GetCase(id); }
  core::Result<domain::RequestCase> GetCaseByTracking(const std::string& number) override {
    return real_.GetCaseByTracking(number);
  }
  core::Result<domain::RequestCase> UpdateCase(const domain::RequestCase& updated,
                                               std::int64_t expected_version,
                                               const domain::Actor& actor) override {
    return real_.UpdateCase(updated, expected_version, actor);
  }
  core::Result<domain::RequestCase> UpdateDueDate(const domain::DueDateChange& change,
                                                  const domain::Actor& actor) override {
    return real_.UpdateDueDate(change, actor);
  }
  core::Result<std::vector<domain::RequestCase>> ListCases(
      const domain::CaseFilter& filter) override {
    return real_.ListCases(filter);
  }
  core::Result<domain::RequestCounts> CountForReport(std::span<const std::string> agency_ids,
                                                     int year) override {
    GONGKAI_ASSIGN_OR_RETURN(domain::RequestCounts counts, real_.CountForReport(agency_ids, year));
    counts.cells[static_cast<std::size_t>(domain::RequestRow::kWithheld1)][0] = -2;
    return counts;
  }
  core::Result<std::vector<domain::CaseReportFact>> CasesBehindCell(
      std::span<const std::string> agency_ids, int year, domain::RequestRow row,
      std::optional<int> applicant_kind) override {
    return real_.CasesBehindCell(agency_ids, year, row, applicant_kind);
  }

 private:
  domain::CaseRepository& real_;
};

class CorruptStore final : public domain::Store {
 public:
  explicit CorruptStore(domain::Store& store) : store_(store), cases_(store.cases()) {}
  domain::AgencyRepository& agencies() override { return store_.agencies(); }
  domain::CaseRepository& cases() override { return cases_; }
  domain::ReviewRepository& reviews() override { return store_.reviews(); }
  domain::AnnualInputRepository& annual_inputs() override { return store_.annual_inputs(); }
  domain::CalendarRepository& calendars() override { return store_.calendars(); }
  domain::AuditLog& audit_log() override { return store_.audit_log(); }

 private:
  domain::Store& store_;
  CorruptCounts cases_;
};

// Like cli::CliTestEnv, with "today" set (the demo cannot generate years after today).
class Cli {
 public:
  explicit Cli(bool with_store = true) : store_(clock_) {
    clock_.SetDate(*core::Date::FromYmd(2026, 2, 20));
    env_.clock = &clock_;
    if (with_store) {
      env_.open_store = [this](const std::string&) -> core::Result<std::unique_ptr<domain::Store>> {
        if (corrupt_) {
          return std::unique_ptr<domain::Store>(std::make_unique<CorruptStore>(store_));
        }
        return std::unique_ptr<domain::Store>(std::make_unique<cli::BorrowedStore>(store_));
      };
    }
  }

  CliRun Run(std::vector<std::string> args) {
    std::ostringstream out, err;
    env_.out = &out;
    env_.err = &err;
    args.insert(args.begin(), "gongkai");
    std::vector<char*> argv;
    for (std::string& arg : args) {
      argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    const int code = cli::RunCli(static_cast<int>(args.size()), argv.data(), env_);
    return CliRun{code, out.str(), err.str()};
  }

  fakes::InMemoryStore& store() { return store_; }
  void CorruptCountsFromNowOn() { corrupt_ = true; }

 private:
  bool corrupt_ = false;
  core::FakeClock clock_;
  fakes::InMemoryStore store_;
  cli::CliEnvironment env_;
};

std::string TempFile(const std::string& name, const std::string& content = "") {
  const std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
  return path;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class ReportCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const CliRun demo = cli_.Run({"demo", "--years", "2024,2025", "--requests", "150"});
    ASSERT_EQ(demo.exit_code, 0) << demo.err;
    ASSERT_NE(demo.out.find("2024年：收到申请"), std::string::npos) << demo.out;
  }
  Cli cli_;
};

TEST_F(ReportCliTest, ExportsTheSystemReportInEveryFormat) {
  const CliRun md = cli_.Run({"report", "--year", "2024", "--all-below"});
  ASSERT_EQ(md.exit_code, 0) << md.err;
  EXPECT_EQ(md.out.rfind("# 滨江市市场监督管理局（全系统）2024年政府信息公开工作年度报告", 0), 0u);
  EXPECT_NE(md.out.find("## 六、其他需要报告的事项"), std::string::npos);

  const CliRun json = cli_.Run(
      {"report", "--year", "2024", "--agency", "bj-scjg", "--all-below", "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto parsed = ReportFromJson(json.out);
  ASSERT_TRUE(parsed.has_value()) << parsed.error().message;
  const auto built = BuildAnnualReport(cli_.store(), "bj-scjg", 2024, Scope::kAgencyAndBelow);
  ASSERT_TRUE(built.has_value());
  EXPECT_EQ(json.out, ReportToJson(*built) + "\n");

  const std::string html = TempFile("gongkai-cli-report.html");
  const CliRun to_file = cli_.Run(
      {"report", "--year", "2025", "--agency", "bj-scjg-jb", "--format", "html", "--output", html});
  ASSERT_EQ(to_file.exit_code, 0) << to_file.err;
  EXPECT_NE(ReadFile(html).find("<td class=\"label\" rowspan=\"22\">三、本年度办理结果</td>"),
            std::string::npos);
  std::filesystem::remove(html);

  const std::string xlsx = TempFile("gongkai-cli-report.xlsx");
  const CliRun workbook =
      cli_.Run({"report", "--year", "2025", "--format", "xlsx", "--output", xlsx});
  ASSERT_EQ(workbook.exit_code, 0) << workbook.err;
  EXPECT_EQ(ReadFile(xlsx).substr(0, 2), "PK");
  std::filesystem::remove(xlsx);
  const CliRun no_output = cli_.Run({"report", "--year", "2025", "--format", "xlsx"});
  EXPECT_EQ(no_output.exit_code, cli::ExitCodeFor(core::ErrorCode::kInvalidArgument));
  EXPECT_NE(no_output.err.find("--output"), std::string::npos);
}

TEST_F(ReportCliTest, ExplainListsOneLinePerCase) {
  const auto built = BuildAnnualReport(cli_.store(), "bj-scjg", 2024, Scope::kAgencyAndBelow);
  ASSERT_TRUE(built.has_value());
  const std::int64_t granted = *built->row(domain::RequestRow::kGranted)[0];
  const CliRun run =
      cli_.Run({"report", "--year", "2024", "--all-below", "--explain", "三.予以公开.自然人"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.rfind("2024年 三.予以公开.自然人（", 0), 0u) << run.out;
  EXPECT_NE(run.out.find("）= " + std::to_string(granted) + "\n"), std::string::npos) << run.out;
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), granted + 1);
  EXPECT_NE(run.out.find("（一）予以公开"), std::string::npos);
  const CliRun bad = cli_.Run({"report", "--year", "2024", "--explain", "三.予以公开.外国人"});
  EXPECT_EQ(bad.exit_code, cli::ExitCodeFor(core::ErrorCode::kInvalidArgument));
  EXPECT_NE(bad.err.find("无法识别单元格"), std::string::npos);
}

TEST_F(ReportCliTest, StoresTextAndFiguresUsedByTheReport) {
  const std::string text =
      TempFile("gongkai-cli-text.txt", "一是答复文书有待规范。\n二是公开平台需要升级。");
  const CliRun saved = cli_.Run({"report", "text", "--year", "2025", "--agency", "bj-scjg-gx",
                                 "--section", "5", "--file", text});
  ASSERT_EQ(saved.exit_code, 0) << saved.err;
  std::filesystem::remove(text);
  const std::string csv = TempFile(
      "gongkai-cli-figures.csv",
      "行,列,值\n规章,本年制发件数,0\n规章,本年废止件数,0\n规章,现行有效件数,0\n"
      "行政规范性文件,本年制发件数,0\n行政规范性文件,本年废止件数,0\n行政规范性文件,现行有效件数,"
      "0\n"
      "行政许可,本年处理决定数量,4321\n行政处罚,本年处理决定数量,12\n行政强制,本年处理决定数量,3\n"
      "行政事业性收费,本年收费金额（单位：万元）,0.5\n");
  const CliRun figures =
      cli_.Run({"report", "figures", "--year", "2025", "--agency", "bj-scjg-gx", "--file", csv});
  ASSERT_EQ(figures.exit_code, 0) << figures.err;
  std::filesystem::remove(csv);
  const CliRun md = cli_.Run({"report", "--year", "2025", "--agency", "bj-scjg-gx"});
  ASSERT_EQ(md.exit_code, 0) << md.err;
  EXPECT_NE(md.out.find("一是答复文书有待规范。\n\n二是公开平台需要升级。"), std::string::npos);
  EXPECT_NE(md.out.find("| 行政许可 | 4321 |"), std::string::npos);
  EXPECT_NE(md.out.find("| 行政事业性收费 | 0.5 |"), std::string::npos);

  const CliRun missing = cli_.Run({"report", "figures", "--year", "2025", "--agency", "bj-scjg-gx",
                                   "--file", "/nonexistent/figures.csv"});
  EXPECT_EQ(missing.exit_code, cli::ExitCodeFor(core::ErrorCode::kNotFound));
  const CliRun section = cli_.Run(
      {"report", "text", "--year", "2025", "--agency", "bj-scjg", "--section", "3", "--file", "x"});
  EXPECT_EQ(section.exit_code, cli::kExitUsage);
}

TEST_F(ReportCliTest, RefusesToExportAReportWithAnError) {
  cli_.CorruptCountsFromNowOn();
  const CliRun run = cli_.Run({"report", "--year", "2025", "--agency", "bj-scjg"});
  EXPECT_EQ(run.exit_code, cli::ExitCodeFor(core::ErrorCode::kFailedPrecondition));
  EXPECT_TRUE(run.out.empty());
  EXPECT_NE(run.err.find("不能导出"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("[cells.nonnegative] 三、收到和处理政府信息公开申请情况 / （三）不予公开 "
                         "1.属于国家秘密 / 自然人"),
            std::string::npos)
      << run.err;
}

TEST_F(ReportCliTest, ReportsBadArguments) {
  EXPECT_EQ(cli_.Run({"report"}).exit_code, cli::ExitCodeFor(core::ErrorCode::kInvalidArgument));
  EXPECT_EQ(cli_.Run({"report", "--year", "2024", "--agency", "nowhere"}).exit_code,
            cli::ExitCodeFor(core::ErrorCode::kNotFound));
  const CliRun format = cli_.Run({"report", "--year", "2024", "--format", "pdf"});
  EXPECT_EQ(format.exit_code, cli::ExitCodeFor(core::ErrorCode::kInvalidArgument));
  EXPECT_NE(format.err.find("pdf"), std::string::npos);
  const CliRun again = cli_.Run({"demo"});
  EXPECT_EQ(again.exit_code, cli::ExitCodeFor(core::ErrorCode::kConflict));
}

TEST(ReportCliWithoutStoreTest, FailsCleanly) {
  Cli cli(/*with_store=*/false);
  const CliRun report = cli.Run({"report", "--year", "2024"});
  EXPECT_EQ(report.exit_code, cli::ExitCodeFor(core::ErrorCode::kUnavailable));
  EXPECT_NE(report.err.find("数据库"), std::string::npos);
  EXPECT_EQ(cli.Run({"demo"}).exit_code, cli::ExitCodeFor(core::ErrorCode::kUnavailable));
}

}  // namespace
}  // namespace gongkai::report
