#include "app/wiring.h"

namespace gongkai::app {

void Wire(cli::CliEnvironment& env) {
  // Store backends and the web server are connected here as their modules land.
  (void)env;
}

}  // namespace gongkai::app
