// The auditor benchmark: throughput of `gongkai audit` on a generated corpus of text and HTML
// reports (one core and all cores), PDF time next to poppler's own `pdftotext` on the same files,
// and the peak memory of a batch run of the real binary. Prints a Markdown table.
//
//   gongkai_audit_bench --gongkai build/src/app/gongkai [--reports 10000] [--pdf-copies 200]
//                       [--work /tmp/dir] [--shared ../shared]
//
// The corpus is built in a temporary directory at run time and removed afterwards.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "audit/audit_runner.h"
#include "domain/report_taxonomy.h"
#include "testing/sample_report.h"

extern char** environ;  // NOLINT: POSIX, for posix_spawnp

namespace gongkai::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Settings {
  std::string gongkai;  // path of the gongkai binary (peak-memory run); empty = skip
  int reports = 10000;
  int pdf_copies = 200;
  fs::path work;
  fs::path shared = GONGKAI_SHARED_DIR;
};

struct Corpus {
  fs::path directory;
  std::vector<std::string> paths;
  std::uint64_t bytes = 0;
};

enum class Format { kText, kHtml };

double Seconds(Clock::time_point begin) {
  return std::chrono::duration<double>(Clock::now() - begin).count();
}

// Writes `count` reports with varied numbers; every tenth has an arithmetic error, as a batch of
// real reports would.
Corpus WriteCorpus(const fs::path& directory, int count, Format format) {
  Corpus corpus;
  corpus.directory = directory;
  for (int i = 0; i < count; ++i) {
    domain::AnnualReport report = samples::MakeConsistentReport(static_cast<std::uint32_t>(i));
    if (i % 10 == 9) {
      *report.row(domain::RequestRow::kGranted)[0] += 1;
    }
    const std::string text = format == Format::kText ? samples::RenderReportText(report)
                                                     : samples::RenderReportHtml(report);
    const fs::path path = directory / std::to_string(i / 1000) /
                          ("r" + std::to_string(i) + (format == Format::kText ? ".txt" : ".html"));
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    corpus.paths.push_back(path.string());
    corpus.bytes += text.size();
  }
  return corpus;
}

// `copies` PDFs made by replicating the real published PDFs of the shared folder.
Corpus ReplicatePdfs(const fs::path& directory, const fs::path& shared, int copies) {
  std::vector<fs::path> originals;
  for (const auto& entry : fs::directory_iterator(shared / "reports")) {
    if (entry.path().extension() == ".pdf") {
      originals.push_back(entry.path());
    }
  }
  std::sort(originals.begin(), originals.end());
  Corpus corpus;
  corpus.directory = directory;
  fs::create_directories(directory);
  for (int i = 0; i < copies && !originals.empty(); ++i) {
    const fs::path& original = originals[static_cast<std::size_t>(i) % originals.size()];
    const fs::path path = directory / ("p" + std::to_string(i) + ".pdf");
    fs::copy_file(original, path, fs::copy_options::overwrite_existing);
    corpus.paths.push_back(path.string());
    corpus.bytes += fs::file_size(path);
  }
  return corpus;
}

struct AuditRun {
  double seconds = 0;
  std::size_t reports_read = 0;
  std::size_t with_errors = 0;
};

AuditRun TimeAudit(const Corpus& corpus, int jobs) {
  audit::BatchOptions options;
  options.jobs = jobs;
  const Clock::time_point begin = Clock::now();
  const audit::BatchSummary summary = audit::AuditBatch(corpus.paths, options);
  AuditRun run;
  run.seconds = Seconds(begin);
  run.reports_read = summary.reports_read();
  run.with_errors = summary.reports_with_errors();
  return run;
}

struct ChildRun {
  int exit_code = -1;
  double seconds = 0;
  long max_rss_kb = 0;
};

// Runs `argv` with stdout and stderr sent to /dev/null and waits for it, collecting its rusage.
std::optional<ChildRun> RunChild(std::vector<std::string> argv) {
  std::vector<char*> args;
  for (std::string& arg : argv) {
    args.push_back(arg.data());
  }
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  const Clock::time_point begin = Clock::now();
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    return std::nullopt;
  }
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) != pid) {
    return std::nullopt;
  }
  ChildRun run;
  run.seconds = Seconds(begin);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.max_rss_kb = usage.ru_maxrss;
  return run;
}

// Wall time of `pdftotext [-layout] FILE OUT` run one file after the other (one core).
std::optional<double> TimePdftotext(const Corpus& corpus, bool layout, const fs::path& out) {
  const Clock::time_point begin = Clock::now();
  for (const std::string& path : corpus.paths) {
    std::vector<std::string> argv = {"pdftotext"};
    if (layout) {
      argv.emplace_back("-layout");
    }
    argv.push_back(path);
    argv.push_back(out.string());
    const std::optional<ChildRun> run = RunChild(argv);
    if (!run.has_value() || run->exit_code != 0) {
      return std::nullopt;
    }
  }
  return Seconds(begin);
}

void PrintThroughputRow(const std::string& what, const Corpus& corpus, int jobs,
                        const AuditRun& run) {
  const double megabytes = static_cast<double>(corpus.bytes) / 1e6;
  std::printf("| %s | %d | %zu | %.1f | %.3f | %.1f | %.0f | %zu / %zu |\n", what.c_str(), jobs,
              corpus.paths.size(), megabytes, run.seconds, megabytes / run.seconds,
              static_cast<double>(corpus.paths.size()) / run.seconds, run.with_errors,
              run.reports_read);
}

