#include "audit/audit_runner.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

#include <gtest/gtest.h>

#include "audit/summary_csv.h"

namespace gongkai::audit {
namespace {

std::vector<std::string> Paths(int count) {
  std::vector<std::string> paths;
  for (int i = 0; i < count; ++i) {
    paths.push_back(std::to_string(i));
  }
  return paths;
}

// A deterministic fake audit of path "<n>": every 7th file is unreadable, every 3rd has an error,
// and files sleep a little (longer for early files) so that workers finish out of order.
AuditOutcome FakeAudit(const std::string& path) {
  const int n = std::stoi(path);
  std::this_thread::sleep_for(std::chrono::microseconds((n % 5) * 200));
  AuditOutcome outcome;
  outcome.path = path;
  if (n % 7 == 0) {
    outcome.report = core::Error::InvalidArgument("无法读取 " + path);
    outcome.status = AuditStatus::kUnreadable;
    return outcome;
  }
  domain::AnnualReport report = domain::AnnualReport::Empty(domain::TemplateVersion::k2021, false);
  report.agency = "机关" + path;
  report.year = 2000 + n % 25;
  if (n % 3 == 0) {
    report.findings.push_back({"requests.balance", domain::Severity::kError, "总计列", "不平衡"});
  }
  report.findings.push_back({"cells.blank", domain::Severity::kWarning, "某格", "空白"});
  outcome.status = n % 3 == 0 ? AuditStatus::kErrors : AuditStatus::kOk;
  outcome.report = std::move(report);
  return outcome;
}

struct CsvRun {
  std::string csv;
  BatchSummary summary;
};

CsvRun RunToCsv(const std::vector<std::string>& paths, int jobs) {
  BatchOptions options;
  options.jobs = jobs;
  options.auditor = FakeAudit;
  CsvRun run;
  run.csv = SummaryCsvHeader();
  BatchCallbacks callbacks;
  callbacks.on_outcome = [&run](std::size_t, const AuditOutcome&, const FileSummary& row) {
    run.csv += SummaryCsvRow(row);
  };
  run.summary = AuditBatch(paths, options, callbacks);
  return run;
}

TEST(AuditBatchTest, DeliversOutcomesInInputOrder) {
  const std::vector<std::string> paths = Paths(200);
  BatchOptions options;
  options.jobs = 4;
  options.auditor = FakeAudit;
  std::vector<std::size_t> indexes;
  BatchCallbacks callbacks;
  callbacks.on_outcome = [&](std::size_t index, const AuditOutcome& outcome, const FileSummary&) {
    EXPECT_EQ(outcome.path, paths[index]);
    indexes.push_back(index);
  };
  AuditBatch(paths, options, callbacks);
  ASSERT_EQ(indexes.size(), paths.size());
  for (std::size_t i = 0; i < indexes.size(); ++i) {
    EXPECT_EQ(indexes[i], i);
  }
}

TEST(AuditBatchTest, OneAndManyWorkersGiveIdenticalCsv) {
  const std::vector<std::string> paths = Paths(300);
  const CsvRun one = RunToCsv(paths, 1);
  const CsvRun many = RunToCsv(paths, 8);
  EXPECT_EQ(one.csv, many.csv);
  EXPECT_EQ(one.summary.TopRules(10), many.summary.TopRules(10));
  EXPECT_EQ(many.summary.files(), 300u);
  EXPECT_EQ(many.summary.unreadable(), 43u);           // 0, 7, …, 294
  EXPECT_EQ(many.summary.reports_with_errors(), 85u);  // multiples of 3 that are not of 7
  EXPECT_EQ(many.summary.reports_read(), 257u);
}

TEST(AuditBatchTest, WorkersStayWithinTheDeliveryWindow) {
  const std::vector<std::string> paths = Paths(400);
  std::atomic<std::size_t> delivered{0};
  std::atomic<bool> overran{false};
  BatchOptions options;
  options.jobs = 4;
  options.window = 6;
  options.auditor = [&](const std::string& path) {
    if (std::stoul(path) >= delivered.load() + 6) {
      overran = true;
    }
    return FakeAudit(path);
  };
  BatchCallbacks callbacks;
  callbacks.on_outcome = [&](std::size_t index, const AuditOutcome&, const FileSummary&) {
    if (index % 50 == 0) {
      // A slow consumer: workers must wait instead of piling up reports.
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    delivered = index + 1;
  };
  const BatchSummary summary = AuditBatch(paths, options, callbacks);
  EXPECT_FALSE(overran.load());
  EXPECT_EQ(summary.files(), 400u);
}

TEST(AuditBatchTest, ReportsProgressUpToTheTotal) {
  const std::vector<std::string> paths = Paths(50);
  BatchOptions options;
  options.jobs = 3;
  options.auditor = FakeAudit;
  std::size_t last_done = 0;
  BatchCallbacks callbacks;
  callbacks.on_progress = [&](std::size_t done, std::size_t total) {
    EXPECT_EQ(total, 50u);
    EXPECT_GT(done, last_done);
    last_done = done;
  };
  AuditBatch(paths, options, callbacks);
  EXPECT_EQ(last_done, 50u);
}

TEST(AuditBatchTest, AnAuditorThatThrowsCostsOnlyThatFile) {
  const std::vector<std::string> paths = Paths(20);
  BatchOptions options;
  options.jobs = 2;
  options.auditor = [](const std::string& path) -> AuditOutcome {
    if (path == "5") {
      throw std::runtime_error("boom");
    }
    return FakeAudit(path);
  };
  std::string row5_error;
  BatchCallbacks callbacks;
  callbacks.on_outcome = [&](std::size_t index, const AuditOutcome& outcome,
                             const FileSummary& row) {
    if (index == 5) {
      EXPECT_EQ(outcome.status, AuditStatus::kUnreadable);
      row5_error = row.first_error.value_or("");
    }
  };
  const BatchSummary summary = AuditBatch(paths, options, callbacks);
  EXPECT_EQ(summary.files(), 20u);
  EXPECT_NE(row5_error.find("boom"), std::string::npos);
}

TEST(AuditBatchTest, EmptyInputAuditsNothing) {
  bool called = false;
  BatchCallbacks callbacks;
  callbacks.on_outcome = [&](std::size_t, const AuditOutcome&, const FileSummary&) {
    called = true;
  };
  const BatchSummary summary = AuditBatch({}, BatchOptions{}, callbacks);
  EXPECT_EQ(summary.files(), 0u);
  EXPECT_FALSE(called);
}

TEST(AuditFileTest, MissingFileIsUnreadable) {
  const std::string path =
      (std::filesystem::temp_directory_path() / "gongkai_no_such_report.txt").string();
  const AuditOutcome outcome = AuditFile(path);
  EXPECT_EQ(outcome.path, path);
  EXPECT_EQ(outcome.status, AuditStatus::kUnreadable);
  ASSERT_FALSE(outcome.report.has_value());
  EXPECT_EQ(outcome.report.error().code, core::ErrorCode::kNotFound);
}

TEST(AuditFileTest, TextThatIsNoReportIsUnreadable) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / "gongkai_not_a_report.txt";
  std::ofstream(path) << "这是一份会议通知，不是政府信息公开工作年度报告。\n";
  const AuditOutcome outcome = AuditFile(path.string());
  std::filesystem::remove(path);
  EXPECT_EQ(outcome.status, AuditStatus::kUnreadable);
  ASSERT_FALSE(outcome.report.has_value());
  EXPECT_FALSE(outcome.report.error().message.empty());
}

}  // namespace
}  // namespace gongkai::audit
