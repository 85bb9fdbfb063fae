// `gongkai agency`: the organs an installation serves, so that it can be set up from the command
// line — `agency add` creates (or renames) one under an optional parent, `agency list` prints the
// hierarchy. The rules (id format, unknown parent, cycles) are the store's.
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/calendar_in_effect.h"
#include "cli/case_options.h"
#include "cli/command_registry.h"
#include "cli/status_callback.h"

namespace gongkai::cli {
namespace {

struct AgencyAddArgs {
  CaseCommonArgs common;
  std::string id, name, parent;
};

struct AgencyListArgs {
  CaseCommonArgs common;
};

core::Status RunAdd(CliEnvironment& env, const AgencyAddArgs& args) {
  if (args.id.empty()) {
    return core::Error::InvalidArgument(
        "请用 --id 给出机构代码（小写字母、数字和连字符，如 cq-scjg）");
  }
  if (args.name.empty()) {
    return core::Error::InvalidArgument("请用 --name 给出机构的正式名称");
  }
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<domain::Store> store,
                           OpenCommandStore(env, args.common.db_url));
  const bool existed = store->agencies().GetAgency(args.id).has_value();
  domain::Agency agency{args.id, args.name, std::nullopt};
  if (!args.parent.empty()) {
    agency.parent_id = args.parent;
  }
  GONGKAI_TRY(store->agencies().PutAgency(agency, CommandActor(args.common, env)));
  *env.out << (existed ? "已更新机构 " : "已添加机构 ") << agency.id << " " << agency.name;
  if (agency.parent_id.has_value()) {
    *env.out << "（上级：" << *agency.parent_id << "）";
  }
  *env.out << "\n";
  return core::Ok();
}

// Depth-first: each agency followed by the agencies below it, indented, children by id.
void AppendTree(const std::multimap<std::string, const domain::Agency*>& children,
                const domain::Agency& agency, int depth, std::string& text) {
  text +=
      std::string(static_cast<std::size_t>(depth) * 2, ' ') + agency.id + "\t" + agency.name + "\n";
  const auto [begin, end] = children.equal_range(agency.id);
  for (auto it = begin; it != end; ++it) {
    AppendTree(children, *it->second, depth + 1, text);
  }
}

std::string TreeText(const std::vector<domain::Agency>& agencies) {
  std::map<std::string, const domain::Agency*> by_id;
  for (const domain::Agency& agency : agencies) {
    by_id[agency.id] = &agency;
  }
  std::multimap<std::string, const domain::Agency*> children;
  std::vector<const domain::Agency*> roots;
  for (const auto& [id, agency] : by_id) {
    if (agency->parent_id.has_value() && by_id.contains(*agency->parent_id)) {
      children.emplace(*agency->parent_id, agency);
    } else {
      roots.push_back(agency);
    }
  }
  std::string text;
  for (const domain::Agency* root : roots) {
    AppendTree(children, *root, 0, text);
  }
  return text + "共 " + std::to_string(agencies.size()) + " 个机构\n";
}

std::string ListJson(const std::vector<domain::Agency>& agencies) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const domain::Agency& agency : agencies) {
    array.push_back({{"id", agency.id},
                     {"name", agency.name},
                     {"parent_id", agency.parent_id ? nlohmann::ordered_json(*agency.parent_id)
                                                    : nlohmann::ordered_json(nullptr)}});
  }
  return array.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

core::Status RunList(CliEnvironment& env, const AgencyListArgs& args) {
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<domain::Store> store,
                           OpenCommandStore(env, args.common.db_url));
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<domain::Agency> agencies,
                           store->agencies().ListAgencies());
  *env.out << (args.common.json ? ListJson(agencies) : TreeText(agencies));
  return core::Ok();
}

}  // namespace

void RegisterAgencyCommand(CLI::App& app, CliEnvironment& env, int& exit_code) {
  CLI::App* cmd = app.add_subcommand("agency", "机构（行政机关）及其上下级关系");
  cmd->require_subcommand(1);

  auto add_args = std::make_shared<AgencyAddArgs>();
  CLI::App* add = cmd->add_subcommand("add", "添加机构，或修改已有机构的名称和上级");
  add->add_option("--id", add_args->id, "机构代码：小写字母、数字和连字符，最长 32 个字符（必填）");
  add->add_option("--name", add_args->name, "正式名称，如 重庆市市场监督管理局（必填）");
  add->add_option("--parent", add_args->parent, "上级机构代码");
  AddCaseCommonOptions(*add, add_args->common, env, StepOptions::kRecord);
  SetStatusCallback(*add, env, exit_code, add_args, RunAdd);

  auto list_args = std::make_shared<AgencyListArgs>();
  CLI::App* list = cmd->add_subcommand("list", "列出机构（下级缩进显示在上级之下）");
  AddCaseCommonOptions(*list, list_args->common, env, StepOptions::kReadOnly);
  SetStatusCallback(*list, env, exit_code, list_args, RunList);
}

}  // namespace gongkai::cli
