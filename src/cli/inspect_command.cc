// `gongkai inspect URL`: inspects a government website the way the national spot-check would
// (网站巡查) and prints the predicted verdict, or the JSON; with --out it also writes the JSON,
// the printable HTML report and the crawl state for --resume. The work is inspect::InspectSite.
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <ostream>
#include <sstream>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/command_registry.h"
#include "cli/exit_codes.h"
#include "inspect/curl_fetcher.h"
#include "inspect/inspection_html.h"
#include "inspect/inspection_json.h"
#include "inspect/site_inspector.h"

namespace gongkai::cli {
namespace {

constexpr std::string_view kInspectFooter =
    "退出状态：0 = 预判合格；1 = 预判不合格；其他 = 无法巡查。\n"
    "--out 目录中写入 inspection.json、report.html 和抓取状态 crawl-state.json；\n"
    "再次巡查同一目录时，报告会与上次的 inspection.json 比较。--resume 从 crawl-state.json 继续。\n"
    "只请求 robots.txt 允许的地址；每个网站默认最多 2 个并发请求、间隔 1 秒。";

struct InspectArgs {
  std::string url;
  std::size_t max_pages = 1000;
  bool json = false;
  std::string out_dir;
  bool resume = false;
  std::size_t concurrency = 8;
  std::size_t per_host = 2;
  int interval_ms = 1000;
  int timeout_seconds = 15;
};

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

core::Status WriteFile(const std::filesystem::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out.flush()) {
    return core::Error::Unavailable("无法写入 " + path.string());
  }
  return {};
}

void PrintText(const inspect::Inspection& inspection, std::ostream& out) {
  out << "网站：" << inspection.site << "\n检查日：" << inspection.check_point << "\n抓取页面 "
      << inspection.pages_crawled << " 个，检查链接 " << inspection.links_checked << " 个，问题 "
      << inspection.problems.size() << " 个\n预判：" << inspection.prediction << "\n\n";
  for (const inspect::VerdictItem& item : inspection.verdict) {
    const std::string_view result = item.result == inspect::ItemResult::kPassed   ? "通过"
                                    : item.result == inspect::ItemResult::kFailed ? "未通过"
                                                                                  : "无法判断";
    out << (item.veto ? "[否决] " : "[扣分] ") << item.item << "：" << result << "。"
        << item.evidence << "\n";
  }
  out << "\n优先整改：\n";
  for (const std::string& fix : inspection.fix_first) {
    out << "  - " << fix << "\n";
  }
  std::map<std::string, std::size_t> per_rule;
  for (const inspect::Problem& problem : inspection.problems) {
    ++per_rule[problem.rule];
  }
  out << "\n问题（按规则）：\n";
  for (const auto& [rule, count] : per_rule) {
    out << "  " << rule << "：" << count << "\n";
  }
  for (const inspect::LimitHit& limit : inspection.limits_hit) {
    out << "限制 " << limit.limit << "（" << limit.count << "）：" << limit.detail << "\n";
  }
}

core::Status WriteOutputs(const inspect::Inspection& inspection, const std::string& out_dir) {
  const std::filesystem::path dir(out_dir);
  const std::filesystem::path json_path = dir / "inspection.json";
  std::unique_ptr<inspect::Inspection> previous;
  if (std::filesystem::exists(json_path)) {
    auto loaded = inspect::InspectionFromJson(ReadFile(json_path));
    if (loaded.has_value() && loaded->site == inspection.site) {
      previous = std::make_unique<inspect::Inspection>(std::move(*loaded));
    }
  }
  GONGKAI_TRY(WriteFile(json_path, inspect::InspectionToJson(inspection) + "\n"));
  return WriteFile(dir / "report.html", inspect::InspectionToHtml(inspection, previous.get()));
}

int RunInspect(const InspectArgs& args, CliEnvironment& env) {
  if (args.resume && args.out_dir.empty()) {
    *env.err << "错误：--resume 需要 --out 目录（抓取状态保存在其中）\n";
    return kExitUsage;
  }
  inspect::InspectOptions options;
  options.crawl.max_pages = args.max_pages;
  options.crawl.max_concurrency = args.concurrency;
  options.crawl.per_host_concurrency = args.per_host;
  options.crawl.per_host_interval_ms = args.interval_ms;
  options.resume = args.resume;
  if (!args.out_dir.empty()) {
    std::error_code error;
    std::filesystem::create_directories(args.out_dir, error);
    options.state_path = (std::filesystem::path(args.out_dir) / "crawl-state.json").string();
  }
  inspect::CurlOptions curl;
  curl.timeout_ms = args.timeout_seconds * 1000;
  auto fetcher = inspect::CreateCurlFetcher(curl);
  if (!fetcher.has_value()) {
    return ReportError(env, fetcher.error());
  }
  auto inspection = inspect::InspectSite(args.url, options, **fetcher, *env.clock);
  if (!inspection.has_value()) {
    return ReportError(env, inspection.error());
  }
  if (!args.out_dir.empty()) {
    if (const core::Status written = WriteOutputs(*inspection, args.out_dir); !written) {
      return ReportError(env, written.error());
    }
  }
  if (args.json) {
    *env.out << inspect::InspectionToJson(*inspection) << "\n";
  } else {
    PrintText(*inspection, *env.out);
  }
  return inspection->prediction == "合格" ? kExitOk : kExitFindings;
}

}  // namespace

void RegisterInspectCommand(CLI::App& app, CliEnvironment& env, int& exit_code) {
  auto args = std::make_shared<InspectArgs>();
  CLI::App* cmd = app.add_subcommand(
      "inspect",
      "网站巡查：抓取政府网站，检查错链、栏目更新、留言答复、用词和无障碍，预判抽查结果");
  cmd->add_option("url", args->url, "网站首页地址（http:// 或 https://）")->required();
  cmd->add_option("--max-pages", args->max_pages, "本次最多抓取的页面数（默认 1000）")
      ->check(CLI::Range(std::size_t{1}, std::size_t{10'000'000}));
  cmd->add_flag("--json", args->json, "输出 JSON");
  cmd->add_option("--out", args->out_dir, "输出目录：inspection.json、report.html、抓取状态");
  cmd->add_flag("--resume", args->resume, "从 --out 目录中的抓取状态继续");
  cmd->add_option("--concurrency", args->concurrency, "全局并发请求数（默认 8）")
      ->check(CLI::Range(std::size_t{1}, std::size_t{512}));
  cmd->add_option("--per-host", args->per_host, "每个网站的并发请求数（默认 2）")
      ->check(CLI::Range(std::size_t{1}, std::size_t{512}));
  cmd->add_option("--interval-ms", args->interval_ms, "对同一网站两次请求的间隔毫秒数（默认 1000）")
      ->check(CLI::Range(0, 60'000));
  cmd->add_option("--timeout", args->timeout_seconds, "单个请求的超时秒数（默认 15）")
      ->check(CLI::Range(1, 600));
  cmd->footer(std::string(kInspectFooter));
  cmd->callback([&env, &exit_code, args] { exit_code = RunInspect(*args, env); });
}

}  // namespace gongkai::cli
