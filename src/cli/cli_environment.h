// CliEnvironment: what the command-line commands get from the composition root (app/): streams,
// the clock, and factories for the concrete parts the CLI may not know (store, web server).
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "domain/store.h"

namespace gongkai::cli {

struct ServeOptions {
  std::string db_url;  // SQLite path or postgresql:// URL
  std::string host = "127.0.0.1";
  int port = 8080;    // 0 = any free port (printed on start)
  bool demo = false;  // load the demo data set if the database is empty
  // Staff accounts file, one "name:argon2-hash" line each (web/staff_directory.h). Empty: no
  // staff login, except with --demo, which adds the demo account.
  std::string staff_file;
  bool hash_password = false;  // read a password on stdin, print its hash for the staff file
  // Mark the session cookie Secure: set when the site is served over HTTPS (behind a reverse
  // proxy that terminates TLS), so the cookie never travels over plain HTTP.
  bool secure_cookies = false;
  // Take the client address from X-Forwarded-For (only behind such a proxy).
  bool behind_proxy = false;
};

struct CliEnvironment {
  core::Clock* clock = nullptr;  // not owned
  std::ostream* out = nullptr;   // stdout
  std::ostream* err = nullptr;   // stderr
  bool interactive = false;      // stderr is a terminal (progress bars)
  // Opens the store named by `db_url`: a file path (SQLite, created if missing) or a
  // postgresql:// URL. Provided by app/.
  std::function<core::Result<std::unique_ptr<domain::Store>>(const std::string& db_url)> open_store;
  // Runs the web server until it is stopped. Provided by app/.
  std::function<core::Status(const ServeOptions& options)> serve;
  // The default database used when --db is not given.
  std::string default_db_url = "gongkai.db";
  // The login name ($USER) recorded as the actor of a step when --actor is not given; empty:
  // "clerk". Provided by app/.
  std::string user_name;
};

// Parses argv and runs the command. Returns the process exit status (see exit_codes.h).
int RunCli(int argc, char** argv, CliEnvironment& env);

}  // namespace gongkai::cli
