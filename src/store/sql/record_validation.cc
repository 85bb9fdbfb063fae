#include "store/sql/record_validation.h"

#include <cmath>
#include <cstdint>
#include <string>

namespace gongkai::store {
namespace {

constexpr std::size_t kMaxTextBytes = 1 << 20;

// Length of the UTF-8 sequence starting at `text[i]`, or 0 when it is malformed (overlong forms,
// surrogates and code points above U+10FFFF included).
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) {
    return static_cast<unsigned char>(text[k]);
  };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  std::uint32_t code_point = 0;
  if (lead < 0x80) {
    return lead == 0 ? 0 : 1;
  }
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    code_point = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    code_point = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    code_point = lead & 0x07;
  } else {
    return 0;
  }
  if (i + length > text.size()) {
    return 0;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      return 0;
    }
    code_point = (code_point << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr std::uint32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code_point < kMinimum[length] || code_point > 0x10FFFF ||
      (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    return 0;
  }
  return length;
}

core::Status ValidateOptionalDate(const std::optional<core::Date>& date, std::string_view field) {
  return date.has_value() ? ValidateDate(*date, field) : core::Ok();
}

core::Status ValidateEvent(const domain::CaseEvent& event, std::size_t index) {
  const std::string where = "第 " + std::to_string(index + 1) + " 个事件的";
  GONGKAI_TRY(ValidateDate(event.date, where + "日期"));
  GONGKAI_TRY(ValidateOptionalDate(event.correction_due, where + "补正期限"));
  for (const auto& [text, field] : {std::pair{&event.actor, "记录人"},
                                    {&event.note, "备注"},
                                    {&event.approver, "批准人"},
                                    {&event.consultation_party, "征求意见对象"},
                                    {&event.fee_method, "收费方式"},
                                    {&event.provision_form, "提供形式"}}) {
    GONGKAI_TRY(ValidateText(*text, where + field));
  }
  if (event.outcome.has_value() && !domain::RowInfo(*event.outcome).is_outcome) {
    return core::Error::InvalidArgument(where + "办理结果不是年报中的办理结果行");
  }
  return core::Ok();
}

}  // namespace

core::Status ValidateAgencyId(std::string_view id) {
  bool ok = !id.empty() && id.size() <= 32;
  for (char c : id) {
    ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
  }
  if (!ok) {
    return core::Error::InvalidArgument("机构代码“" + std::string(id.substr(0, 64)) +
                                        "”无效：只能由 1 至 32 个小写字母、数字或连字符组成");
  }
  return core::Ok();
}

core::Status ValidateText(std::string_view text, std::string_view field) {
  if (text.size() > kMaxTextBytes) {
    return core::Error::InvalidArgument(std::string(field) + "过长（超过 1 MiB）");
  }
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      return core::Error::InvalidArgument(std::string(field) + "不是有效的 UTF-8 文本（第 " +
                                          std::to_string(i + 1) + " 个字节处）");
    }
    i += length;
  }
  return core::Ok();
}

core::Status ValidateYear(int year) {
  if (year < 1900 || year > 2999) {
    return core::Error::InvalidArgument("年份 " + std::to_string(year) +
                                        " 无效：应在 1900 至 2999 之间");
  }
  return core::Ok();
}

core::Status ValidateDate(const core::Date& date, std::string_view field) {
  const int year = date.year();
  if (year < 1900 || year > 2999) {
    return core::Error::InvalidArgument(std::string(field) + "无效：年份 " + std::to_string(year) +
                                        " 不在 1900 至 2999 之间");
  }
  return core::Ok();
}

core::Status ValidateActor(const domain::Actor& actor) {
  if (actor.name.empty()) {
    return core::Error::InvalidArgument("未指明操作人");
  }
  return ValidateText(actor.name, "操作人");
}

core::Status ValidateAgency(const domain::Agency& agency) {
  GONGKAI_TRY(ValidateAgencyId(agency.id));
  if (agency.name.empty()) {
    return core::Error::InvalidArgument("机构 " + agency.id + " 缺少名称");
  }
  GONGKAI_TRY(ValidateText(agency.name, "机构名称"));
  if (agency.parent_id.has_value()) {
    GONGKAI_TRY(ValidateAgencyId(*agency.parent_id));
  }
  return core::Ok();
}

