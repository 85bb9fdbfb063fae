// The auditor benchmark: throughput of `gongkai audit` on a generated corpus of text and HTML
// reports (one core and all cores), PDF time next to poppler's own `pdftotext` on the same files,
// and the peak memory of a batch run of the real binary. Prints a Markdown table.
//
//   gongkai_audit_bench --gongkai build/src/app/gongkai [--reports 10000] [--pdf-copies 200]
//                       [--work /tmp/dir] [--shared ../shared] [--only text|html|oneline|pdf]
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

#ifdef GONGKAI_WITH_MIMALLOC
#include <mimalloc.h>
#endif

#include "audit/audit_runner.h"
#include "domain/report_taxonomy.h"
#include "layouts/layout_renderer.h"
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
  std::string only;  // "text", "html", "oneline" or "pdf": that corpus alone (profiling); "" = all
};

struct Corpus {
  fs::path directory;
  std::vector<std::string> paths;
  std::uint64_t bytes = 0;
};

// kOneLine: the text report with its lines run together, as a page's text content gives it.
enum class Format { kText, kHtml, kOneLine };

std::string Render(const domain::AnnualReport& report, Format format) {
  switch (format) {
    case Format::kHtml:
      return samples::RenderReportHtml(report);
    case Format::kOneLine:
      return layouts::RenderLayout(report, layouts::Layout::kOneLineFused);
    case Format::kText:
      break;
  }
  return samples::RenderReportText(report);
}

double Seconds(Clock::time_point begin) {
  return std::chrono::duration<double>(Clock::now() - begin).count();
}

