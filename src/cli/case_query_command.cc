#include "cli/case_query_command.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/case_json.h"
#include "cli/case_options.h"
#include "cli/case_reference.h"
#include "cli/case_text.h"
#include "cli/option_values.h"
#include "cli/status_callback.h"

namespace gongkai::cli {
namespace {

// Page size when reading every matching case (the stores accept at most 10000).
constexpr std::int64_t kListPage = 1000;

struct ShowArgs {
  CaseCommonArgs common;
  std::string case_ref;
};

struct ListArgs {
  CaseCommonArgs common;
  std::string agency;
  std::string state;
  bool overdue = false;
};

// id -> name of every agency, for display.
core::Result<std::map<std::string, std::string>> AgencyNames(domain::Store& store) {
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<domain::Agency> agencies,
                           store.agencies().ListAgencies());
  std::map<std::string, std::string> names;
  for (const domain::Agency& agency : agencies) {
    names[agency.id] = agency.name;
  }
  return names;
}

core::Status RunShow(CliEnvironment& env, const ShowArgs& args) {
  GONGKAI_ASSIGN_OR_RETURN(CaseWorkspace workspace, OpenCaseWorkspace(env, args.common.db_url));
  GONGKAI_ASSIGN_OR_RETURN(domain::RequestCase request,
                           FindCase(workspace.store->cases(), args.case_ref));
  GONGKAI_ASSIGN_OR_RETURN(const auto names, AgencyNames(*workspace.store));
  const auto name = names.find(request.agency_id);
  const CaseView view =
      MakeCaseView(std::move(request), name == names.end() ? std::string() : name->second,
                   workspace.calendar, env.clock->Today());
  *env.out << (args.common.json ? CaseJson(view) : CaseDetailsText(view));
  return core::Ok();
}

// Every case matching `filter`, read page by page.
core::Result<std::vector<domain::RequestCase>> AllCases(domain::CaseRepository& cases,
                                                        domain::CaseFilter filter) {
  std::vector<domain::RequestCase> all;
  filter.limit = kListPage;
  for (filter.offset = 0;; filter.offset += kListPage) {
    GONGKAI_ASSIGN_OR_RETURN(std::vector<domain::RequestCase> page, cases.ListCases(filter));
    const bool last = static_cast<std::int64_t>(page.size()) < kListPage;
    std::move(page.begin(), page.end(), std::back_inserter(all));
    if (last) {
      return all;
    }
  }
}

// Open cases by reply deadline (the most urgent first; a stopped clock after every date), then
// closed cases, most recently closed first; ties by id.
void SortByDeadline(std::vector<CaseView>& views) {
  const auto key = [](const CaseView& view) {
    const std::int64_t due =
        view.reply_due ? view.reply_due->day_number() : std::numeric_limits<std::int64_t>::max();
    const std::int64_t closed = view.request.closed_on ? view.request.closed_on->day_number() : 0;
    return std::make_tuple(!view.open, view.open ? due : -closed, view.request.id);
  };
  std::stable_sort(views.begin(), views.end(),
                   [&key](const CaseView& a, const CaseView& b) { return key(a) < key(b); });
}

core::Status RunList(CliEnvironment& env, const ListArgs& args) {
  domain::CaseFilter filter;
  if (!args.agency.empty()) {
    filter.agency_id = args.agency;
  }
  if (!args.state.empty()) {
    GONGKAI_ASSIGN_OR_RETURN(filter.state, ParseCaseState(args.state));
  }
  GONGKAI_ASSIGN_OR_RETURN(CaseWorkspace workspace, OpenCaseWorkspace(env, args.common.db_url));
  if (filter.agency_id.has_value()) {
    GONGKAI_TRY(workspace.store->agencies().GetAgency(*filter.agency_id));
  }
  GONGKAI_ASSIGN_OR_RETURN(std::vector<domain::RequestCase> cases,
                           AllCases(workspace.store->cases(), filter));
  GONGKAI_ASSIGN_OR_RETURN(const auto names, AgencyNames(*workspace.store));
  const core::Date today = env.clock->Today();
  std::vector<CaseView> views;
  for (domain::RequestCase& request : cases) {
    const auto name = names.find(request.agency_id);
    CaseView view =
        MakeCaseView(std::move(request), name == names.end() ? std::string() : name->second,
                     workspace.calendar, today);
    if (!args.overdue || view.overdue) {
      views.push_back(std::move(view));
    }
  }
  SortByDeadline(views);
  *env.out << (args.common.json ? CaseListJson(views) : CaseListText(views));
  return core::Ok();
}

void AddShowCommand(CLI::App& parent, CliEnvironment& env, int& exit_code) {
  auto args = std::make_shared<ShowArgs>();
  CLI::App* cmd =
      parent.add_subcommand("show", "显示一个案件：申请信息、办理经过、当前答复期限和提示");
  cmd->add_option("CASE", args->case_ref, "受理编号或案件 id");
  AddCaseCommonOptions(*cmd, args->common, env, StepOptions::kReadOnly);
  SetStatusCallback(*cmd, env, exit_code, args, RunShow);
}

void AddListCommand(CLI::App& parent, CliEnvironment& env, int& exit_code) {
  auto args = std::make_shared<ListArgs>();
  CLI::App* cmd = parent.add_subcommand("list", "列出案件，按答复期限排序（最紧迫的在前）");
  cmd->add_option("--agency", args->agency, "只列出该机构的案件（不含下属机构）");
  cmd->add_option("--state", args->state,
                  "只列出该状态的案件：received、registered、awaiting_correction、"
                  "in_consultation、awaiting_fee、replied、archived");
  cmd->add_flag("--overdue", args->overdue, "只列出已超过答复期限仍未办结的案件");
  AddCaseCommonOptions(*cmd, args->common, env, StepOptions::kReadOnly);
  SetStatusCallback(*cmd, env, exit_code, args, RunList);
}

}  // namespace

void AddCaseQueryCommands(CLI::App& case_command, CliEnvironment& env, int& exit_code) {
  AddShowCommand(case_command, env, exit_code);
  AddListCommand(case_command, env, exit_code);
}

}  // namespace gongkai::cli
