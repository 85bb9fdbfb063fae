// `gongkai audit`: audits published annual reports (files or whole directories) and prints the
// findings for people, the canonical JSON, or a batch summary with a per-file CSV. The work is
// done by audit::AuditBatch; this file only parses the command line and prints.
#include <fstream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "audit/audit_inputs.h"
#include "audit/audit_runner.h"
#include "audit/summary_csv.h"
#include "cli/audit_text.h"
#include "cli/command_registry.h"
#include "cli/exit_codes.h"
#include "report/report_json.h"

namespace gongkai::cli {
namespace {

constexpr std::string_view kAuditFooter =
    "退出状态：0 = 无误（全部读出，没有发现错误）；1 = 有错误（至少一份报告勾稽关系不符\n"
    "或单元格有误）；2 = 无法读取（有文件无法读取或不是年度报告）；3 = 未能完整读取（没有\n"
    "发现错误，但有表、行或数字没能读出，相关核对无法进行）；64 = 命令行有误。\n"
    "多个文件时取最要紧的一种：1 优先于 2，2 优先于 3。\n"
    "目录会递归查找 .txt .htm .html .pdf .docx 文件，按路径排序后审核。\n"
    "--json：单个文件输出一个对象（report-json.md 格式）；多个文件输出数组，\n"
    "每个元素为 {\"file\": 路径, \"report\": 报告对象或 null, \"error\": 无法读取的原因或 null}；\n"
    "--jsonl 每行一个这样的元素。";

enum class OutputMode { kText, kJson, kJsonLines };

struct AuditArgs {
  std::vector<std::string> inputs;
  bool json = false;
  bool jsonl = false;
  std::string csv_path;
  int jobs = 0;
};

// Safe for any bytes: file names on Linux need not be UTF-8, so invalid sequences become U+FFFD.
std::string JsonString(std::string_view text) {
  return nlohmann::json(std::string(text))
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// {"file": …, "report": …, "error": …} on one line: an element of the array / JSON Lines output.
std::string JsonEntry(const audit::AuditOutcome& outcome) {
  std::string entry = "{\"file\":" + JsonString(outcome.path) + ",\"report\":";
  if (outcome.report.has_value()) {
    entry += report::ReportToJson(*outcome.report, {report::JsonLayout::kCompact});
    entry += ",\"error\":null}";
  } else {
    entry += "null,\"error\":" + JsonString(outcome.report.error().message) + "}";
  }
  return entry;
}

// Prints each outcome as it is delivered (in input order), in the chosen output mode.
class OutcomePrinter {
 public:
  OutcomePrinter(OutputMode mode, bool per_file_text, bool single_file, CliEnvironment& env)
      : mode_(mode), per_file_text_(per_file_text), single_file_(single_file), env_(env) {}

  void Print(const audit::AuditOutcome& outcome, const audit::FileSummary& row) {
    switch (mode_) {
      case OutputMode::kText:
        if (per_file_text_) {
          *env_.out << (printed_++ == 0 ? "" : "\n") << FormatAuditText(outcome, row);
        }
        return;
      case OutputMode::kJsonLines:
        *env_.out << JsonEntry(outcome) << "\n";
        return;
      case OutputMode::kJson:
        PrintJson(outcome);
        return;
    }
  }

  // Closes the JSON array, if one was opened, or separates the text blocks from the summary.
  void Finish() {
    if (mode_ == OutputMode::kJson && !single_file_) {
      *env_.out << (printed_ == 0 ? "[" : "\n") << "]\n";
    } else if (mode_ == OutputMode::kText && printed_ > 1) {
      *env_.out << "\n";
    }
  }

 private:
  void PrintJson(const audit::AuditOutcome& outcome) {
    if (single_file_) {
      if (outcome.report.has_value()) {
        *env_.out << report::ReportToJson(*outcome.report) << "\n";
      } else {
        *env_.err << "无法读取 " << outcome.path << "：" << outcome.report.error().message << "\n";
      }
      return;
    }
    *env_.out << (printed_ == 0 ? "[\n" : ",\n") << JsonEntry(outcome);
    ++printed_;
  }

  OutputMode mode_;
  bool per_file_text_;
  bool single_file_;
  CliEnvironment& env_;
  std::size_t printed_ = 0;
};

// A one-line progress bar on stderr, redrawn only when the percentage changes.
class ProgressBar {
 public:
  explicit ProgressBar(std::ostream& err) : err_(err) {}

  void Update(std::size_t done, std::size_t total) {
    const std::size_t percent = total == 0 ? 100 : done * 100 / total;
    if (percent == last_percent_ && done != total) {
      return;
    }
    last_percent_ = percent;
    constexpr std::size_t kWidth = 30;
    const std::size_t filled = percent * kWidth / 100;
    err_ << "\r审核进度 [" << std::string(filled, '#') << std::string(kWidth - filled, '-') << "] "
         << done << "/" << total << " " << percent << "%" << std::flush;
    drawn_ = true;
  }

  void Finish() {
    if (drawn_) {
      err_ << "\n";
    }
  }

 private:
  std::ostream& err_;
  std::size_t last_percent_ = 101;
  bool drawn_ = false;
};

int ExitStatusFor(const audit::BatchSummary& summary) {
  // A report with errors is the definite answer the command exists for, so it outranks files
  // that could not be read (those are listed in the summary and the CSV).
  if (summary.reports_with_errors() > 0) {
    return kExitFindings;
  }
  if (summary.unreadable() > 0) {
    return kExitUnreadable;
  }
  return summary.reports_partly_read() > 0 ? kExitPartlyRead : kExitOk;
}

// Opens the CSV and writes its header. nullptr (after printing why) when it cannot be created.
std::unique_ptr<std::ofstream> OpenCsv(const std::string& path, std::ostream& err) {
  auto csv = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
  if (!csv->is_open()) {
    err << "错误：无法创建 CSV 文件 " << path << "\n";
    return nullptr;
  }
  *csv << audit::SummaryCsvHeader();
  return csv;
}

OutputMode ModeOf(const AuditArgs& args) {
  if (args.jsonl) {
    return OutputMode::kJsonLines;
  }
  return args.json ? OutputMode::kJson : OutputMode::kText;
}

// Audits the files, printing each outcome, its CSV row and the closing summary as `args` ask.
// `csv` may be null. Returns the exit status.
int AuditAndPrint(const AuditArgs& args, const audit::AuditInputs& inputs, std::ofstream* csv,
                  CliEnvironment& env) {
  const OutputMode mode = ModeOf(args);
  const bool single_file = !inputs.has_directory && inputs.files.size() == 1;
  OutcomePrinter printer(mode, !inputs.has_directory, single_file, env);
  ProgressBar progress(*env.err);
  audit::BatchCallbacks callbacks;
  callbacks.on_outcome = [&](std::size_t, const audit::AuditOutcome& outcome,
                             const audit::FileSummary& row) {
    printer.Print(outcome, row);
    if (csv != nullptr) {
      *csv << audit::SummaryCsvRow(row);
    }
  };
  if (env.interactive && !single_file) {
    callbacks.on_progress = [&](std::size_t done, std::size_t total) {
      progress.Update(done, total);
    };
  }
  audit::BatchOptions options;
  options.jobs = args.jobs;
  const audit::BatchSummary summary = audit::AuditBatch(inputs.files, options, callbacks);
  progress.Finish();
  printer.Finish();
  if (csv != nullptr && !csv->flush()) {
    *env.err << "错误：写入 CSV 文件 " << args.csv_path << " 失败\n";
    return kExitUsage;
  }
  if (!single_file) {
    // In JSON modes stdout carries only JSON, so the people's summary goes to stderr.
    *(mode == OutputMode::kText ? env.out : env.err)
        << FormatBatchSummaryText(summary, args.csv_path);
  }
  return ExitStatusFor(summary);
}

int RunAudit(const AuditArgs& args, CliEnvironment& env) {
  const core::Result<audit::AuditInputs> inputs = audit::CollectAuditInputs(args.inputs);
  if (!inputs.has_value()) {
    *env.err << "错误：" << inputs.error().message << "\n";
    return kExitUnreadable;
  }
  if (inputs->files.empty()) {
    *env.err << "错误：目录中没有可审核的文件（.txt .htm .html .pdf .docx）\n";
    return kExitUnreadable;
  }
  std::unique_ptr<std::ofstream> csv;
  if (!args.csv_path.empty()) {
    csv = OpenCsv(args.csv_path, *env.err);
    if (!csv) {
      return kExitUsage;
    }
  }
  return AuditAndPrint(args, *inputs, csv.get(), env);
}

}  // namespace

void RegisterAuditCommand(CLI::App& app, CliEnvironment& env, int& exit_code) {
  auto args = std::make_shared<AuditArgs>();
  CLI::App* cmd = app.add_subcommand(
      "audit", "审核已发布的政府信息公开工作年度报告（文本、HTML、PDF、DOCX），列出错误");
  cmd->add_option("inputs", args->inputs, "报告文件或目录（目录会递归查找）")->required();
  auto* json = cmd->add_flag("--json", args->json, "输出 report-json.md 格式的 JSON");
  auto* jsonl = cmd->add_flag("--jsonl", args->jsonl, "每个文件输出一行 JSON（JSON Lines）");
  json->excludes(jsonl);
  cmd->add_option("--csv", args->csv_path, "把每个文件的审核摘要写入 CSV（UTF-8 带 BOM）");
  cmd->add_option("--jobs,-j", args->jobs, "并行审核的线程数（默认：全部 CPU 核）")
      ->check(CLI::Range(1, 1024));
  cmd->footer(std::string(kAuditFooter));
  cmd->callback([&env, &exit_code, args] { exit_code = RunAudit(*args, env); });
}

}  // namespace gongkai::cli
