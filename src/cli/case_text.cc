#include "cli/case_text.h"

namespace gongkai::cli {
namespace {

// Longest summary of the requested information in a list line, in characters.
constexpr std::size_t kSummaryCharacters = 24;

// The first `characters` UTF-8 characters of `text`, with "…" when cut.
std::string Shorten(const std::string& text, std::size_t characters) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) != 0x80 && count++ == characters) {
      return text.substr(0, i) + "…";
    }
  }
  return text;
}

// "答复期限：…" for people: the date, why the clock is stopped, or why it cannot be computed.
std::string DeadlineText(const CaseView& view) {
  if (view.reply_due.has_value()) {
    return view.reply_due->ToString() + (view.reply_due_provisional ? "（暂定）" : "") +
           (view.overdue ? "（已逾期）" : "");
  }
  if (view.clock_stopped.has_value()) {
    return "计时暂停（" + ClockStopText(*view.clock_stopped) + "）";
  }
  return "无法计算（" + view.clock_error.value_or("原因不明") + "）";
}

std::string OptionalText(const std::string& text) {
  return text.empty() ? "（未填写）" : text;
}

std::string WarningsText(const CaseView& view) {
  std::string text;
  for (const domain::Finding& finding : view.warnings) {
    text += "  ! [" + finding.rule + "] " + finding.message + "\n";
  }
  return text;
}

std::string ApplicantText(const domain::Applicant& applicant) {
  return "申请人：" + applicant.name + "（" +
         std::string(domain::ApplicantColumnLabel(applicant.kind)) + "）\n  身份证明：" +
         OptionalText(applicant.id_document) + "\n  联系方式：" + OptionalText(applicant.contact) +
         "\n";
}

std::string TimelineText(const domain::RequestCase& request) {
  std::string text = "办理经过：\n";
  for (const domain::CaseEvent& event : request.events) {
    const std::string details = EventDetailsText(event);
    text += "  " + std::to_string(event.sequence) + ". " + event.date.ToString() + " " +
            std::string(domain::EventTypeLabel(event.type)) + "（" + event.actor + "）" +
            (details.empty() ? "" : "：" + details) + "\n";
  }
  return text;
}

}  // namespace

std::string CaseHeading(const domain::RequestCase& request) {
  const std::string id = std::to_string(request.id);
  const std::string version = std::to_string(request.version);
  if (request.tracking_number.empty()) {
    return "案件 id " + id + "（未登记，第 " + version + " 版）";
  }
  return request.tracking_number + "（id " + id + "，第 " + version + " 版）";
}

std::string CaseDetailsText(const CaseView& view) {
  const domain::RequestCase& request = view.request;
  std::string text = (request.tracking_number.empty() ? "" : "案件 ") + CaseHeading(request) + "\n";
  text += "状态：" + std::string(domain::CaseStateLabel(request.state)) + "\n";
  text += "受理机关：" + (view.agency_name.empty() ? request.agency_id : view.agency_name) + "（" +
          request.agency_id + "）\n";
  text += ApplicantText(request.applicant);
  text += "所需信息：" + request.information_requested + "\n";
  text += "获取方式：" + OptionalText(request.preferred_form) + "\n";
  text += "提交方式：" + std::string(domain::ChannelLabel(request.channel)) + "；提交日期：" +
          request.submitted_on.ToString() + "；收到申请之日：" +
          (request.received_on ? request.received_on->ToString() : "（未知）") + "\n";
  text += "答复期限：" + DeadlineText(view) + "\n";
  if (request.outcome.has_value()) {
    text += "办理结果：" + OutcomeText(*request.outcome) +
            (request.closed_on ? "（" + request.closed_on->ToString() + " 办结）" : "") + "\n";
  }
  text += TimelineText(request);
  if (!view.warnings.empty()) {
    text += "提示：\n" + WarningsText(view);
  }
  return text;
}

std::string CaseStepText(const std::string& done, const CaseView& view) {
  const domain::RequestCase& request = view.request;
  std::string text = done + "：" + CaseHeading(request) + "，状态：" +
                     std::string(domain::CaseStateLabel(request.state));
  if (view.open) {
    text += "，答复期限：" + DeadlineText(view);
  } else if (request.outcome.has_value()) {
    text += "，办理结果：" + OutcomeText(*request.outcome);
  }
  return text + "\n" + WarningsText(view);
}

std::string CaseListText(std::span<const CaseView> views) {
  std::string text = "id\t受理编号\t状态\t收到申请之日\t答复期限\t申请人\t所需信息\n";
  for (const CaseView& view : views) {
    const domain::RequestCase& request = view.request;
    text += std::to_string(request.id) + "\t" +
            (request.tracking_number.empty() ? "（未登记）" : request.tracking_number) + "\t" +
            std::string(domain::CaseStateLabel(request.state)) + "\t" +
            (request.received_on ? request.received_on->ToString() : "") + "\t" +
            (view.open ? DeadlineText(view) : "已办结") + "\t" + request.applicant.name + "\t" +
            Shorten(request.information_requested, kSummaryCharacters) + "\n";
  }
  return text + "共 " + std::to_string(views.size()) + " 件\n";
}

}  // namespace gongkai::cli
