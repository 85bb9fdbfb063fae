// The staff form for the parts of an annual report that do not come from case records — the
// section 二 figures and the texts of sections 一, 五 and 六 — as plain functions: flat fields in,
// domain values or field-level Chinese errors out, plus the values and version tokens the page
// shows. The cell labels are the 2021 template's, taken from the domain taxonomy.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/annual_inputs.h"
#include "web/field_error.h"

namespace gongkai::web {

// One input of section 二: a cell of the 2021 template.
struct ProactiveField {
  std::string_view key;     // form field name, e.g. "rules_issued"
  std::string_view block;   // e.g. "第二十条第（一）项"
  std::string_view row;     // e.g. "规章"
  std::string_view column;  // e.g. "本年制发件数"
  bool amount = false;      // 万元 with up to domain::kFeeDecimals decimals; a count otherwise
};

// The ten cells of section 二 in template order. Pure.
std::vector<ProactiveField> ProactiveFields();

// Field names of the three texts.
inline constexpr std::string_view kFieldOverview = "overview";           // 一、总体情况
inline constexpr std::string_view kFieldProblems = "problems";           // 五
inline constexpr std::string_view kFieldOtherMatters = "other_matters";  // 六
inline constexpr std::size_t kMaxReportTextChars = 30000;                // per section

// The label of a field for messages: "规章 · 本年制发件数", "一、总体情况"; the key itself for an
// unknown field. Pure.
std::string AnnualInputLabel(std::string_view key);

// Whether the section 二 figures may be left blank as a whole (then nothing is saved for them).
// Once figures are stored they can be changed but not removed.
enum class FiguresRequired { kNo, kYes };

struct ParsedAnnualInputs {
  // Set when every figure is valid; nullopt when all were left blank (and that is allowed).
  std::optional<domain::ProactiveFigures> figures;
  domain::ReportText text;         // the three texts, CR LF turned into LF
  std::vector<FieldError> errors;  // in form order; nothing may be saved unless empty
};

// Validates `fields`: counts are whole numbers ≥ 0, the fee an amount ≥ 0 in 万元 with at most
// domain::kFeeDecimals decimals (full-width digits are accepted), every figure filled once any is
// (or when `required`); texts are clean UTF-8 of at most kMaxReportTextChars characters. Never
// fails on any input: each problem becomes a FieldError naming the field. Pure.
ParsedAnnualInputs ParseAnnualInputs(const FieldMap& fields, const std::string& agency_id, int year,
                                     FiguresRequired required);

// A fee in 万元 as the form and the pages show it: up to domain::kFeeDecimals decimals, without
// trailing zeros ("38.949", "0"). REQUIRES: finite. Pure.
std::string FormatFeeWanYuan(double wan_yuan);

// The form values of what is stored: counts as integers, the fee without trailing zeros, texts as
// they are; a part not entered yet gives blank values. Pure.
FieldMap AnnualInputValues(const std::optional<domain::ProactiveFigures>& figures,
                           const std::optional<domain::ReportText>& text);

// Version tokens of each part (a SHA-256 of its form values; a part not entered has the token of
// blank values). The form carries the tokens of what it showed, so a save can tell whether the
// clerk changed a part and whether someone else changed it meanwhile — the repository itself
// keeps no versions. Pure.
std::string FiguresVersion(const std::optional<domain::ProactiveFigures>& figures);
std::string TextVersion(const std::optional<domain::ReportText>& text);

}  // namespace gongkai::web