core::Status ValidateCase(const domain::RequestCase& request_case) {
  GONGKAI_TRY(ValidateAgencyId(request_case.agency_id));
  if (request_case.applicant.kind < 0 || request_case.applicant.kind > 5) {
    return core::Error::InvalidArgument(
        "申请人类型 " + std::to_string(request_case.applicant.kind) + " 无效：应为 0 至 5");
  }
  for (const auto& [text, field] : {std::pair{&request_case.tracking_number, "受理编号"},
                                    {&request_case.applicant.name, "申请人姓名或名称"},
                                    {&request_case.applicant.id_document, "申请人身份证明"},
                                    {&request_case.applicant.contact, "申请人联系方式"},
                                    {&request_case.information_requested, "所需信息描述"},
                                    {&request_case.preferred_form, "获取信息的方式"}}) {
    GONGKAI_TRY(ValidateText(*text, field));
  }
  GONGKAI_TRY(ValidateDate(request_case.submitted_on, "提交日期"));
  GONGKAI_TRY(ValidateOptionalDate(request_case.received_on, "收到申请之日"));
  GONGKAI_TRY(ValidateOptionalDate(request_case.closed_on, "办结日期"));
  GONGKAI_TRY(ValidateOptionalDate(request_case.due_on, "答复期限"));
  if (request_case.outcome.has_value() && !domain::RowInfo(*request_case.outcome).is_outcome) {
    return core::Error::InvalidArgument("案件的办理结果不是年报中的办理结果行");
  }
  for (std::size_t i = 0; i < request_case.events.size(); ++i) {
    GONGKAI_TRY(ValidateEvent(request_case.events[i], i));
  }
  return core::Ok();
}

core::Status ValidateReview(const domain::ReviewCase& review) {
  GONGKAI_TRY(ValidateAgencyId(review.agency_id));
  GONGKAI_TRY(ValidateText(review.reference, "案号"));
  GONGKAI_TRY(ValidateText(review.note, "备注"));
  GONGKAI_TRY(ValidateDate(review.filed_on, "收到复议申请或起诉状的日期"));
  GONGKAI_TRY(ValidateOptionalDate(review.decided_on, "审结日期"));
  if (review.result != domain::ReviewResult::kPending && !review.decided_on.has_value()) {
    return core::Error::InvalidArgument("已审结的复议或诉讼案件必须填写审结日期");
  }
  if (review.request_case_id.has_value() && *review.request_case_id <= 0) {
    return core::Error::InvalidArgument("关联的申请案件编号 " +
                                        std::to_string(*review.request_case_id) + " 无效");
  }
  return core::Ok();
}

core::Status ValidateProactiveFigures(const domain::ProactiveFigures& figures) {
  GONGKAI_TRY(ValidateAgencyId(figures.agency_id));
  GONGKAI_TRY(ValidateYear(figures.year));
  for (std::int64_t count :
       {figures.rules_issued, figures.rules_abolished, figures.rules_in_force,
        figures.normative_issued, figures.normative_abolished, figures.normative_in_force,
        figures.licensing_decisions, figures.penalty_decisions, figures.coercion_decisions}) {
    if (count < 0) {
      return core::Error::InvalidArgument("主动公开数据中的数量不能为负数");
    }
  }
  if (!std::isfinite(figures.fees_wan_yuan) || figures.fees_wan_yuan < 0) {
    return core::Error::InvalidArgument("行政事业性收费金额必须是非负数");
  }
  return core::Ok();
}

core::Status ValidateReportText(const domain::ReportText& text) {
  GONGKAI_TRY(ValidateAgencyId(text.agency_id));
  GONGKAI_TRY(ValidateYear(text.year));
  GONGKAI_TRY(ValidateText(text.overview, "总体情况"));
  GONGKAI_TRY(ValidateText(text.problems, "存在的主要问题及改进情况"));
  return ValidateText(text.other_matters, "其他需要报告的事项");
}

}  // namespace gongkai::store
