// What every `gongkai case` subcommand shares: the options --db, --actor, --date,
// --expect-version and --json, their translation into a domain::CommandContext, and the store
// plus working-day calendar the command works on.
#pragma once

#include <memory>
#include <string>

#include "cli/cli_environment.h"
#include "core/result.h"
#include "domain/case_service.h"
#include "domain/store.h"
#include "domain/working_calendar.h"

namespace CLI {
class App;
}  // namespace CLI

namespace gongkai::cli {

// Raw option text; parsed by MakeCommandContext so that errors come out in Chinese.
struct CaseCommonArgs {
  std::string db_url;          // default env.default_db_url
  std::string actor;           // default env.user_name, else "clerk"
  std::string date;            // the legal day of the step; default today
  std::string expect_version;  // refuse unless the case still has this version
  bool json = false;           // print the case as JSON
};

// Which of the shared options a subcommand takes.
enum class StepOptions {
  kAll,       // --db --actor --date --expect-version --json (the workflow steps)
  kReadOnly,  // --db --json (show, list)
  kReceive,   // --db --actor --json (a new case has no version and its dates are its own)
  kRecord,    // --db --actor (changes that print no case, e.g. `agency add`)
};

// Adds the shared options to `command`, bound to `args` (which must outlive the command), and
// sets args.db_url to env.default_db_url.
void AddCaseCommonOptions(CLI::App& command, CaseCommonArgs& args, const CliEnvironment& env,
                          StepOptions which);

// The actor of a step: --actor, else env.user_name, else "clerk".
domain::Actor CommandActor(const CaseCommonArgs& args, const CliEnvironment& env);

// The context of a step from the shared options. kInvalidArgument (Chinese, naming the option)
// for a bad --date or --expect-version.
core::Result<domain::CommandContext> MakeCommandContext(const CaseCommonArgs& args,
                                                        const CliEnvironment& env);

// An open store and the working-day calendar in effect in it (calendar_in_effect.h).
struct CaseWorkspace {
  std::unique_ptr<domain::Store> store;
  domain::WorkingCalendar calendar;
};

// Opens the store at `db_url` and builds its calendar. Errors of OpenCommandStore and
// CalendarInEffect.
core::Result<CaseWorkspace> OpenCaseWorkspace(CliEnvironment& env, const std::string& db_url);

}  // namespace gongkai::cli
