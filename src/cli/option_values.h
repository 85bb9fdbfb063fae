// Parsing of command-line option values (dates, counts, codes of the domain enums) with Chinese
// error messages that name the option and the text received, so that the case, review, agency
// and audit-log commands reject bad input the same way.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/date.h"
#include "core/result.h"
#include "domain/report_taxonomy.h"
#include "domain/request_case.h"
#include "domain/review_case.h"

namespace gongkai::cli {

// `text` as "YYYY-MM-DD". kInvalidArgument naming `option` when it is empty or not a date.
core::Result<core::Date> ParseDateOption(const std::string& option, const std::string& text);

// nullopt for an empty `text`, else ParseDateOption.
core::Result<std::optional<core::Date>> ParseOptionalDate(const std::string& option,
                                                          const std::string& text);

// A decimal integer in [min, max]. kInvalidArgument naming `option` otherwise.
core::Result<std::int64_t> ParseIntegerOption(const std::string& option, const std::string& text,
                                              std::int64_t min, std::int64_t max);

// nullopt for an empty `text`, else ParseIntegerOption.
core::Result<std::optional<std::int64_t>> ParseOptionalInteger(const std::string& option,
                                                               const std::string& text,
                                                               std::int64_t min, std::int64_t max);

// Applicant kind codes (natural_person, commercial, …) to the column 0..5; kInvalidArgument
// listing the accepted codes otherwise.
core::Result<int> ParseApplicantKind(const std::string& text);

// Channel codes (in_person, post_signed, …); kInvalidArgument listing the accepted codes.
core::Result<domain::Channel> ParseChannel(const std::string& text);

// Case state codes (received, registered, …); kInvalidArgument listing the accepted codes.
core::Result<domain::CaseState> ParseCaseState(const std::string& text);

// An outcome row by its report-json key (予以公开, 不予公开.5, 其他处理.3, …). Only the 21 rows
// that can conclude a case are accepted; kInvalidArgument listing them otherwise.
core::Result<domain::RequestRow> ParseOutcomeKey(const std::string& text);

// Review kind / result codes (review_case.h); kInvalidArgument listing the accepted codes.
core::Result<domain::ReviewKind> ParseReviewKind(const std::string& text);
core::Result<domain::ReviewResult> ParseReviewResult(const std::string& text);

// "<label>（<code>）" pairs for help texts, e.g.
// "自然人（natural_person）、商业企业（commercial）…".
std::string ApplicantKindChoices();
std::string ChannelChoices();

}  // namespace gongkai::cli
