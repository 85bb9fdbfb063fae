// The callback most commands share: run the command's logic, a plain function returning
// core::Status, and turn that status into the process exit status (kExitOk, or the error printed
// as "错误：…" and mapped by ExitCodeFor). CLI11 is forward-declared so that its header stays
// inside cli/*.cc.
#pragma once

#include <functional>
#include <memory>
#include <utility>

#include "cli/cli_environment.h"
#include "core/result.h"

namespace CLI {
class App;
}  // namespace CLI

namespace gongkai::cli {

// Makes `run` the callback of `command`. When the command line selects `command`, CLI11 calls
// `run` once after parsing; `exit_code` then becomes kExitOk if it succeeded, otherwise the
// status of ReportError (the error's message written to env.err, its code mapped by ExitCodeFor).
// `env` and `exit_code` are borrowed: they must outlive the parse of `command` (RunCli's frame).
// REQUIRES: `run` is not empty.
void SetStatusCallback(CLI::App& command, CliEnvironment& env, int& exit_code,
                       std::function<core::Status()> run);

// The common case of the above: the callback runs `run(env, *args)`, where `args` holds what
// CLI11 parsed into it. The callback shares ownership of `args`.
// REQUIRES: `args` and `run` are not null.
template <typename Args>
void SetStatusCallback(CLI::App& command, CliEnvironment& env, int& exit_code,
                       std::shared_ptr<Args> args,
                       core::Status (*run)(CliEnvironment&, const Args&)) {
  SetStatusCallback(command, env, exit_code,
                    [&env, args = std::move(args), run] { return run(env, *args); });
}

}  // namespace gongkai::cli
