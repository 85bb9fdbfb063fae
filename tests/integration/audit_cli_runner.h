// Runs `gongkai …` in-process through cli::RunCli with captured stdout and stderr, for the
// command-line suites of the auditor.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_environment.h"
#include "core/clock.h"
#include "core/date.h"

namespace gongkai::integration {

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `gongkai <args…>` with a non-interactive environment (no progress bar).
inline CliRun RunGongkai(std::vector<std::string> args, bool interactive = false) {
  args.insert(args.begin(), "gongkai");
  std::vector<char*> argv;
  for (std::string& arg : args) {
    argv.push_back(arg.data());
  }
  argv.push_back(nullptr);
  core::FakeClock clock;
  clock.SetDate(core::Date::FromYmd(2025, 1, 15).value());
  std::ostringstream out;
  std::ostringstream err;
  cli::CliEnvironment env;
  env.clock = &clock;
  env.out = &out;
  env.err = &err;
  env.interactive = interactive;
  CliRun run;
  run.exit_code = cli::RunCli(static_cast<int>(args.size()), argv.data(), env);
  run.out = out.str();
  run.err = err.str();
  return run;
}

}  // namespace gongkai::integration
