// `gongkai case`: the whole 依申请公开 workflow from the command line — receive an application,
// register it, 补正, consultation, extension, fee, reply, closing, archiving and notes — over
// domain::CaseService, plus `case show` and `case list` (case_query_command.cc). The rules live in
// the domain; this file maps options to the use cases and prints the result.
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/case_json.h"
#include "cli/case_options.h"
#include "cli/case_query_command.h"
#include "cli/case_reference.h"
#include "cli/case_text.h"
#include "cli/command_registry.h"
#include "cli/option_values.h"
#include "cli/status_callback.h"

namespace gongkai::cli {
namespace {

// Upper bounds for numbers typed on the command line; the domain applies the statutory limits.
constexpr std::int64_t kMaxDaysOption = 366;
constexpr std::int64_t kMaxAmountYuan = 1'000'000'000;

// Raw text of every option a workflow step can take; each step reads the ones it declares.
struct StepArgs {
  CaseCommonArgs common;
  std::string case_ref;
  std::string due, items, party, note, approver, reason, days, amount, method, basis, outcome, form,
      text;
};

using StepAction = std::function<core::Result<domain::RequestCase>(
    domain::CaseService&, std::int64_t case_id, const StepArgs&, const domain::CommandContext&)>;

struct StepSpec {
  std::string name;
  std::string description;
  std::string done;  // confirmation, e.g. "已登记"
  std::function<void(CLI::App&, StepArgs&)> add_options;
  StepAction action;
};

struct ReceiveArgs {
  CaseCommonArgs common;
  std::string agency, kind, name, id_document, contact, info, form, channel, received, submitted,
      note;
};

// The agency's name for display; empty when it cannot be read (the case itself still shows).
std::string AgencyName(domain::Store& store, const std::string& agency_id) {
  core::Result<domain::Agency> agency = store.agencies().GetAgency(agency_id);
  return agency.has_value() ? agency->name : std::string();
}

void PrintCase(CliEnvironment& env, CaseWorkspace& workspace, domain::RequestCase request,
               const CaseCommonArgs& common, const std::string& done) {
  std::string agency_name = AgencyName(*workspace.store, request.agency_id);
  const CaseView view = MakeCaseView(std::move(request), std::move(agency_name), workspace.calendar,
                                     env.clock->Today());
  *env.out << (common.json ? CaseJson(view) : CaseStepText(done, view));
}

core::Status RunStep(CliEnvironment& env, const StepSpec& spec, const StepArgs& args) {
  GONGKAI_ASSIGN_OR_RETURN(const domain::CommandContext context,
                           MakeCommandContext(args.common, env));
  GONGKAI_ASSIGN_OR_RETURN(CaseWorkspace workspace, OpenCaseWorkspace(env, args.common.db_url));
  GONGKAI_ASSIGN_OR_RETURN(const domain::RequestCase current,
                           FindCase(workspace.store->cases(), args.case_ref));
  domain::CaseService service(*workspace.store, workspace.calendar, *env.clock);
  GONGKAI_ASSIGN_OR_RETURN(domain::RequestCase updated,
                           spec.action(service, current.id, args, context));
  PrintCase(env, workspace, std::move(updated), args.common, spec.done);
  return core::Ok();
}

core::Result<domain::ApplicationDraft> MakeDraft(const ReceiveArgs& args) {
  domain::ApplicationDraft draft;
  draft.agency_id = args.agency;
  GONGKAI_ASSIGN_OR_RETURN(draft.applicant.kind, ParseApplicantKind(args.kind));
  draft.applicant.name = args.name;
  draft.applicant.id_document = args.id_document;
  draft.applicant.contact = args.contact;
  draft.information_requested = args.info;
  draft.preferred_form = args.form;
  GONGKAI_ASSIGN_OR_RETURN(draft.channel, ParseChannel(args.channel));
  GONGKAI_ASSIGN_OR_RETURN(draft.received_on, ParseOptionalDate("--received", args.received));
  GONGKAI_ASSIGN_OR_RETURN(draft.submitted_on, ParseOptionalDate("--submitted", args.submitted));
  draft.note = args.note;
  return draft;
}

core::Status RunReceive(CliEnvironment& env, const ReceiveArgs& args) {
  GONGKAI_ASSIGN_OR_RETURN(const domain::ApplicationDraft draft, MakeDraft(args));
  GONGKAI_ASSIGN_OR_RETURN(CaseWorkspace workspace, OpenCaseWorkspace(env, args.common.db_url));
  domain::CaseService service(*workspace.store, workspace.calendar, *env.clock);
  GONGKAI_ASSIGN_OR_RETURN(domain::RequestCase created,
                           service.ReceiveApplication(draft, CommandActor(args.common, env)));
  const std::int64_t id = created.id;
  PrintCase(env, workspace, std::move(created), args.common, "已收到申请");
  if (!args.common.json) {
    *env.out << "下一步：gongkai case register " << id << "\n";
  }
  return core::Ok();
}

void AddReceiveCommand(CLI::App& parent, CliEnvironment& env, int& exit_code) {
  auto args = std::make_shared<ReceiveArgs>();
  CLI::App* cmd =
      parent.add_subcommand("receive", "收到一份政府信息公开申请（条例第二十九、三十一条）");
  cmd->add_option("--agency", args->agency, "受理机关代码（必填）");
  cmd->add_option("--applicant-kind", args->kind, "申请人类型（必填）：" + ApplicantKindChoices());
  cmd->add_option("--name", args->name, "申请人姓名或名称（必填）");
  cmd->add_option("--id-document", args->id_document, "身份证明，如身份证号、统一社会信用代码");
  cmd->add_option("--contact", args->contact, "联系方式");
  cmd->add_option("--info", args->info, "所需政府信息的名称、文号或特征性描述（必填）");
  cmd->add_option("--form", args->form, "要求的提供形式和获取途径");
  cmd->add_option("--channel", args->channel, "提交方式（必填）：" + ChannelChoices());
  cmd->add_option("--received", args->received,
                  "收到申请之日 YYYY-MM-DD（条例第三十一条；默认：今天）");
  cmd->add_option("--submitted", args->submitted, "申请人提交之日（默认：收到申请之日）");
  cmd->add_option("--note", args->note, "备注");
  AddCaseCommonOptions(*cmd, args->common, env, StepOptions::kReceive);
  SetStatusCallback(*cmd, env, exit_code, args, RunReceive);
}

void AddStepCommand(CLI::App& parent, CliEnvironment& env, int& exit_code, StepSpec spec) {
  auto args = std::make_shared<StepArgs>();
  auto shared_spec = std::make_shared<StepSpec>(std::move(spec));
  CLI::App* cmd = parent.add_subcommand(shared_spec->name, shared_spec->description);
  cmd->add_option("CASE", args->case_ref, "受理编号或案件 id");
  if (shared_spec->add_options) {
    shared_spec->add_options(*cmd, *args);
  }
  AddCaseCommonOptions(*cmd, args->common, env, StepOptions::kAll);
  SetStatusCallback(*cmd, env, exit_code,
                    [&env, args, shared_spec] { return RunStep(env, *shared_spec, *args); });
}

// Registration and 补正 (Art. 30, 45).
std::vector<StepSpec> IntakeSteps() {
  using Service = domain::CaseService;
  using Context = domain::CommandContext;
  return {
      {"register", "登记申请并编受理编号（条例第四十五条）", "已登记", nullptr,
       [](Service& s, std::int64_t id, const StepArgs&, const Context& c) {
         return s.Register(id, c);
       }},
      {"correction-request", "一次性告知申请人补正（条例第三十条，收到申请后 7 个工作日内）",
       "已告知补正",
       [](CLI::App& cmd, StepArgs& a) {
         cmd.add_option("--due", a.due, "补正期限 YYYY-MM-DD（必填）");
         cmd.add_option("--items", a.items, "需要补正的事项（必填，一次性告知）");
       },
       [](Service& s, std::int64_t id, const StepArgs& a,
          const Context& c) -> core::Result<domain::RequestCase> {
         GONGKAI_ASSIGN_OR_RETURN(const core::Date due, ParseDateOption("--due", a.due));
         return s.RequestCorrection(id, due, a.items, c);
       }},
      {"correction-received", "收到补正后的申请：答复期限自当日重新起算（条例第三十条）",
       "已收到补正", nullptr,
       [](Service& s, std::int64_t id, const StepArgs&, const Context& c) {
         return s.ReceiveCorrection(id, c);
       }},
  };
}

// Consultation, extension and fee: the steps that pause or lengthen the reply clock. Text
// options go to the domain unchanged, so that a missing reason, party or approver is refused there
// with the Regulation's wording.
std::vector<StepSpec> ProcessingSteps() {
  using Service = domain::CaseService;
  using Context = domain::CommandContext;
  return {
      {"consult-start", "书面征求第三方或其他机关意见（条例第三十二、三十四条），答复期限暂停",
       "已开始征求意见",
       [](CLI::App& cmd, StepArgs& a) {
         cmd.add_option("--party", a.party, "征求意见的第三方或机关（必填）");
       },
       [](Service& s, std::int64_t id, const StepArgs& a, const Context& c) {
         return s.StartConsultation(id, a.party, c);
       }},
      {"consult-end", "收到意见或 15 个工作日期满，结束征求意见", "已结束征求意见",
       [](CLI::App& cmd, StepArgs& a) { cmd.add_option("--note", a.note, "意见内容或说明"); },
       [](Service& s, std::int64_t id, const StepArgs& a, const Context& c) {
         return s.EndConsultation(id, a.note, c);
       }},
      {"extend", "延长答复期限（条例第三十三条：经工作机构负责人同意，最长 20 个工作日）", "已延期",
       [](CLI::App& cmd, StepArgs& a) {
         cmd.add_option("--approver", a.approver, "批准人：政府信息公开工作机构负责人（必填）");
         cmd.add_option("--reason", a.reason, "延期理由（必填）");
         cmd.add_option("--days", a.days, "延长的工作日数 1–20（必填）");
       },
       [](Service& s, std::int64_t id, const StepArgs& a,
          const Context& c) -> core::Result<domain::RequestCase> {
         GONGKAI_ASSIGN_OR_RETURN(const std::int64_t days,
                                  ParseIntegerOption("--days", a.days, 0, kMaxDaysOption));
         return s.Extend(id, a.approver, a.reason, static_cast<int>(days), c);
       }},
      {"fee-notice", "发出收费通知（信息处理费），答复期限暂停至缴费", "已发出收费通知",
       [](CLI::App& cmd, StepArgs& a) {
         cmd.add_option("--amount", a.amount, "收费金额（元，必填）");
         cmd.add_option("--method", a.method, "计收方式：per_piece（按件）或 per_page（按量）");
         cmd.add_option("--basis", a.basis, "收费依据、标准和计算过程");
       },
       [](Service& s, std::int64_t id, const StepArgs& a,
          const Context& c) -> core::Result<domain::RequestCase> {
         GONGKAI_ASSIGN_OR_RETURN(const std::int64_t amount,
                                  ParseIntegerOption("--amount", a.amount, 0, kMaxAmountYuan));
         return s.SendFeeNotice(id, domain::FeeNotice{amount, a.method, a.basis}, c);
       }},
      {"fee-paid", "申请人已缴纳信息处理费", "已缴费", nullptr,
       [](Service& s, std::int64_t id, const StepArgs&, const Context& c) {
         return s.RecordFeePayment(id, c);
       }},
      {"fee-waive", "减免信息处理费", "已减免费用",
       [](CLI::App& cmd, StepArgs& a) { cmd.add_option("--reason", a.reason, "减免理由（必填）"); },
       [](Service& s, std::int64_t id, const StepArgs& a, const Context& c) {
         return s.WaiveFee(id, a.reason, c);
       }},
  };
}

// The reply, the other ways a case ends, archiving and notes.
std::vector<StepSpec> ClosingSteps() {
  using Service = domain::CaseService;
  using Context = domain::CommandContext;
  return {
      {"reply", "答复申请：办理结果为年度报告中的一行（条例第三十六至三十九条）", "已答复",
       [](CLI::App& cmd, StepArgs& a) {
         cmd.add_option("--outcome", a.outcome,
                        "办理结果（年度报告行），如 予以公开、部分公开、不予公开.5、其他处理.3");
         cmd.add_option("--form", a.form, "提供形式（予以公开、部分公开时必填），如 电子邮件");
         cmd.add_option("--note", a.note, "理由或说明");
       },
       [](Service& s, std::int64_t id, const StepArgs& a,
          const Context& c) -> core::Result<domain::RequestCase> {
         GONGKAI_ASSIGN_OR_RETURN(const domain::RequestRow row, ParseOutcomeKey(a.outcome));
         return s.Reply(id, domain::ReplyDecision{row, a.form, a.note}, c);
       }},
      {"close-lapsed-correction", "申请人无正当理由逾期不补正，视为放弃申请（其他处理.1）",
       "已办结（逾期不补正）", nullptr,
       [](Service& s, std::int64_t id, const StepArgs&, const Context& c) {
         return s.CloseForLapsedCorrection(id, c);
       }},
      {"close-unpaid-fee", "申请人逾期未缴纳信息处理费，视为放弃申请（其他处理.2）",
       "已办结（逾期未缴费）", nullptr,
       [](Service& s, std::int64_t id, const StepArgs&, const Context& c) {
         return s.CloseForUnpaidFee(id, c);
       }},
      {"withdraw", "申请人撤回申请（其他处理.3）", "已办结（撤回）",
       [](CLI::App& cmd, StepArgs& a) { cmd.add_option("--reason", a.reason, "撤回原因（必填）"); },
       [](Service& s, std::int64_t id, const StepArgs& a, const Context& c) {
         return s.Withdraw(id, a.reason, c);
       }},
      {"archive", "归档已答复的申请（条例第四十五条）", "已归档", nullptr,
       [](Service& s, std::int64_t id, const StepArgs&, const Context& c) {
         return s.Archive(id, c);
       }},
      {"note", "为案件添加备注（不改变状态）", "已添加备注",
       [](CLI::App& cmd, StepArgs& a) { cmd.add_option("--text", a.text, "备注内容（必填）"); },
       [](Service& s, std::int64_t id, const StepArgs& a, const Context& c) {
         return s.AddNote(id, a.text, c);
       }},
  };
}

}  // namespace

void RegisterCaseCommand(CLI::App& app, CliEnvironment& env, int& exit_code) {
  CLI::App* cmd =
      app.add_subcommand("case", "依申请公开的办理流程：收件、登记、补正、答复、归档等");
  cmd->require_subcommand(1);
  cmd->footer(
      "CASE 为受理编号或案件 id。各步骤的共同选项：--db、--actor、--date（该步骤的法定日期）、\n"
      "--expect-version、--json。例：\n"
      "  gongkai case receive --agency cq-scjg --applicant-kind natural_person --name 张三 \\\n"
      "      --info \"2024年食品抽检结果\" --channel in_person --received 2025-03-03\n"
      "  gongkai case register 1 --date 2025-03-03\n"
      "  gongkai case reply cq-scjg-2025-00001 --outcome 予以公开 --form 电子邮件");
  AddReceiveCommand(*cmd, env, exit_code);
  for (std::vector<StepSpec> steps : {IntakeSteps(), ProcessingSteps(), ClosingSteps()}) {
    for (StepSpec& spec : steps) {
      AddStepCommand(*cmd, env, exit_code, std::move(spec));
    }
  }
  AddCaseQueryCommands(*cmd, env, exit_code);
}

}  // namespace gongkai::cli