// User + system CPU seconds used so far by this process (RUSAGE_SELF) or by its waited-for
// children (RUSAGE_CHILDREN). CPU time, unlike wall time, is not inflated when other work
// shares the machine.
double CpuSeconds(int who) {
  rusage usage{};
  getrusage(who, &usage);
  const auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Wall and CPU time of a piece of work.
struct Timing {
  double wall = 0;
  double cpu = 0;
};

class Stopwatch {
 public:
  explicit Stopwatch(int who) : who_(who), wall_(Clock::now()), cpu_(CpuSeconds(who)) {}
  Timing Elapsed() const { return {Seconds(wall_), CpuSeconds(who_) - cpu_}; }

 private:
  int who_;
  Clock::time_point wall_;
  double cpu_;
};

// The allocator this process (and the gongkai binary, built alike) uses: mimalloc when the build
// links it (cmake/GongkaiAllocator.cmake) and it really serves malloc, else the C library's.
std::string AllocatorName() {
#ifdef GONGKAI_WITH_MIMALLOC
  void* probe = std::malloc(64);
  const bool serves_malloc = mi_is_in_heap_region(probe);
  std::free(probe);
  const int version = mi_version();
  return "mimalloc " + std::to_string(version / 100) + "." + std::to_string(version / 10 % 10) +
         "." + std::to_string(version % 10) +
         (serves_malloc ? "" : " (linked, but malloc is NOT served by it)");
#else
  return "C library malloc";
#endif
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
    const std::string text = Render(report, format);
    const fs::path path = directory / std::to_string(i / 1000) /
                          ("r" + std::to_string(i) + (format == Format::kHtml ? ".html" : ".txt"));
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
  Timing time;
  std::size_t reports_read = 0;
  std::size_t with_errors = 0;
};

AuditRun TimeAudit(const Corpus& corpus, int jobs) {
  audit::BatchOptions options;
  options.jobs = jobs;
  const Stopwatch stopwatch(RUSAGE_SELF);
  const audit::BatchSummary summary = audit::AuditBatch(corpus.paths, options);
  AuditRun run;
  run.time = stopwatch.Elapsed();
  run.reports_read = summary.reports_read();
  run.with_errors = summary.reports_with_errors();
  return run;
}

struct ChildRun {
  int exit_code = -1;
  double seconds = 0;
  double cpu_seconds = 0;
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
  run.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                    static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  return run;
}

// Wall time of `pdftotext [-layout] FILE OUT` run one file after the other (one core).
// Time of `pdftotext [-layout] FILE OUT` run one file after the other (one core); the CPU time is
// that of the pdftotext processes, process start-up included.
std::optional<Timing> TimePdftotext(const Corpus& corpus, bool layout, const fs::path& out) {
  const Stopwatch stopwatch(RUSAGE_CHILDREN);
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
  return stopwatch.Elapsed();
}

void PrintThroughputRow(const std::string& what, const Corpus& corpus, int jobs,
                        const AuditRun& run) {
  const double megabytes = static_cast<double>(corpus.bytes) / 1e6;
  const double files = static_cast<double>(corpus.paths.size());
  std::printf("| %s | %d | %zu | %.1f | %.3f | %.3f | %.1f | %.1f | %.0f | %.0f | %zu / %zu |\n",
              what.c_str(), jobs, corpus.paths.size(), megabytes, run.time.wall, run.time.cpu,
              megabytes / run.time.wall, megabytes / run.time.cpu, files / run.time.wall,
              files / run.time.cpu, run.with_errors, run.reports_read);
}

void BenchThroughput(const Corpus& corpus, const std::string& what, int cores) {
  TimeAudit(corpus, cores);  // warm-up: page cache and allocator
  PrintThroughputRow(what, corpus, 1, TimeAudit(corpus, 1));
  if (cores > 1) {
    PrintThroughputRow(what, corpus, cores, TimeAudit(corpus, cores));
  }
}

void PrintPdfRow(const char* name, const std::optional<Timing>& time, const Timing& ours,
                 double files) {
  if (!time.has_value()) {
    std::printf("| %s | not available | | | |\n", name);
    return;
  }
  std::printf("| %s | %.3f | %.3f | %.2f | %.2f |\n", name, time->wall, time->cpu,
              1000 * time->cpu / files, ours.cpu / time->cpu);
}

void BenchPdf(const Corpus& corpus, const fs::path& work) {
  TimeAudit(corpus, 1);  // warm-up
  const AuditRun ours = TimeAudit(corpus, 1);
  const std::optional<Timing> plain = TimePdftotext(corpus, false, work / "pdftotext.txt");
  const std::optional<Timing> layout = TimePdftotext(corpus, true, work / "pdftotext.txt");
  std::printf(
      "\n| PDF, %zu files (%.1f MB), one core | wall s | CPU s | CPU ms per file | "
      "gongkai CPU / this CPU |\n|---|---|---|---|---|\n",
      corpus.paths.size(), static_cast<double>(corpus.bytes) / 1e6);
  const double files = static_cast<double>(corpus.paths.size());
  PrintPdfRow("gongkai audit (read + extract + check, in process)", ours.time, ours.time, files);
  PrintPdfRow("pdftotext (posix_spawn per file)", plain, ours.time, files);
  PrintPdfRow("pdftotext -layout (posix_spawn per file)", layout, ours.time, files);
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
  std::printf("| `gongkai audit DIR --csv` on %zu %s files | %.1f | %.3f | %.3f | %.1f | %d |\n",
              corpus.paths.size(), what.c_str(), static_cast<double>(run->max_rss_kb) / 1024.0,
              run->seconds, run->cpu_seconds, megabytes / run->seconds, run->exit_code);
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
    } else if (flag == "--only" &&
               (value == "text" || value == "html" || value == "oneline" || value == "pdf")) {
      settings.only = value;
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
  const auto wanted = [&settings](const char* what) {
    return settings.only.empty() || settings.only == what;
  };
  const int reports = settings.reports;
  const Corpus text =
      WriteCorpus(settings.work / "text", wanted("text") ? reports : 0, Format::kText);
  const Corpus html =
      WriteCorpus(settings.work / "html", wanted("html") ? reports : 0, Format::kHtml);
  const Corpus one_line =
      WriteCorpus(settings.work / "oneline", wanted("oneline") ? reports : 0, Format::kOneLine);
  const Corpus pdf = ReplicatePdfs(settings.work / "pdf", settings.shared,
                                   wanted("pdf") ? settings.pdf_copies : 0);
  // Written back to disk before anything is timed: the kernel's write-back of 20,000 new files
  // would otherwise share the CPU with the first timed run.
  ::sync();
  std::printf("Corpus: %d text + %d HTML + %d one-line reports, %zu PDFs, built in %.1f s in %s\n",
              settings.reports, settings.reports, settings.reports, pdf.paths.size(),
              Seconds(begin), settings.work.c_str());
  std::printf("Allocator: %s\n\n", AllocatorName().c_str());
  std::printf(
      "| corpus | jobs | files | MB | wall s | CPU s | MB/s (wall) | MB per CPU s | "
      "reports/s (wall) | reports per CPU s | errors / read |\n");
  std::printf("|---|---|---|---|---|---|---|---|---|---|---|\n");
  if (!text.paths.empty()) {
    BenchThroughput(text, "text (.txt)", cores);
  }
  if (!html.paths.empty()) {
    BenchThroughput(html, "HTML (.html)", cores);
  }
  if (!one_line.paths.empty()) {
    BenchThroughput(one_line, "one line (.txt)", cores);
  }
  if (!pdf.paths.empty()) {
    BenchThroughput(pdf, "PDF (.pdf)", cores);
    BenchPdf(pdf, settings.work);
  }
  if (!settings.gongkai.empty() && settings.only.empty()) {
    std::printf(
        "\n| run | peak RSS (MB) | wall s | CPU s | MB/s (wall) | exit |\n"
        "|---|---|---|---|---|---|\n");
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
                 " [--work DIR] [--shared DIR] [--only text|html|oneline|pdf]\n";
    return 64;
  }
  return gongkai::bench::Run(*settings);
}
