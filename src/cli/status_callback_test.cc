#include "cli/status_callback.h"

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <gtest/gtest.h>

#include "cli/exit_codes.h"
#include "core/error.h"

namespace gongkai::cli {
namespace {

// Parses `args` (after the program name) with `app`, as RunCli does.
void Parse(CLI::App& app, std::vector<std::string> args) {
  args.insert(args.begin(), "gongkai");
  std::vector<char*> argv;
  argv.reserve(args.size());
  for (std::string& arg : args) {
    argv.push_back(arg.data());
  }
  app.parse(static_cast<int>(argv.size()), argv.data());
}

class StatusCallbackTest : public ::testing::Test {
 protected:
  StatusCallbackTest() {
    env_.out = &out_;
    env_.err = &err_;
  }

  CLI::App app_{"test"};
  std::ostringstream out_;
  std::ostringstream err_;
  CliEnvironment env_;
  // Not kExitOk, so that a test sees whether the callback wrote it.
  int exit_code_ = -7;
};

TEST_F(StatusCallbackTest, SuccessSetsExitOk) {
  int runs = 0;
  SetStatusCallback(*app_.add_subcommand("go", "go"), env_, exit_code_, [&runs] {
    ++runs;
    return core::Ok();
  });
  Parse(app_, {"go"});
  EXPECT_EQ(runs, 1);
  EXPECT_EQ(exit_code_, kExitOk);
  EXPECT_EQ(err_.str(), "");
}

TEST_F(StatusCallbackTest, ErrorIsReportedAndMappedToItsExitCode) {
  SetStatusCallback(*app_.add_subcommand("go", "go"), env_, exit_code_,
                    [] { return core::Status(core::Error::NotFound("没有这件申请")); });
  Parse(app_, {"go"});
  EXPECT_EQ(exit_code_, ExitCodeFor(core::ErrorCode::kNotFound));
  EXPECT_NE(exit_code_, kExitOk);
  EXPECT_EQ(err_.str(), "错误：没有这件申请\n");
}

TEST_F(StatusCallbackTest, UnselectedCommandDoesNotRun) {
  int runs = 0;
  SetStatusCallback(*app_.add_subcommand("go", "go"), env_, exit_code_, [&runs] {
    ++runs;
    return core::Status(core::Error::Internal("不应运行"));
  });
  app_.add_subcommand("stay", "stay");
  Parse(app_, {"stay"});
  EXPECT_EQ(runs, 0);
  EXPECT_EQ(exit_code_, -7);
  EXPECT_EQ(err_.str(), "");
}

struct GreetArgs {
  std::string name;
};

core::Status Greet(CliEnvironment& env, const GreetArgs& args) {
  if (args.name.empty()) {
    return core::Error::InvalidArgument("请给出 --name");
  }
  *env.out << "你好，" << args.name << "\n";
  return core::Ok();
}

TEST_F(StatusCallbackTest, ArgsFormPassesWhatWasParsed) {
  auto args = std::make_shared<GreetArgs>();
  CLI::App* greet = app_.add_subcommand("greet", "greet");
  greet->add_option("--name", args->name);
  SetStatusCallback(*greet, env_, exit_code_, args, Greet);
  Parse(app_, {"greet", "--name", "张三"});
  EXPECT_EQ(exit_code_, kExitOk);
  EXPECT_EQ(out_.str(), "你好，张三\n");
}

TEST_F(StatusCallbackTest, ArgsFormReportsTheFunctionsError) {
  auto args = std::make_shared<GreetArgs>();
  SetStatusCallback(*app_.add_subcommand("greet", "greet"), env_, exit_code_, args, Greet);
  Parse(app_, {"greet"});
  EXPECT_EQ(exit_code_, ExitCodeFor(core::ErrorCode::kInvalidArgument));
  EXPECT_EQ(out_.str(), "");
  EXPECT_EQ(err_.str(), "错误：请给出 --name\n");
}

}  // namespace
}  // namespace gongkai::cli