void BenchThroughput(const Corpus& corpus, const std::string& what, int cores) {
  TimeAudit(corpus, cores);  // warm-up: page cache and allocator
  PrintThroughputRow(what, corpus, 1, TimeAudit(corpus, 1));
  if (cores > 1) {
    PrintThroughputRow(what, corpus, cores, TimeAudit(corpus, cores));
  }
}

void BenchPdf(const Corpus& corpus, const fs::path& work) {
  TimeAudit(corpus, 1);  // warm-up
  const AuditRun ours = TimeAudit(corpus, 1);
  const std::optional<double> plain = TimePdftotext(corpus, false, work / "pdftotext.txt");
  const std::optional<double> layout = TimePdftotext(corpus, true, work / "pdftotext.txt");
  std::printf("\n| PDF, %zu files (%.1f MB), one core | seconds | per file (ms) | ratio |\n",
              corpus.paths.size(), static_cast<double>(corpus.bytes) / 1e6);
  std::printf("|---|---|---|---|\n");
  const double n = static_cast<double>(corpus.paths.size());
  std::printf("| gongkai audit (read + extract + check) | %.3f | %.2f | 1.00 |\n", ours.seconds,
              1000 * ours.seconds / n);
  for (const auto& [name, seconds] :
       {std::pair{"pdftotext", plain}, {"pdftotext -layout", layout}}) {
    if (seconds.has_value()) {
      std::printf("| %s (posix_spawn per file) | %.3f | %.2f | %.2f |\n", name, *seconds,
                  1000 * *seconds / n, ours.seconds / *seconds);
    } else {
      std::printf("| %s | not available | | |\n", name);
    }
  }
  std::printf("\nPDF reports read: %zu of %zu, with errors: %zu\n", ours.reports_read,
              corpus.paths.size(), ours.with_errors);
}

void BenchPeakMemory(const Settings& settings, const Corpus& corpus, const std::string& what) {
  const std::string csv = (settings.work / "summary.csv").string();
  const std::optional<ChildRun> run =
      RunChild({settings.gongkai, "audit", corpus.directory.string(), "--csv", csv});
  if (!run.has_value()) {
    std::printf("| %s | could not run %s | | |\n", what.c_str(), settings.gongkai.c_str());
    return;
  }
  const double megabytes = static_cast<double>(corpus.bytes) / 1e6;
  std::printf("| `gongkai audit DIR --csv` on %zu %s files | %.1f | %.3f | %.1f | %d |\n",
              corpus.paths.size(), what.c_str(), static_cast<double>(run->max_rss_kb) / 1024.0,
              run->seconds, megabytes / run->seconds, run->exit_code);
}

std::optional<Settings> ParseArgs(int argc, char** argv) {
  Settings settings;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    const std::string value = argv[i + 1];
    if (flag == "--gongkai") {
      settings.gongkai = value;
    } else if (flag == "--reports") {
      settings.reports = std::stoi(value);
    } else if (flag == "--pdf-copies") {
      settings.pdf_copies = std::stoi(value);
    } else if (flag == "--work") {
      settings.work = value;
    } else if (flag == "--shared") {
      settings.shared = value;
    } else {
      return std::nullopt;
    }
  }
  if (argc % 2 == 0 || settings.reports <= 0 || settings.pdf_copies < 0) {
    return std::nullopt;
  }
  if (settings.work.empty()) {
    settings.work = fs::temp_directory_path() / ("gongkai_audit_bench_" + std::to_string(getpid()));
  }
  return settings;
}

int Run(const Settings& settings) {
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  fs::remove_all(settings.work);
  Clock::time_point begin = Clock::now();
  const Corpus text = WriteCorpus(settings.work / "text", settings.reports, Format::kText);
  const Corpus html = WriteCorpus(settings.work / "html", settings.reports, Format::kHtml);
  const Corpus pdf = ReplicatePdfs(settings.work / "pdf", settings.shared, settings.pdf_copies);
  std::printf("Corpus: %d text + %d HTML reports, %zu PDFs, built in %.1f s in %s\n\n",
              settings.reports, settings.reports, pdf.paths.size(), Seconds(begin),
              settings.work.c_str());
  std::printf("| corpus | jobs | files | MB | seconds | MB/s | reports/s | errors / read |\n");
  std::printf("|---|---|---|---|---|---|---|---|\n");
  BenchThroughput(text, "text (.txt)", cores);
  BenchThroughput(html, "HTML (.html)", cores);
  if (!pdf.paths.empty()) {
    BenchThroughput(pdf, "PDF (.pdf)", cores);
    BenchPdf(pdf, settings.work);
  }
  if (!settings.gongkai.empty()) {
    std::printf("\n| run | peak RSS (MB) | seconds | MB/s | exit |\n|---|---|---|---|---|\n");
    BenchPeakMemory(settings, text, "text");
    BenchPeakMemory(settings, html, "HTML");
  }
  fs::remove_all(settings.work);
  return 0;
}

}  // namespace
}  // namespace gongkai::bench

int main(int argc, char** argv) {
  const std::optional<gongkai::bench::Settings> settings = gongkai::bench::ParseArgs(argc, argv);
  if (!settings.has_value()) {
    std::cerr << "usage: gongkai_audit_bench [--gongkai PATH] [--reports N] [--pdf-copies N]"
                 " [--work DIR] [--shared DIR]\n";
    return 64;
  }
  return gongkai::bench::Run(*settings);
}
