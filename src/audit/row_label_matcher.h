// Recognising printed labels of the statistics tables: the 25 data rows and the row groups of the
// request table (section 三), the rows and 第二十条 blocks of the proactive table (section 二).
// The match is fuzzy (typos, omissions, labels cut by a line break) but never ambiguous: when two
// labels fit about equally well and the context (the row expected next, the current group) does not
// decide, there is no match.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "audit/label_normalizer.h"
#include "domain/report_taxonomy.h"

namespace gongkai::audit {

// Row groups of the request table; their labels carry no numbers.
enum class RequestGroup {
  kOutcomes,     // 三、本年度办理结果
  kWithheld,     // （三）不予公开
  kUnavailable,  // （四）无法提供
  kNotHandled,   // （五）不予处理
  kOther,        // （六）其他处理 (also a data row when printed as one row)
};

struct RequestLabelMatch {
  enum class Kind { kNone, kRow, kGroup };
  Kind kind = Kind::kNone;
  domain::RequestRow row = domain::RequestRow::kNewlyReceived;  // when kRow
  RequestGroup group = RequestGroup::kOutcomes;                 // when kGroup
};

struct RequestMatchContext {
  std::optional<domain::RequestRow> last_row;  // the last data row recognised
  std::optional<RequestGroup> group;           // the group the table is in
};

// The rows of the proactive table in either template.
enum class ProactiveLabel {
  kRules,               // 规章
  kNormativeDocuments,  // 行政规范性文件 (2021) / 规范性文件 (2019)
  kLicensing,           // 行政许可
  kOtherServices,       // 其他对外管理服务事项 (2019)
  kPenalty,             // 行政处罚
  kCoercion,            // 行政强制
  kFees,                // 行政事业性收费
  kProcurement,         // 政府集中采购 (2019)
};

class RowLabelMatcher {
 public:
  // Builds the targets from the canonical labels of domain/report_taxonomy.h. Cheap; immutable
  // afterwards, so one instance may be shared between threads.
  RowLabelMatcher();

  // Recognises a request-table label (a row or a group). `label` is one piece of
  // SplitAtOrdinals. Fragments without numbering must be at least 4 characters long and fit well
  // from their first characters on (a line-broken continuation such as "计其他情形）" never
  // matches); short unnumbered labels ("总计", "其他") match only as the row expected next.
  RequestLabelMatch MatchRequest(const NormalizedLabel& label,
                                 const RequestMatchContext& context) const;

  // Recognises a proactive-table row label ("规范性文件" and "行政规范性文件" both give
  // kNormativeDocuments).
  std::optional<ProactiveLabel> MatchProactive(const NormalizedLabel& label) const;

  // The core of the canonical label of request-table row `row`, as NormalizeLabel gives it.
  std::u32string_view CanonicalCore(domain::RequestRow row) const;

  // The item number X of a block header "第二十条第（X）项", or nullopt.
  static std::optional<int> MatchArticleBlock(std::u32string_view core);

  // How well `fragment` fits the start of `target` (both cores): 1 for equal texts, else the
  // share of the fragment's character pairs found in the target (the Dice coefficient when the
  // fragment is the longer one); 0 when the fragment does not fit the target's first characters.
  static double Similarity(std::u32string_view fragment, std::u32string_view target);

 private:
  struct Target {
    Ordinal ordinal;
    std::u32string core;
    std::vector<std::uint64_t> pairs;  // character pairs of `core`, sorted
    std::vector<std::uint64_t> head;   // its first three pairs, in order
    RequestLabelMatch match;
    std::optional<RequestGroup> member_of;  // for sub-rows
    // A label equal to this target (same numbering, same core) is matched to it whatever the
    // context: no other target it would be compared with fits it within kMargin.
    bool decisive_numbered = false;  // among the targets of the same numbering
    bool decisive_any = false;       // among all targets (a label without numbering)
  };
  static Target MakeTarget(const NormalizedLabel& label, RequestLabelMatch match,
                           std::optional<RequestGroup> member_of);
  static double Score(std::u32string_view fragment, std::span<const std::uint64_t> pairs,
                      const Target& target);
  void MarkDecisiveTargets();
  const Target* ExactTarget(const NormalizedLabel& label) const;
  std::vector<Target> targets_;
  std::vector<std::pair<Target, ProactiveLabel>> proactive_targets_;
};

}  // namespace gongkai::audit
