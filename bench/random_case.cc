#include "bench/random_case.h"

#include <cstdint>
#include <vector>

#include "domain/report_taxonomy.h"

namespace gongkai::bench {

domain::RequestCase RandomCase(std::mt19937& random, const std::string& agency_id) {
  static const std::vector<domain::RequestRow> kOutcomes = [] {
    std::vector<domain::RequestRow> rows;
    for (domain::RequestRow row : domain::RowsOf(domain::TemplateVersion::k2021, false)) {
      if (domain::RowInfo(row).is_outcome) {
        rows.push_back(row);
      }
    }
    return rows;
  }();
  const core::Date received = core::Date::FromDayNumber(
      core::Date::FromYmd(2019, 1, 1)->day_number() + static_cast<std::int64_t>(random() % 2190));
  domain::RequestCase c;
  c.agency_id = agency_id;
  c.applicant = {static_cast<int>(random() % 6), "张三", "110101199001011234", "13800000000"};
  c.information_requested = "某年度财政预算执行情况";
  c.submitted_on = received;
  c.received_on = received;
  domain::CaseEvent event;
  event.type = domain::EventType::kReceived;
  event.date = received;
  event.actor = "bench";
  c.events.push_back(event);
  if (random() % 10 < 8) {
    c.closed_on = received.AddDays(static_cast<std::int64_t>(random() % 60));
    c.outcome = kOutcomes[random() % kOutcomes.size()];
    c.state = domain::CaseState::kReplied;
  }
  return c;
}

}  // namespace gongkai::bench
