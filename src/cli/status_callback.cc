#include "cli/status_callback.h"

#include <utility>

#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"
#include "core/check.h"

namespace gongkai::cli {

void SetStatusCallback(CLI::App& command, CliEnvironment& env, int& exit_code,
                       std::function<core::Status()> run) {
  // An empty function would throw std::bad_function_call from inside CLI11's parse.
  GONGKAI_CHECK(run != nullptr);
  command.callback([&env, &exit_code, run = std::move(run)] {
    const core::Status status = run();
    exit_code = status.has_value() ? kExitOk : ReportError(env, status.error());
  });
}

}  // namespace gongkai::cli
