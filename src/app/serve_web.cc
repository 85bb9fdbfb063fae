#include "app/serve_web.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>

#include <pthread.h>
#include <signal.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "domain/builtin_calendar.h"
#include "domain/calendar_codec.h"
#include "domain/due_date_refresh.h"
#include "report/demo_data.h"
#include "store/store_factory.h"
#include "web/server.h"
#include "web/staff_directory.h"

namespace gongkai::app {
namespace {

constexpr char kDemoUser[] = "clerk";
constexpr char kDemoPassword[] = "gongkai-demo";

core::Status PrintPasswordHash(std::istream& in, std::ostream& out) {
  std::string password;
  std::getline(in, password);
  if (!password.empty() && password.back() == '\r') {
    password.pop_back();
  }
  GONGKAI_ASSIGN_OR_RETURN(const std::string hash,
                           web::HashPassword(password, web::HashStrength::kInteractive));
  out << hash << "\n";
  return core::Ok();
}

core::Result<web::StaffDirectory> LoadStaff(const cli::ServeOptions& options, std::ostream& out) {
  if (!options.staff_file.empty()) {
    std::ifstream file(options.staff_file, std::ios::binary);
    if (!file) {
      return core::Error::InvalidArgument("无法读取账号文件 " + options.staff_file);
    }
    std::ostringstream text;
    text << file.rdbuf();
    return web::StaffDirectory::Parse(text.str());
  }
  web::StaffDirectory staff;
  if (options.demo) {
    GONGKAI_ASSIGN_OR_RETURN(const std::string hash,
                             web::HashPassword(kDemoPassword, web::HashStrength::kInteractive));
    GONGKAI_TRY(staff.Add(kDemoUser, hash));
    out << "演示账号：" << kDemoUser << " / " << kDemoPassword << "\n";
  } else {
    out << "提示：未指定 --staff-file，机关工作人员无法登录\n";
  }
  return staff;
}

// --demo opens a known account ("clerk" / a published password): never on a database that
// holds anything but the demo data set.
core::Status RefuseDemoOnRealData(domain::Store& store) {
  GONGKAI_ASSIGN_OR_RETURN(const auto agencies, store.agencies().ListAgencies());
  const bool demo = std::any_of(agencies.begin(), agencies.end(), [](const domain::Agency& a) {
    return a.id == report::kDemoRootAgencyId;
  });
  if (!agencies.empty() && !demo) {
    return core::Error::FailedPrecondition(
        "数据库中已有正式数据，不能使用 --demo（演示账号的密码是公开的）；请去掉 --demo，"
        "用 --staff-file 指定账号文件");
  }
  return core::Ok();
}

core::Status LoadDemoIfEmpty(domain::Store& store, core::Clock& clock, std::ostream& out) {
  GONGKAI_ASSIGN_OR_RETURN(const auto agencies, store.agencies().ListAgencies());
  if (!agencies.empty()) {
    out << "数据库中已有数据，未载入演示数据\n";
    return core::Ok();
  }
  GONGKAI_ASSIGN_OR_RETURN(const auto stored, store.calendars().ListCalendarYears());
  GONGKAI_ASSIGN_OR_RETURN(const domain::WorkingCalendar calendar,
                           domain::LoadEffectiveCalendar(domain::BuiltinCalendarJson(), stored));
  // Two complete years before the current one, so the published reports have full data; the
  // current year then fills up with what is filed through the site.
  report::DemoOptions demo;
  const int year = clock.Today().year();
  demo.years = {year - 2, year - 1};
  GONGKAI_ASSIGN_OR_RETURN(const report::DemoSummary summary,
                           report::GenerateDemoData(store, calendar, clock, demo));
  int received = 0;
  for (const report::DemoYearSummary& entry : summary.years) {
    received += entry.received;
  }
  out << "已载入演示数据：" << summary.agency_ids.size() << " 个机关，" << received << " 件申请\n";
  return core::Ok();
}

// Serves until SIGINT/SIGTERM: the signals are blocked in every thread and taken by one waiting
// thread, which stops the server (no async-signal-unsafe work in a signal handler).
core::Status ListenUntilSignalled(web::WebServer& server) {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigset_t previous;
  pthread_sigmask(SIG_BLOCK, &signals, &previous);
  std::thread waiter([&server, &signals] {
    int received = 0;
    sigwait(&signals, &received);
    server.Stop();
  });
  const core::Status status = server.Listen();
  // Wake the waiter if Listen ended for another reason; harmless when a signal already came.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  return status;
}

// Brings every open case's stored due date in line with the calendar in effect (a schedule may
// have been imported while no server ran, or the database predates provisional deadlines), and
// warns when a year's schedule is missing. Failures are logged: serving goes on.
void CheckDueDates(domain::Store& store, const core::Clock& clock, std::ostream& out) {
  const auto stored = store.calendars().ListCalendarYears();
  if (!stored.has_value()) {
    spdlog::warn("due-date check skipped: {}", stored.error().message);
    return;
  }
  const auto calendar = domain::LoadEffectiveCalendar(domain::BuiltinCalendarJson(), *stored);
  if (!calendar.has_value()) {
    spdlog::warn("due-date check skipped: {}", calendar.error().message);
    return;
  }
  if (const auto missing = domain::MissingScheduleAlert(*calendar, clock.Today())) {
    out << "警告：" << domain::MissingScheduleAlertText(*missing) << "\n";
  }
  const auto refresh = domain::RefreshDueDates(store.cases(), *calendar, {}, {"system"},
                                               "启动时按生效的节假日安排核对答复期限");
  if (!refresh.has_value()) {
    spdlog::warn("due-date check failed: {}", refresh.error().message);
    return;
  }
  spdlog::info("due dates checked: {} open cases, {} updated, {} provisional", refresh->open_cases,
               refresh->changed, refresh->provisional);
}

}  // namespace

core::Status ServeWeb(const cli::ServeOptions& options, core::Clock& clock, std::istream& in,
                      std::ostream& out) {
  if (options.hash_password) {
    return PrintPasswordHash(in, out);
  }
  // Request logs go to stderr; stdout carries only the start-up lines a caller may parse.
  spdlog::set_default_logger(spdlog::stderr_color_mt("gongkai-web"));
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<domain::Store> store,
                           store::OpenStore(options.db_url, clock));
  if (options.demo) {
    GONGKAI_TRY(RefuseDemoOnRealData(*store));
  }
  GONGKAI_ASSIGN_OR_RETURN(web::StaffDirectory staff, LoadStaff(options, out));
  if (options.demo) {
    GONGKAI_TRY(LoadDemoIfEmpty(*store, clock, out));
  }
  CheckDueDates(*store, clock, out);
  web::WebServer::Options server_options;
  server_options.staff = std::move(staff);
  server_options.secure_cookies = options.secure_cookies;
  server_options.trust_forwarded_for = options.behind_proxy;
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<web::WebServer> server,
                           web::WebServer::Create(std::move(server_options), *store, clock));
  int port = options.port;
  if (port == 0) {
    GONGKAI_ASSIGN_OR_RETURN(port, server->BindToAnyPort(options.host));
  } else {
    GONGKAI_TRY(server->Bind(options.host, port));
  }
  out << "gongkai 已启动：http://" << options.host << ":" << port << "/" << std::endl;
  spdlog::info("serving {} on {}:{}", options.db_url, options.host, port);
  GONGKAI_TRY(ListenUntilSignalled(*server));
  out << "gongkai 已停止" << std::endl;
  return core::Ok();
}

}  // namespace gongkai::app
