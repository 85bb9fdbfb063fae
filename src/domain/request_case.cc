#include "domain/request_case.h"

#include <array>
#include <string_view>

#include "core/check.h"

namespace gongkai::domain {
namespace {

struct ChannelNames {
  Channel channel;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<ChannelNames, 7> kChannels = {{
    {Channel::kInPerson, "in_person", "当面提交"},
    {Channel::kPostSigned, "post_signed", "邮寄（需签收）"},
    {Channel::kPostUnsigned, "post_unsigned", "平信等无需签收的邮件"},
    {Channel::kOnline, "online", "互联网渠道"},
    {Channel::kFax, "fax", "传真"},
    {Channel::kEmail, "email", "电子邮件"},
    {Channel::kOther, "other", "其他"},
}};

struct StateNames {
  CaseState state;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<StateNames, 7> kStates = {{
    {CaseState::kReceived, "received", "已接收"},
    {CaseState::kRegistered, "registered", "已登记"},
    {CaseState::kAwaitingCorrection, "awaiting_correction", "待补正"},
    {CaseState::kInConsultation, "in_consultation", "征求意见中"},
    {CaseState::kAwaitingFee, "awaiting_fee", "待缴费"},
    {CaseState::kReplied, "replied", "已答复"},
    {CaseState::kArchived, "archived", "已归档"},
}};

struct EventTypeNames {
  EventType type;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<EventTypeNames, 13> kEventTypes = {{
    {EventType::kReceived, "received", "收到申请"},
    {EventType::kRegistered, "registered", "登记"},
    {EventType::kCorrectionRequested, "correction_requested", "告知补正"},
    {EventType::kCorrectionReceived, "correction_received", "收到补正申请"},
    {EventType::kConsultationStarted, "consultation_started", "开始征求意见"},
    {EventType::kConsultationEnded, "consultation_ended", "征求意见结束"},
    {EventType::kExtended, "extended", "延长答复期限"},
    {EventType::kFeeNoticeSent, "fee_notice_sent", "发出收费通知"},
    {EventType::kFeePaid, "fee_paid", "缴纳信息处理费"},
    {EventType::kFeeWaived, "fee_waived", "免收信息处理费"},
    {EventType::kReplied, "replied", "答复"},
    {EventType::kArchived, "archived", "归档"},
    {EventType::kNote, "note", "备注"},
}};

// The tables above list every enumerator in declaration order, so the enum value is the index.
template <typename Table, typename Enum>
const auto& EntryOf(const Table& table, Enum value) {
  const auto index = static_cast<std::size_t>(value);
  GONGKAI_CHECK(index < table.size());  // every enumerator has a row in its table
  return table[index];
}

}  // namespace

std::string_view ChannelCode(Channel channel) {
  return EntryOf(kChannels, channel).code;
}

std::string_view ChannelLabel(Channel channel) {
  return EntryOf(kChannels, channel).label;
}

std::optional<Channel> ChannelFromCode(std::string_view code) {
  for (const ChannelNames& entry : kChannels) {
    if (entry.code == code) {
      return entry.channel;
    }
  }
  return std::nullopt;
}

std::string_view CaseStateCode(CaseState state) {
  return EntryOf(kStates, state).code;
}

std::string_view CaseStateLabel(CaseState state) {
  return EntryOf(kStates, state).label;
}

std::optional<CaseState> CaseStateFromCode(std::string_view code) {
  for (const StateNames& entry : kStates) {
    if (entry.code == code) {
      return entry.state;
    }
  }
  return std::nullopt;
}

std::string_view EventTypeCode(EventType type) {
  return EntryOf(kEventTypes, type).code;
}

std::string_view EventTypeLabel(EventType type) {
  return EntryOf(kEventTypes, type).label;
}

std::optional<EventType> EventTypeFromCode(std::string_view code) {
  for (const EventTypeNames& entry : kEventTypes) {
    if (entry.code == code) {
      return entry.type;
    }
  }
  return std::nullopt;
}

bool IsOpenState(CaseState state) {
  return state != CaseState::kReplied && state != CaseState::kArchived;
}

}  // namespace gongkai::domain
