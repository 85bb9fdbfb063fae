// Test support for the command tests of cli/: an environment with captured output and an
// in-memory store shared by every open_store call, and a RunCli wrapper taking plain strings.
#pragma once

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_environment.h"
#include "core/clock.h"
#include "testing/in_memory_store.h"

namespace gongkai::cli {

// A domain::Store that forwards to a store owned elsewhere, so that each open_store call can hand
// out a unique_ptr while the data persists between commands.
class BorrowedStore final : public domain::Store {
 public:
  explicit BorrowedStore(domain::Store& store) : store_(store) {}
  domain::AgencyRepository& agencies() override { return store_.agencies(); }
  domain::CaseRepository& cases() override { return store_.cases(); }
  domain::ReviewRepository& reviews() override { return store_.reviews(); }
  domain::AnnualInputRepository& annual_inputs() override { return store_.annual_inputs(); }
  domain::CalendarRepository& calendars() override { return store_.calendars(); }
  domain::AuditLog& audit_log() override { return store_.audit_log(); }

 private:
  domain::Store& store_;
};

struct CliRun {
  int exit_code = 0;
  std::string out;
  std::string err;
};

class CliTestEnv {
 public:
  // `with_store`: whether open_store is wired (false mimics a binary without the store module).
  explicit CliTestEnv(bool with_store) : store_(clock_) {
    env_.clock = &clock_;
    if (with_store) {
      env_.open_store = [this](const std::string&) -> core::Result<std::unique_ptr<domain::Store>> {
        return std::unique_ptr<domain::Store>(std::make_unique<BorrowedStore>(store_));
      };
    }
  }

  fakes::InMemoryStore& store() { return store_; }
  // The clock of the environment (and of the store's audit entries); starts at 1970-01-01.
  core::FakeClock& clock() { return clock_; }
  // The environment handed to RunCli, e.g. to set user_name.
  CliEnvironment& environment() { return env_; }

  CliRun Run(std::vector<std::string> args) {
    std::ostringstream out;
    std::ostringstream err;
    env_.out = &out;
    env_.err = &err;
    args.insert(args.begin(), "gongkai");
    std::vector<char*> argv;
    for (std::string& arg : args) {
      argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    const int code = RunCli(static_cast<int>(args.size()), argv.data(), env_);
    return CliRun{code, out.str(), err.str()};
  }

 private:
  core::FakeClock clock_;
  fakes::InMemoryStore store_;
  CliEnvironment env_;
};

}  // namespace gongkai::cli
