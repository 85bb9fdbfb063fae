// `gongkai review`: the register of administrative reconsiderations (行政复议) and lawsuits
// (行政诉讼) about disclosure decisions, which section 四 of the annual report counts. `add`
// records one (pending, or already decided), `decide` records the result, `list` shows them. The
// rules are domain::ReviewRegister's; this file maps options and prints.
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/calendar_in_effect.h"
#include "cli/case_options.h"
#include "cli/case_reference.h"
#include "cli/command_registry.h"
#include "cli/option_values.h"
#include "cli/status_callback.h"
#include "domain/review_register.h"

namespace gongkai::cli {
namespace {

constexpr std::int64_t kMaxId = std::numeric_limits<std::int64_t>::max();

struct ReviewAddArgs {
  CaseCommonArgs common;
  std::string agency, kind, reference, filed, request_case, result = "pending", decided, note;
};

struct ReviewDecideArgs {
  CaseCommonArgs common;
  std::string review_id, result, decided, note, expect_version;
};

struct ReviewListArgs {
  CaseCommonArgs common;
  std::string agency;
  bool all_below = false;
};

using Json = nlohmann::ordered_json;

Json ReviewJson(const domain::ReviewCase& review) {
  return {
      {"id", review.id},
      {"agency_id", review.agency_id},
      {"request_case_id", review.request_case_id ? Json(*review.request_case_id) : Json(nullptr)},
      {"kind", domain::ReviewKindCode(review.kind)},
      {"kind_label", domain::ReviewKindLabel(review.kind)},
      {"reference", review.reference},
      {"filed_on", review.filed_on.ToString()},
      {"result", domain::ReviewResultCode(review.result)},
      {"result_label", domain::ReviewResultLabel(review.result)},
      {"decided_on", review.decided_on ? Json(review.decided_on->ToString()) : Json(nullptr)},
      {"note", review.note},
      {"version", review.version}};
}

std::string ReviewLine(const domain::ReviewCase& review) {
  return std::to_string(review.id) + "\t" + review.agency_id + "\t" +
         std::string(domain::ReviewKindLabel(review.kind)) + "\t" + review.reference + "\t" +
         review.filed_on.ToString() + "\t" + std::string(domain::ReviewResultLabel(review.result)) +
         "\t" + (review.decided_on ? review.decided_on->ToString() : "") + "\t" +
         (review.request_case_id ? std::to_string(*review.request_case_id) : "") + "\n";
}

std::string Dump(const Json& json) {
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

void PrintReview(CliEnvironment& env, const std::string& done, const domain::ReviewCase& review,
                 bool json) {
  if (json) {
    *env.out << Dump(ReviewJson(review));
    return;
  }
  *env.out << done << "：" << domain::ReviewKindLabel(review.kind) << " " << review.reference
           << "（id " << review.id << "，第 " << review.version << " 版），结果："
           << domain::ReviewResultLabel(review.result) << "\n";
}

core::Result<domain::ReviewCase> MakeReviewDraft(domain::Store& store, const ReviewAddArgs& args) {
  domain::ReviewCase draft;
  draft.agency_id = args.agency;
  GONGKAI_ASSIGN_OR_RETURN(draft.kind, ParseReviewKind(args.kind));
  draft.reference = args.reference;
  GONGKAI_ASSIGN_OR_RETURN(draft.filed_on, ParseDateOption("--filed", args.filed));
  GONGKAI_ASSIGN_OR_RETURN(draft.result, ParseReviewResult(args.result));
  GONGKAI_ASSIGN_OR_RETURN(draft.decided_on, ParseOptionalDate("--decided", args.decided));
  draft.note = args.note;
  if (!args.request_case.empty()) {
    GONGKAI_ASSIGN_OR_RETURN(const domain::RequestCase request,
                             FindCase(store.cases(), args.request_case));
    draft.request_case_id = request.id;
  }
  return draft;
}

core::Status RunAdd(CliEnvironment& env, const ReviewAddArgs& args) {
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<domain::Store> store,
                           OpenCommandStore(env, args.common.db_url));
  GONGKAI_ASSIGN_OR_RETURN(const domain::ReviewCase draft, MakeReviewDraft(*store, args));
  domain::ReviewRegister reviews(*store, *env.clock);
  GONGKAI_ASSIGN_OR_RETURN(const domain::ReviewCase created,
                           reviews.Create(draft, CommandActor(args.common, env)));
  PrintReview(env, "已登记", created, args.common.json);
  return core::Ok();
}

core::Status RunDecide(CliEnvironment& env, const ReviewDecideArgs& args) {
  GONGKAI_ASSIGN_OR_RETURN(const std::int64_t id,
                           ParseIntegerOption("REVIEW", args.review_id, 1, kMaxId));
  domain::ReviewDecision decision;
  GONGKAI_ASSIGN_OR_RETURN(decision.result, ParseReviewResult(args.result));
  GONGKAI_ASSIGN_OR_RETURN(decision.decided_on, ParseDateOption("--decided", args.decided));
  decision.note = args.note;
  GONGKAI_ASSIGN_OR_RETURN(
      const std::optional<std::int64_t> expected,
      ParseOptionalInteger("--expect-version", args.expect_version, 0, kMaxId));
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<domain::Store> store,
                           OpenCommandStore(env, args.common.db_url));
  domain::ReviewRegister reviews(*store, *env.clock);
  GONGKAI_ASSIGN_OR_RETURN(const domain::ReviewCase decided,
                           reviews.Decide(id, decision, CommandActor(args.common, env), expected));
  PrintReview(env, "已审结", decided, args.common.json);
  return core::Ok();
}

// The agencies whose reviews are listed: --agency (and below with --all-below), or all.
core::Result<std::vector<std::string>> ListedAgencies(domain::Store& store,
                                                      const ReviewListArgs& args) {
  if (!args.agency.empty()) {
    if (args.all_below) {
      return store.agencies().Subtree(args.agency);
    }
    GONGKAI_TRY(store.agencies().GetAgency(args.agency));
    return std::vector<std::string>{args.agency};
  }
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<domain::Agency> agencies,
                           store.agencies().ListAgencies());
  std::vector<std::string> ids;
  ids.reserve(agencies.size());
  for (const domain::Agency& agency : agencies) {
    ids.push_back(agency.id);
  }
  return ids;
}

