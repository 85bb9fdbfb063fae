// A record of the 政府信息公开目录 (catalogue of proactively disclosed information): its 索引号,
// the metadata of spec catalogue.md §2.2, the validity of 规章 and 行政规范性文件 derived from
// their events (§5.2, C8–C11), and the two-way link between a policy and its 政策解读 (§7,
// C5–C6). Pure rules: no storage, no clock (today is passed in).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"

namespace gongkai::domain {

// §5.2: the states of a 规章 or 行政规范性文件.
enum class CatalogueValidity : unsigned char {
  kNotYetInForce,
  kInForce,
  kRevised,
  kAbolished,
  kExpired
};

// The label shown on pages and in the 有效性 column: 未生效, 现行有效, 已修订, 已废止, 已失效.
std::string_view CatalogueValidityLabel(CatalogueValidity validity);

// Accepts the labels above and the variants of real catalogues (有效, 废止, 失效, 已修改).
std::optional<CatalogueValidity> ParseCatalogueValidity(std::string_view text);

// The classes section 二 of the annual report counts (§8) and that decide whether validity and a
// 解读 apply.
enum class DocClass { kRule, kNormative, kOtherPolicy, kNonDocument, kInterpretation };

// One change of validity (§5.2 "every transition is an event"), e.g. 废止 by a cleanup decision.
struct ValidityEvent {
  CatalogueValidity to = CatalogueValidity::kInForce;
  core::Date date;
  std::string basis_doc_no;  // the 文号 of the act that made the change; may be empty
};

struct CatalogueItem {
  std::string index_no;                        // 索引号, unique, never reused
  std::optional<std::string> index_no_legacy;  // as imported, when it did not parse
  std::string title;
  std::string doc_no;                      // 文号, canonical 〔〕 form (NormalizeDocNo)
  std::string issuer;                      // 发布机构, full name
  std::optional<core::Date> formed_on;     // 成文日期: starts the 20-working-day clock (C1)
  std::optional<core::Date> published_on;  // 发布日期
  std::optional<core::Date> effective_from;
  std::optional<core::Date> effective_until;  // 有效期 end (C8)
  std::string topic;                          // 主题分类 path
  std::string genre;                          // 体裁 / 公文种类
  std::vector<std::string> keywords;          // 主题词, at most 5 (C12)
  std::string summary;                        // 内容概述
  std::string body;
  DocClass doc_class = DocClass::kNonDocument;
  std::vector<ValidityEvent> validity_events;  // in date order
  std::optional<std::string> supersedes;       // index_no of the version this one revises
  std::optional<std::string> replaced_by;      // index_no of the version that replaced this one
  std::vector<std::string> interprets;         // for a 解读: the policies it explains
  std::vector<std::string> interpretations;    // for a policy: its 解读
};

// Whether validity applies to the item at all (规章 and 行政规范性文件 only).
bool HasValidity(const CatalogueItem& item);

// The validity on `today`, derived from the events and dates: the last event on or before today;
// otherwise 未生效 before effective_from, 已失效 after effective_until (expiry without renewal is
// automatic 失效), else 现行有效. nullopt for items without validity.
std::optional<CatalogueValidity> ValidityOn(const CatalogueItem& item, core::Date today);

// Whether an expiry reminder is due: in force, with an effective_until within `lead_days` days
// after today (C8: 6 months before; the period is a setting).
bool ExpiryReminderDue(const CatalogueItem& item, core::Date today, int lead_days = 183);

// Links a 解读 to its policy both ways (§7). kInvalidArgument when `interpretation` is not a
// kInterpretation item or both are the same record; linking twice changes nothing.
core::Status LinkInterpretation(CatalogueItem& policy, CatalogueItem& interpretation);

// The 索引号 pattern (§3, C16): "<org_code>/<year>-<serial>", serial zero-padded to a width of
// 5 by default (5, 6 and 7 are seen); the separator between code and year is '/' or '-'.
struct IndexNumberPattern {
  std::string org_code;  // 统一社会信用代码 (18) or legacy 组织机构代码 (9)
  int serial_width = 5;
  char separator = '/';
};

// kInvalidArgument for an empty org code, a year outside 1900–2999 or a serial < 1.
core::Result<std::string> FormatIndexNumber(const IndexNumberPattern& pattern, int year,
                                            int serial);

struct ParsedIndexNumber {
  std::string org_code;
  int year = 0;
  int serial = 0;
};

// Parses the forms of §3 (code, '/' or '-', four-digit year, '-', serial); nullopt otherwise,
// in which case importers keep the text as index_no_legacy.
std::optional<ParsedIndexNumber> ParseIndexNumber(std::string_view text);

// The canonical 文号: the brackets around the year typed as [], 【】, （）, () or ［］ become 〔〕;
// surrounding spaces are removed. Text that is not a 文号 is returned trimmed, unchanged otherwise.
std::string NormalizeDocNo(std::string_view text);

}  // namespace gongkai::domain
