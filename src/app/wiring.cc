#include "app/wiring.h"

#include <iostream>

#include "app/serve_web.h"
#include "store/store_factory.h"

namespace gongkai::app {

void Wire(cli::CliEnvironment& env) {
  core::Clock* clock = env.clock;
  env.open_store = [clock](const std::string& db_url) {
    return store::OpenStore(db_url, *clock);
  };
  env.serve = [clock](const cli::ServeOptions& options) {
    return ServeWeb(options, *clock, std::cin, std::cout);
  };
}

}  // namespace gongkai::app
