// `gongkai audit-log`: the tamper-evident audit log of every change. `verify` recomputes the hash
// chain and names the first broken entry; `list` prints entries for inspection. The chain rules
// are domain/audit_chain.h and the store's; this file only reads and prints.
#include <cstdint>
#include <cstdio>
#include <limits>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/calendar_in_effect.h"
#include "cli/command_registry.h"
#include "cli/option_values.h"
#include "cli/status_callback.h"

namespace gongkai::cli {
namespace {

// The stores return at most this many entries per call.
constexpr std::int64_t kMaxPage = 10'000;
constexpr std::int64_t kMaxSequence = std::numeric_limits<std::int64_t>::max();

struct VerifyArgs {
  std::string db_url;
};

struct ListArgs {
  std::string db_url;
  std::string from = "1";
  std::string limit = "100";
  bool json = false;
};

// Number of entries in the log, read page by page.
core::Result<std::int64_t> CountEntries(domain::AuditLog& log) {
  std::int64_t count = 0;
  std::int64_t from = 1;
  for (;;) {
    GONGKAI_ASSIGN_OR_RETURN(const std::vector<domain::AuditEntry> page,
                             log.ListAuditEntries(from, kMaxPage));
    count += static_cast<std::int64_t>(page.size());
    if (static_cast<std::int64_t>(page.size()) < kMaxPage) {
      return count;
    }
    from = page.back().sequence + 1;
  }
}

core::Status RunVerify(CliEnvironment& env, const VerifyArgs& args) {
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<domain::Store> store,
                           OpenCommandStore(env, args.db_url));
  GONGKAI_TRY(store->audit_log().VerifyAuditLog());
  GONGKAI_ASSIGN_OR_RETURN(const std::int64_t count, CountEntries(store->audit_log()));
  *env.out << "审计日志完整：共 " << count << " 条，哈希链校验通过\n";
  return core::Ok();
}

// "2025-03-03 09:00:00.000000" in China Standard Time (UTC+8), the zone of the legal days.
std::string LocalTime(std::int64_t at_micros) {
  constexpr std::int64_t kMicrosPerSecond = 1'000'000;
  constexpr std::int64_t kSecondsPerDay = 86'400;
  constexpr std::int64_t kCstOffsetSeconds = 8LL * 3'600;
  std::int64_t seconds = at_micros / kMicrosPerSecond;
  std::int64_t micros = at_micros % kMicrosPerSecond;
  if (micros < 0) {
    micros += kMicrosPerSecond;
    --seconds;
  }
  seconds += kCstOffsetSeconds;
  std::int64_t days = seconds / kSecondsPerDay;
  std::int64_t second_of_day = seconds % kSecondsPerDay;
  if (second_of_day < 0) {
    second_of_day += kSecondsPerDay;
    --days;
  }
  char time[32];
  std::snprintf(time, sizeof time, " %02d:%02d:%02d.%06d", static_cast<int>(second_of_day / 3600),
                static_cast<int>(second_of_day / 60 % 60), static_cast<int>(second_of_day % 60),
                static_cast<int>(micros));
  return core::Date::FromDayNumber(days).ToString() + time;
}

std::string EntriesJson(const std::vector<domain::AuditEntry>& entries) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const domain::AuditEntry& entry : entries) {
    array.push_back({{"sequence", entry.sequence},
                     {"at_micros", entry.at_micros},
                     {"at", LocalTime(entry.at_micros)},
                     {"actor", entry.actor},
                     {"entity", entry.entity},
                     {"action", entry.action},
                     {"details", entry.details},
                     {"prev_hash", entry.prev_hash},
                     {"hash", entry.hash}});
  }
  return array.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string EntriesText(const std::vector<domain::AuditEntry>& entries) {
  std::string text = "序号\t时间（北京时间）\t操作人\t对象\t操作\t内容\n";
  for (const domain::AuditEntry& entry : entries) {
    text += std::to_string(entry.sequence) + "\t" + LocalTime(entry.at_micros) + "\t" +
            entry.actor + "\t" + entry.entity + "\t" + entry.action + "\t" + entry.details + "\n";
  }
  return text + "共 " + std::to_string(entries.size()) + " 条\n";
}

core::Status RunList(CliEnvironment& env, const ListArgs& args) {
  GONGKAI_ASSIGN_OR_RETURN(const std::int64_t from,
                           ParseIntegerOption("--from", args.from, 1, kMaxSequence));
  GONGKAI_ASSIGN_OR_RETURN(const std::int64_t limit,
                           ParseIntegerOption("--limit", args.limit, 1, kMaxPage));
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<domain::Store> store,
                           OpenCommandStore(env, args.db_url));
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<domain::AuditEntry> entries,
                           store->audit_log().ListAuditEntries(from, limit));
  *env.out << (args.json ? EntriesJson(entries) : EntriesText(entries));
  return core::Ok();
}

void AddDbOption(CLI::App& cmd, std::string& db_url, const CliEnvironment& env) {
  db_url = env.default_db_url;
  cmd.add_option("--db", db_url, "数据库：SQLite 文件路径或 postgresql:// 连接串")
      ->capture_default_str();
}

}  // namespace

void RegisterAuditLogCommand(CLI::App& app, CliEnvironment& env, int& exit_code) {
  CLI::App* cmd = app.add_subcommand("audit-log", "审计日志：校验哈希链、查看变更记录");
  cmd->require_subcommand(1);

  auto verify_args = std::make_shared<VerifyArgs>();
  CLI::App* verify = cmd->add_subcommand(
      "verify",
      "重新计算哈希链，检查审计日志是否被改动、删除或插入记录（退出状态非 0 表示不完整）");
  AddDbOption(*verify, verify_args->db_url, env);
  SetStatusCallback(*verify, env, exit_code, verify_args, RunVerify);

  auto list_args = std::make_shared<ListArgs>();
  CLI::App* list = cmd->add_subcommand("list", "按序号列出审计日志记录");
  AddDbOption(*list, list_args->db_url, env);
  list->add_option("--from", list_args->from, "从第 N 条起")->capture_default_str();
  list->add_option("--limit", list_args->limit, "最多列出 N 条（1–10000）")->capture_default_str();
  list->add_flag("--json", list_args->json, "以 JSON 输出（含哈希）");
  SetStatusCallback(*list, env, exit_code, list_args, RunList);
}

}  // namespace gongkai::cli