core::Status RunList(CliEnvironment& env, const ReviewListArgs& args) {
  GONGKAI_ASSIGN_OR_RETURN(std::unique_ptr<domain::Store> store,
                           OpenCommandStore(env, args.common.db_url));
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<std::string> agency_ids, ListedAgencies(*store, args));
  GONGKAI_ASSIGN_OR_RETURN(const std::vector<domain::ReviewCase> reviews,
                           store->reviews().ListReviews(agency_ids));
  if (args.common.json) {
    Json array = Json::array();
    for (const domain::ReviewCase& review : reviews) {
      array.push_back(ReviewJson(review));
    }
    *env.out << Dump(array);
    return core::Ok();
  }
  *env.out << "id\t机构\t类型\t案号\t收到日期\t结果\t审结日期\t关联申请 id\n";
  for (const domain::ReviewCase& review : reviews) {
    *env.out << ReviewLine(review);
  }
  *env.out << "共 " << reviews.size() << " 件\n";
  return core::Ok();
}

void AddAddCommand(CLI::App& parent, CliEnvironment& env, int& exit_code) {
  auto args = std::make_shared<ReviewAddArgs>();
  CLI::App* cmd = parent.add_subcommand("add", "登记一件行政复议或行政诉讼");
  cmd->add_option("--agency", args->agency, "被复议或被诉的机关代码（必填）");
  cmd->add_option("--kind", args->kind,
                  "类型（必填）：reconsideration（行政复议）、litigation_direct（未经复议直接起诉）"
                  "、litigation_after_review（复议后起诉）");
  cmd->add_option("--reference", args->reference, "案号或文书编号（必填）");
  cmd->add_option("--filed", args->filed, "收到复议申请书或起诉状之日 YYYY-MM-DD（必填）");
  cmd->add_option("--case", args->request_case, "涉及的政府信息公开申请（受理编号或案件 id）");
  cmd->add_option("--result", args->result,
                  "结果：pending（尚未审结）、upheld（维持）、corrected（纠正）、other（其他）")
      ->capture_default_str();
  cmd->add_option("--decided", args->decided, "审结日期（结果不是 pending 时必填）");
  cmd->add_option("--note", args->note, "备注");
  AddCaseCommonOptions(*cmd, args->common, env, StepOptions::kReceive);
  SetStatusCallback(*cmd, env, exit_code, args, RunAdd);
}

void AddDecideCommand(CLI::App& parent, CliEnvironment& env, int& exit_code) {
  auto args = std::make_shared<ReviewDecideArgs>();
  CLI::App* cmd = parent.add_subcommand("decide", "记录行政复议或行政诉讼的审结结果");
  cmd->add_option("REVIEW", args->review_id, "复议诉讼记录的 id");
  cmd->add_option("--result", args->result,
                  "结果（必填）：upheld（维持）、corrected（纠正）、other（其他）");
  cmd->add_option("--decided", args->decided, "审结日期 YYYY-MM-DD（必填）");
  cmd->add_option("--note", args->note, "备注");
  cmd->add_option("--expect-version", args->expect_version, "仅当记录仍是第 N 版时执行");
  AddCaseCommonOptions(*cmd, args->common, env, StepOptions::kReceive);
  SetStatusCallback(*cmd, env, exit_code, args, RunDecide);
}

void AddListCommand(CLI::App& parent, CliEnvironment& env, int& exit_code) {
  auto args = std::make_shared<ReviewListArgs>();
  CLI::App* cmd = parent.add_subcommand("list", "列出行政复议和行政诉讼");
  cmd->add_option("--agency", args->agency, "只列出该机关的（默认：全部）");
  cmd->add_flag("--all-below", args->all_below, "与 --agency 同用：包含下属机构");
  AddCaseCommonOptions(*cmd, args->common, env, StepOptions::kReadOnly);
  SetStatusCallback(*cmd, env, exit_code, args, RunList);
}

}  // namespace

void RegisterReviewCommand(CLI::App& app, CliEnvironment& env, int& exit_code) {
  CLI::App* cmd = app.add_subcommand("review", "行政复议、行政诉讼登记簿（年度报告第四部分）");
  cmd->require_subcommand(1);
  AddAddCommand(*cmd, env, exit_code);
  AddDecideCommand(*cmd, env, exit_code);
  AddListCommand(*cmd, env, exit_code);
}

}  // namespace gongkai::cli
