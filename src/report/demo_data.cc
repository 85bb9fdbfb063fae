#include "report/demo_data.h"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

#include "domain/case_service.h"
#include "domain/review_register.h"
#include "report/internal/demo_case_player.h"
#include "report/internal/demo_random.h"
#include "report/internal/demo_text.h"

namespace gongkai::report {
namespace {

using domain::RequestRow;
using internal::DemoCasePlan;
using internal::DemoRandom;

struct DemoAgency {
  std::string_view id;
  std::string_view name;
  int share_percent;  // of the year's requests
};

constexpr std::array<DemoAgency, 4> kAgencies = {{
    {kDemoRootAgencyId, "滨江市市场监督管理局", 40},
    {"bj-scjg-jb", "滨江市市场监督管理局江北分局", 22},
    {"bj-scjg-jn", "滨江市市场监督管理局江南分局", 20},
    {"bj-scjg-gx", "滨江市市场监督管理局高新区分局", 18},
}};

// Outcome mix per mille, after the seeds (seed 002: 39% 予以公开, 21% 无法提供.1, 10% 部分公开,
// 11% 行政执法案卷, a few of each other row).
constexpr std::array<std::pair<RequestRow, int>, 21> kOutcomeWeights = {{
    {RequestRow::kGranted, 380},      {RequestRow::kPartlyGranted, 90},
    {RequestRow::kWithheld1, 3},      {RequestRow::kWithheld2, 5},
    {RequestRow::kWithheld3, 8},      {RequestRow::kWithheld4, 12},
    {RequestRow::kWithheld5, 30},     {RequestRow::kWithheld6, 30},
    {RequestRow::kWithheld7, 60},     {RequestRow::kWithheld8, 20},
    {RequestRow::kUnavailable1, 200}, {RequestRow::kUnavailable2, 15},
    {RequestRow::kUnavailable3, 8},   {RequestRow::kNotHandled1, 25},
    {RequestRow::kNotHandled2, 20},   {RequestRow::kNotHandled3, 5},
    {RequestRow::kNotHandled4, 3},    {RequestRow::kNotHandled5, 5},
    {RequestRow::kOther1, 10},        {RequestRow::kOther2, 4},
    {RequestRow::kOther3, 27},
}};
// 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他.
constexpr std::array<int, 6> kApplicantWeights = {930, 40, 3, 3, 20, 4};
constexpr std::array<std::pair<domain::Channel, int>, 7> kChannelWeights = {{
    {domain::Channel::kOnline, 55},
    {domain::Channel::kPostSigned, 15},
    {domain::Channel::kInPerson, 15},
    {domain::Channel::kEmail, 8},
    {domain::Channel::kPostUnsigned, 4},
    {domain::Channel::kFax, 1},
    {domain::Channel::kOther, 2},
}};

template <typename T, std::size_t N>
T Draw(DemoRandom& random, const std::array<std::pair<T, int>, N>& table) {
  std::array<int, N> weights{};
  for (std::size_t i = 0; i < N; ++i) {
    weights[i] = table[i].second;
  }
  return table[random.Weighted(weights)].first;
}

core::Status CheckOptions(const domain::WorkingCalendar& calendar, const core::Clock& clock,
                          const DemoOptions& options) {
  if (options.years.empty() || !std::is_sorted(options.years.begin(), options.years.end()) ||
      std::adjacent_find(options.years.begin(), options.years.end()) != options.years.end()) {
    return core::Error::InvalidArgument("演示数据的年份应为不重复的升序列表，如 2024,2025");
  }
  if (options.requests_per_year < 10 || options.requests_per_year > 100000) {
    return core::Error::InvalidArgument("每年申请数应在 10 到 100000 之间");
  }
  for (int year : options.years) {
    if (year > clock.Today().year()) {
      return core::Error::InvalidArgument("不能生成未来年份（" + std::to_string(year) +
                                          "年）的演示数据");
    }
    // A later year without schedule only makes the deadlines that reach it provisional, as
    // for real cases; a year before the first loaded schedule is not demo material.
    if (calendar.years().empty() || year < calendar.years().front().year) {
      return core::Error::InvalidArgument("没有 " + std::to_string(year) +
                                          " 年的节假日安排，无法生成该年的演示数据");
    }
  }
  return core::Ok();
}

core::Result<std::vector<core::Date>> WorkingDaysUpToToday(const domain::WorkingCalendar& calendar,
                                                           int year, core::Date today) {
  GONGKAI_ASSIGN_OR_RETURN(core::Date day, core::Date::FromYmd(year, 1, 1));
  std::vector<core::Date> days;
  for (; day.year() == year && day <= today; day = day.AddDays(1)) {
    GONGKAI_ASSIGN_OR_RETURN(const bool working, calendar.IsWorkingDay(day));
    if (working) {
      days.push_back(day);
    }
  }
  return days;
}

DemoCasePlan PlanCase(DemoRandom& random, std::string_view agency_id, core::Date received_on,
                      RequestRow outcome) {
  DemoCasePlan plan;
  plan.agency_id = std::string(agency_id);
  plan.received_on = received_on;
  plan.applicant_kind = static_cast<int>(random.Weighted(kApplicantWeights));
  plan.channel = Draw(random, kChannelWeights);
  plan.outcome = outcome;
  plan.correction = random.Chance(0.07);
  const bool third_party =
      outcome == RequestRow::kPartlyGranted || outcome == RequestRow::kWithheld4;
  plan.consultation = random.Chance(third_party ? 0.4 : 0.02);
  plan.extension = random.Chance(0.06);
  plan.fee = random.Chance(0.02);
  plan.reply_working_days = random.Uniform(3, 18);
  plan.archive = random.Chance(0.85);
  return plan;
}

// The year's plans for every agency, in order of receipt. The bureau gets one case of every
// outcome row, so that each row of the table shows up at least once.
core::Result<std::vector<DemoCasePlan>> PlanYear(DemoRandom& random,
                                                 const domain::WorkingCalendar& calendar,
                                                 const core::Clock& clock, int year, int volume) {
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<core::Date> days,
                           WorkingDaysUpToToday(calendar, year, clock.Today()));
  std::vector<DemoCasePlan> plans;
  if (days.empty()) {
    return plans;
  }
  const auto day = [&] {
    return random.Pick(std::span<const core::Date>(days));
  };
  for (const DemoAgency& agency : kAgencies) {
    const int base = volume * agency.share_percent / 100;
    const int count = base + random.Uniform(-base / 10, base / 10);
    for (int i = 0; i < count; ++i) {
      const bool guaranteed =
          agency.id == kDemoRootAgencyId && i < static_cast<int>(kOutcomeWeights.size());
      const RequestRow outcome = guaranteed ? kOutcomeWeights[static_cast<std::size_t>(i)].first
                                            : Draw(random, kOutcomeWeights);
      plans.push_back(PlanCase(random, agency.id, day(), outcome));
    }
  }
  std::stable_sort(plans.begin(), plans.end(),
                   [](const auto& a, const auto& b) { return a.received_on < b.received_on; });
  return plans;
}

// A review or lawsuit about `request`, filed some days `after` (the reply, or the decision of the
// review before it); nullopt when that day is still to come. Decided (with a result) when the
// decision day has come.
std::optional<domain::ReviewCase> DraftReview(DemoRandom& random, const core::Clock& clock,
                                              const domain::RequestCase& request,
                                              domain::ReviewKind kind, core::Date after) {
  const bool lawsuit = kind != domain::ReviewKind::kReconsideration;
  domain::ReviewCase draft;
  draft.agency_id = request.agency_id;
  draft.request_case_id = request.id;
  draft.kind = kind;
  draft.filed_on = after.AddDays(lawsuit ? random.Uniform(7, 40) : random.Uniform(15, 55));
  if (draft.filed_on > clock.Today()) {
    return std::nullopt;
  }
  const core::Date decided =
      draft.filed_on.AddDays(lawsuit ? random.Uniform(60, 150) : random.Uniform(40, 80));
  if (decided <= clock.Today()) {
    static constexpr std::array<std::pair<domain::ReviewResult, int>, 3> kResults = {{
        {domain::ReviewResult::kUpheld, 70},
        {domain::ReviewResult::kCorrected, 12},
        {domain::ReviewResult::kOther, 18},
    }};
    draft.result = Draw(random, kResults);
    draft.decided_on = decided;
  }
  draft.note = "申请人对" + request.tracking_number + "号申请的答复不服";
  return draft;
}

// Some answered requests lead to a 行政复议 or a lawsuit; an upheld 复议 sometimes to a lawsuit
// after it.
std::vector<domain::ReviewCase> MaybeReview(DemoRandom& random, const core::Clock& clock,
                                            const domain::RequestCase& request) {
  std::vector<domain::ReviewCase> drafts;
  if (!request.closed_on.has_value() || !request.outcome.has_value() ||
      !random.Chance(*request.outcome == RequestRow::kGranted ? 0.005 : 0.05)) {
    return drafts;
  }
  const domain::ReviewKind kind = random.Chance(0.8) ? domain::ReviewKind::kReconsideration
                                                     : domain::ReviewKind::kLitigationDirect;
  std::optional<domain::ReviewCase> first =
      DraftReview(random, clock, request, kind, *request.closed_on);
  if (!first.has_value()) {
    return drafts;
  }
  drafts.push_back(*first);
  if (first->kind == domain::ReviewKind::kReconsideration &&
      first->result == domain::ReviewResult::kUpheld && random.Chance(0.25)) {
    std::optional<domain::ReviewCase> second = DraftReview(
        random, clock, request, domain::ReviewKind::kLitigationAfterReview, *first->decided_on);
    if (second.has_value()) {
      drafts.push_back(std::move(*second));
    }
  }
  return drafts;
}

// Records the reviews in the order they were filed, numbering them per year like the offices do
// (滨政复〔2024〕3号 for 复议, （2024）浙0102行初5号 for lawsuits).
core::Status RecordReviews(domain::ReviewRegister& reviews,
                           std::vector<domain::ReviewCase> drafts) {
  std::stable_sort(drafts.begin(), drafts.end(),
                   [](const auto& a, const auto& b) { return a.filed_on < b.filed_on; });
  std::map<std::pair<bool, int>, int> numbers;  // (lawsuit, year) -> last number
  for (domain::ReviewCase& draft : drafts) {
    const bool lawsuit = draft.kind != domain::ReviewKind::kReconsideration;
    const int year = draft.filed_on.year();
    const std::string number = std::to_string(++numbers[{lawsuit, year}]);
    draft.reference = lawsuit ? "（" + std::to_string(year) + "）浙0102行初" + number + "号"
                              : "滨政复〔" + std::to_string(year) + "〕" + number + "号";
    GONGKAI_TRY(reviews.Create(draft, domain::Actor{"演示数据"}));
  }
  return core::Ok();
}

// Section 二 of one agency for one year. The bureau issues normative documents; its branches
// do not (district branches of a municipal bureau have no such power). `normative_in_force`
// carries the documents in force from year to year, so 现行有效 = last year + 制发 − 废止.
domain::ProactiveFigures DemoFigures(DemoRandom& random, const DemoAgency& agency, int year,
                                     std::int64_t& normative_in_force) {
  const bool bureau = agency.id == kDemoRootAgencyId;
  domain::ProactiveFigures figures;
  figures.agency_id = std::string(agency.id);
  figures.year = year;
  if (bureau) {
    if (normative_in_force == 0) {
      normative_in_force = random.Uniform(45, 70);
    }
    figures.normative_issued = random.Uniform(4, 12);
    figures.normative_abolished = random.Uniform(0, 4);
    normative_in_force += figures.normative_issued - figures.normative_abolished;
    figures.normative_in_force = normative_in_force;
  }
  figures.licensing_decisions = bureau ? random.Uniform(30000, 60000) : random.Uniform(5000, 15000);
  figures.penalty_decisions = bureau ? random.Uniform(800, 2500) : random.Uniform(200, 900);
  figures.coercion_decisions = bureau ? random.Uniform(60, 300) : random.Uniform(20, 120);
  // 万元 with four decimals (whole yuan), as printed in the reports.
  figures.fees_wan_yuan = bureau ? random.Uniform(50000, 600000) / 10000.0 : 0.0;
  return figures;
}

struct Generation {
  domain::Store& store;
  const domain::WorkingCalendar& calendar;
  const core::Clock& clock;
  DemoRandom random;
  domain::CaseService cases;
  domain::ReviewRegister reviews;
  std::vector<domain::ReviewCase> review_drafts;           // recorded at the end, in filing order
  std::map<std::string, std::int64_t> normative_in_force;  // by agency
  std::map<std::pair<std::string, int>, std::int64_t> fees_paid;  // (agency, year) -> yuan
  std::map<int, int> reviews_filed;                               // year -> count
};

core::Status PutAgencies(domain::Store& store) {
  if (store.agencies().GetAgency(std::string(kDemoRootAgencyId)).has_value()) {
    return core::Error::Conflict("数据库中已有演示数据（机构 " + std::string(kDemoRootAgencyId) +
                                 "），未再次生成");
  }
  for (const DemoAgency& agency : kAgencies) {
    domain::Agency record{std::string(agency.id), std::string(agency.name), std::nullopt};
    if (agency.id != kDemoRootAgencyId) {
      record.parent_id = std::string(kDemoRootAgencyId);
    }
    GONGKAI_TRY(store.agencies().PutAgency(record, domain::Actor{"演示数据"}));
  }
  return core::Ok();
}

core::Result<DemoYearSummary> GenerateYear(Generation& gen, int year, int volume) {
  DemoYearSummary summary;
  summary.year = year;
  GONGKAI_ASSIGN_OR_RETURN(const auto plans,
                           PlanYear(gen.random, gen.calendar, gen.clock, year, volume));
  internal::DemoCasePlayer player(gen.cases, gen.calendar, gen.clock, gen.random);
  for (const DemoCasePlan& plan : plans) {
    GONGKAI_ASSIGN_OR_RETURN(const internal::DemoCaseOutcome played, player.Play(plan));
    ++summary.received;
    summary.open += played.request.closed_on.has_value() ? 0 : 1;
    if (played.fee_paid_on.has_value()) {
      gen.fees_paid[{plan.agency_id, played.fee_paid_on->year()}] += played.fee_paid_yuan;
    }
    for (domain::ReviewCase& draft : MaybeReview(gen.random, gen.clock, played.request)) {
      ++gen.reviews_filed[draft.filed_on.year()];
      gen.review_drafts.push_back(std::move(draft));
    }
  }
  for (const DemoAgency& agency : kAgencies) {
    const std::string id(agency.id);
    GONGKAI_TRY(gen.store.annual_inputs().PutProactiveFigures(
        DemoFigures(gen.random, agency, year, gen.normative_in_force[id]),
        domain::Actor{"演示数据"}));
    const internal::DemoTextFacts facts{id, std::string(agency.name), year,
                                        agency.id == kDemoRootAgencyId, gen.fees_paid[{id, year}]};
    GONGKAI_TRY(gen.store.annual_inputs().PutReportText(internal::DemoReportText(gen.random, facts),
                                                        domain::Actor{"演示数据"}));
  }
  return summary;
}

}  // namespace

core::Result<DemoSummary> GenerateDemoData(domain::Store& store,
                                           const domain::WorkingCalendar& calendar,
                                           const core::Clock& clock, const DemoOptions& options) {
  GONGKAI_TRY(CheckOptions(calendar, clock, options));
  GONGKAI_TRY(PutAgencies(store));
  Generation gen{store,
                 calendar,
                 clock,
                 DemoRandom(options.seed),
                 domain::CaseService(store, calendar, clock),
                 domain::ReviewRegister(store, clock),
                 {},
                 {},
                 {},
                 {}};
  DemoSummary summary;
  summary.root_agency_id = std::string(kDemoRootAgencyId);
  for (const DemoAgency& agency : kAgencies) {
    summary.agency_ids.emplace_back(agency.id);
  }
  for (int year : options.years) {
    GONGKAI_ASSIGN_OR_RETURN(DemoYearSummary year_summary,
                             GenerateYear(gen, year, options.requests_per_year));
    summary.years.push_back(year_summary);
  }
  GONGKAI_TRY(RecordReviews(gen.reviews, std::move(gen.review_drafts)));
  for (DemoYearSummary& year : summary.years) {
    year.reviews = gen.reviews_filed[year.year];
  }
  return summary;
}

}  // namespace gongkai::report
