// Plays one demo request case through the real use cases (domain::CaseService): receipt,
// registration, optional 补正, consultation, fee and extension, then the reply and archiving,
// each on a plausible working day. Steps dated after "today" are not taken, so a case received
// late in the current year stays open, as it would in a real office.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/clock.h"
#include "core/date.h"
#include "core/result.h"
#include "domain/case_service.h"
#include "domain/working_calendar.h"
#include "report/internal/demo_random.h"

namespace gongkai::report::internal {

// What happens to one case.
struct DemoCasePlan {
  std::string agency_id;
  core::Date received_on;  // a working day
  int applicant_kind = 0;
  domain::Channel channel = domain::Channel::kOnline;
  domain::RequestRow outcome = domain::RequestRow::kGranted;
  bool correction = false;      // 补正 (implied by 无法提供.3 and 其他处理.1)
  bool consultation = false;    // third-party consultation
  bool extension = false;       // 延期
  bool fee = false;             // 收费通知 (implied by 其他处理.2)
  int reply_working_days = 10;  // from the last step to the reply (capped by the due date)
  bool archive = true;
};

// The case as it stands after playing, and the fee actually paid (0 when none).
struct DemoCaseOutcome {
  domain::RequestCase request;
  std::int64_t fee_paid_yuan = 0;
  std::optional<core::Date> fee_paid_on;
};

// The state of one case being played (defined in demo_case_player.cc).
struct DemoRun;

class DemoCasePlayer {
 public:
  // All borrowed; must outlive the player. `clock` is the service's clock ("today").
  DemoCasePlayer(domain::CaseService& service, const domain::WorkingCalendar& calendar,
                 const core::Clock& clock, DemoRandom& random)
      : service_(service), calendar_(calendar), clock_(clock), random_(random) {}

  // Plays `plan`. Any error of the use cases is returned with the step and the case named: the
  // demo data must obey every rule, so an error here is a bug in the generator.
  core::Result<DemoCaseOutcome> Play(const DemoCasePlan& plan);

 private:
  core::Status Correction(DemoRun& run);
  core::Status Consultation(DemoRun& run);
  core::Status Fee(DemoRun& run);
  core::Status Extension(DemoRun& run);
  core::Status Conclude(DemoRun& run);

  domain::CaseService& service_;
  const domain::WorkingCalendar& calendar_;
  const core::Clock& clock_;
  DemoRandom& random_;
};

}  // namespace gongkai::report::internal
