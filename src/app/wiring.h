// Wiring of concrete implementations (store backends, web server) into the CLI environment.
#pragma once

#include "cli/cli_environment.h"

namespace gongkai::app {

// Sets env.open_store and env.serve. REQUIRES: env.clock is set and outlives every use.
void Wire(cli::CliEnvironment& env);

}  // namespace gongkai::app
