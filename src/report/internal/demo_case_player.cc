#include "report/internal/demo_case_player.h"

#include <algorithm>
#include <array>

#include "report/internal/demo_text.h"

namespace gongkai::report::internal {
namespace {

using domain::RequestRow;

constexpr std::string_view kClerk = "演示数据";

}  // namespace

struct DemoRun {
  const DemoCasePlan& plan;
  DemoCaseOutcome outcome;
  core::Date last;       // day of the last event
  bool stopped = false;  // a step fell after today: the case stays as it is

  std::int64_t id() const { return outcome.request.id; }
};

namespace {

// Takes one step of the case on `date` unless the day is still to come.
template <typename Call>
core::Status Step(DemoRun& run, const core::Clock& clock, core::Date date, std::string_view what,
                  Call&& call) {
  if (run.stopped || date > clock.Today()) {
    run.stopped = true;
    return core::Ok();
  }
  domain::CommandContext context;
  context.actor = domain::Actor{std::string(kClerk)};
  context.date = date;
  core::Result<domain::RequestCase> result = call(context);
  if (!result.has_value()) {
    return core::Error{result.error().code,
                       "生成演示数据失败（案件 " + run.outcome.request.tracking_number + "，" +
                           std::string(what) + "）：" + result.error().message};
  }
  run.outcome.request = std::move(*result);
  run.last = date;
  return core::Ok();
}

// The day `working_days` working days after `from`, but not after the case's current due date
// (replies in the demo are on time) and not before `from`.
core::Result<core::Date> OnTime(const domain::WorkingCalendar& calendar,
                                const domain::RequestCase& request, core::Date from,
                                int working_days) {
  GONGKAI_ASSIGN_OR_RETURN(core::Date day, calendar.AddWorkingDays(from, working_days));
  if (request.due_on.has_value()) {
    day = std::min(day, *request.due_on);
  }
  return std::max(day, from);
}

}  // namespace

core::Status DemoCasePlayer::Correction(DemoRun& run) {
  GONGKAI_ASSIGN_OR_RETURN(const core::Date notice,
                           calendar_.AddWorkingDays(run.last, random_.Uniform(1, 5)));
  const core::Date due = notice.AddDays(15);
  GONGKAI_TRY(Step(run, clock_, notice, "补正告知", [&](const auto& context) {
    return service_.RequestCorrection(
        run.id(), due, "请补充所需政府信息的名称、文号或者便于查询的其他特征性描述", context);
  }));
  if (run.plan.outcome == RequestRow::kOther1) {
    GONGKAI_ASSIGN_OR_RETURN(const core::Date lapsed,
                             calendar_.AddWorkingDays(due, random_.Uniform(1, 5)));
    return Step(run, clock_, lapsed, "逾期未补正", [&](const auto& context) {
      return service_.CloseForLapsedCorrection(run.id(), context);
    });
  }
  const core::Date corrected = notice.AddDays(random_.Uniform(2, 12));
  return Step(run, clock_, corrected, "收到补正",
              [&](const auto& context) { return service_.ReceiveCorrection(run.id(), context); });
}

core::Status DemoCasePlayer::Consultation(DemoRun& run) {
  GONGKAI_ASSIGN_OR_RETURN(const core::Date start,
                           OnTime(calendar_, run.outcome.request, run.last, random_.Uniform(1, 4)));
  GONGKAI_TRY(Step(run, clock_, start, "征求第三方意见", [&](const auto& context) {
    return service_.StartConsultation(run.id(), "相关企业（第三方）", context);
  }));
  GONGKAI_ASSIGN_OR_RETURN(const core::Date end,
                           calendar_.AddWorkingDays(start, random_.Uniform(3, 15)));
  return Step(run, clock_, end, "收到第三方意见", [&](const auto& context) {
    return service_.EndConsultation(run.id(), "第三方书面答复不同意公开涉及商业秘密的部分",
                                    context);
  });
}

core::Status DemoCasePlayer::Fee(DemoRun& run) {
  static constexpr std::array<int, 4> kAmounts = {100, 200, 300, 500};
  GONGKAI_ASSIGN_OR_RETURN(const core::Date notice,
                           OnTime(calendar_, run.outcome.request, run.last, random_.Uniform(1, 4)));
  const domain::FeeNotice fee{random_.Pick(std::span<const int>(kAmounts)), "per_piece",
                              "按件计收，依据国办函〔2020〕109号"};
  GONGKAI_TRY(Step(run, clock_, notice, "收费通知", [&](const auto& context) {
    return service_.SendFeeNotice(run.id(), fee, context);
  }));
  if (run.plan.outcome == RequestRow::kOther2) {
    // Well past the 20 working days the applicant has to pay.
    GONGKAI_ASSIGN_OR_RETURN(const core::Date lapsed,
                             calendar_.AddWorkingDays(notice, random_.Uniform(25, 30)));
    return Step(run, clock_, lapsed, "逾期未缴费",
                [&](const auto& context) { return service_.CloseForUnpaidFee(run.id(), context); });
  }
  GONGKAI_ASSIGN_OR_RETURN(const core::Date paid,
                           calendar_.AddWorkingDays(notice, random_.Uniform(2, 10)));
  if (random_.Chance(0.2)) {
    return Step(run, clock_, paid, "减免费用", [&](const auto& context) {
      return service_.WaiveFee(run.id(), "申请人生活困难，依申请减免", context);
    });
  }
  GONGKAI_TRY(Step(run, clock_, paid, "缴纳费用", [&](const auto& context) {
    return service_.RecordFeePayment(run.id(), context);
  }));
  if (!run.stopped) {
    run.outcome.fee_paid_yuan = fee.amount_yuan;
    run.outcome.fee_paid_on = paid;
  }
  return core::Ok();
}

core::Status DemoCasePlayer::Extension(DemoRun& run) {
  GONGKAI_ASSIGN_OR_RETURN(const core::Date day, OnTime(calendar_, run.outcome.request, run.last,
                                                        random_.Uniform(5, 15)));
  return Step(run, clock_, day, "延期", [&](const auto& context) {
    return service_.Extend(run.id(), "办公室负责人", "需调取的档案数量较多，经批准延长答复期限",
                           random_.Uniform(10, 20), context);
  });
}

core::Status DemoCasePlayer::Conclude(DemoRun& run) {
  GONGKAI_ASSIGN_OR_RETURN(const core::Date reply, OnTime(calendar_, run.outcome.request, run.last,
                                                          run.plan.reply_working_days));
  if (run.plan.outcome == RequestRow::kOther3) {
    GONGKAI_TRY(Step(run, clock_, reply, "撤回申请", [&](const auto& context) {
      return service_.Withdraw(run.id(), DemoReplyNote(RequestRow::kOther3), context);
    }));
  } else {
    domain::ReplyDecision decision;
    decision.outcome = run.plan.outcome;
    decision.provision_form = DemoProvisionForm(random_);
    decision.note = DemoReplyNote(run.plan.outcome);
    GONGKAI_TRY(Step(run, clock_, reply, "答复", [&](const auto& context) {
      return service_.Reply(run.id(), decision, context);
    }));
  }
  return core::Ok();
}

core::Result<DemoCaseOutcome> DemoCasePlayer::Play(const DemoCasePlan& plan) {
  domain::ApplicationDraft draft;
  draft.agency_id = plan.agency_id;
  draft.applicant = DemoApplicant(random_, plan.applicant_kind);
  draft.information_requested = DemoSubject(random_, plan.outcome, plan.received_on.year());
  draft.preferred_form = "电子邮件";
  draft.channel = plan.channel;
  draft.received_on = plan.received_on;
  const bool posted = plan.channel == domain::Channel::kPostSigned ||
                      plan.channel == domain::Channel::kPostUnsigned;
  draft.submitted_on = plan.received_on.AddDays(posted ? -random_.Uniform(1, 4) : 0);
  GONGKAI_ASSIGN_OR_RETURN(domain::RequestCase received,
                           service_.ReceiveApplication(draft, domain::Actor{std::string(kClerk)}));
  DemoRun run{plan, DemoCaseOutcome{std::move(received), 0, std::nullopt}, plan.received_on};
  GONGKAI_TRY(Step(run, clock_, plan.received_on, "登记",
                   [&](const auto& context) { return service_.Register(run.id(), context); }));
  const bool correction = plan.correction || plan.outcome == RequestRow::kUnavailable3 ||
                          plan.outcome == RequestRow::kOther1;
  if (correction) {
    GONGKAI_TRY(Correction(run));
  }
  if (plan.outcome != RequestRow::kOther1 && plan.consultation) {
    GONGKAI_TRY(Consultation(run));
  }
  const bool fee = plan.fee || plan.outcome == RequestRow::kOther2;
  if (plan.outcome != RequestRow::kOther1 && fee) {
    GONGKAI_TRY(Fee(run));
  }
  const bool closed = plan.outcome == RequestRow::kOther1 || plan.outcome == RequestRow::kOther2;
  if (!closed && plan.extension) {
    GONGKAI_TRY(Extension(run));
  }
  if (!closed) {
    GONGKAI_TRY(Conclude(run));
  }
  if (plan.archive && !run.stopped) {
    GONGKAI_ASSIGN_OR_RETURN(const core::Date archived,
                             calendar_.AddWorkingDays(run.last, random_.Uniform(3, 20)));
    GONGKAI_TRY(Step(run, clock_, archived, "归档",
                     [&](const auto& context) { return service_.Archive(run.id(), context); }));
  }
  return std::move(run.outcome);
}

}  // namespace gongkai::report::internal
