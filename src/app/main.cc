// The composition root of the `gongkai` binary: builds the concrete clock, store and web server
// and hands them to the command line.
#include <cstdlib>
#include <iostream>

#include <unistd.h>

#include "app/wiring.h"
#include "cli/cli_environment.h"
#include "core/system_clock.h"

int main(int argc, char** argv) {
  gongkai::core::SystemClock clock;
  gongkai::cli::CliEnvironment env;
  env.clock = &clock;
  env.out = &std::cout;
  env.err = &std::cerr;
  env.interactive = isatty(STDERR_FILENO) != 0;
  if (const char* user = std::getenv("USER"); user != nullptr) {
    env.user_name = user;
  }
  gongkai::app::Wire(env);
  return gongkai::cli::RunCli(argc, argv, env);
}
