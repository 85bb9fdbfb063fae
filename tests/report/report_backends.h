// The storage backends the report suites run against: the in-memory fake always, and a fresh
// SQLite file (through the real store factory) when the store module is built.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <unistd.h>

#include "core/clock.h"
#include "domain/builtin_calendar.h"
#include "domain/calendar_codec.h"
#include "domain/store.h"
#include "domain/working_calendar.h"
#include "store/store_factory.h"
#include "testing/in_memory_store.h"

namespace gongkai::report::testing {

// A store of the named backend ("memory" or "sqlite") with its clock and the built-in calendar.
class Backend {
 public:
  Backend(const std::string& name, core::Date today) {
    clock_.SetDate(today);
    calendar_ = std::make_unique<domain::WorkingCalendar>(
        *domain::LoadEffectiveCalendar(domain::BuiltinCalendarJson(), {}));
    if (name == "memory") {
      store_ = std::make_unique<fakes::InMemoryStore>(clock_);
      return;
    }
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    // Suite, test and process make the name unique when ctest runs tests in parallel.
    std::string file = std::string("gongkai-report-") + info->test_suite_name() + "-" +
                       info->name() + "-" + std::to_string(getpid()) + ".db";
    for (char& c : file) {
      c = c == '/' ? '-' : c;
    }
    path_ = std::filesystem::temp_directory_path() / file;
    RemoveFiles();
    core::Result<std::unique_ptr<domain::Store>> opened = store::OpenStore(path_.string(), clock_);
    EXPECT_TRUE(opened.has_value()) << opened.error().message;
    if (opened.has_value()) {
      store_ = std::move(*opened);
    }
  }
  ~Backend() {
    store_.reset();
    RemoveFiles();
  }
  Backend(const Backend&) = delete;
  Backend& operator=(const Backend&) = delete;

  domain::Store& store() { return *store_; }
  bool ok() const { return store_ != nullptr; }
  core::FakeClock& clock() { return clock_; }
  const domain::WorkingCalendar& calendar() const { return *calendar_; }

 private:
  void RemoveFiles() {
    if (path_.empty()) {
      return;
    }
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      std::filesystem::remove(path_.string() + suffix);
    }
  }

  core::FakeClock clock_;
  std::unique_ptr<domain::WorkingCalendar> calendar_;
  std::filesystem::path path_;
  std::unique_ptr<domain::Store> store_;
};

}  // namespace gongkai::report::testing
