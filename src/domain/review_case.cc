#include "domain/review_case.h"

#include <array>

#include "core/check.h"

namespace gongkai::domain {
namespace {

constexpr std::array<std::string_view, 3> kKindCodes = {"reconsideration", "litigation_direct",
                                                        "litigation_after_review"};
constexpr std::array<std::string_view, 3> kKindLabels = {"行政复议", "行政诉讼（未经复议直接起诉）",
                                                         "行政诉讼（复议后起诉）"};
constexpr std::array<std::string_view, 4> kResultCodes = {"pending", "upheld", "corrected",
                                                          "other"};
constexpr std::array<std::string_view, 4> kResultLabels = {"尚未审结", "结果维持", "结果纠正",
                                                           "其他结果"};

template <std::size_t N, typename Enum>
std::string_view Lookup(const std::array<std::string_view, N>& table, Enum value) {
  const auto index = static_cast<std::size_t>(value);
  GONGKAI_CHECK(index < N);  // the tables list every enumerator in declaration order
  return table[index];
}

template <typename Enum, std::size_t N>
std::optional<Enum> Find(const std::array<std::string_view, N>& table, std::string_view code) {
  for (std::size_t i = 0; i < N; ++i) {
    if (table[i] == code) {
      return static_cast<Enum>(i);
    }
  }
  return std::nullopt;
}

}  // namespace

std::string_view ReviewKindCode(ReviewKind kind) {
  return Lookup(kKindCodes, kind);
}

std::string_view ReviewKindLabel(ReviewKind kind) {
  return Lookup(kKindLabels, kind);
}

std::optional<ReviewKind> ReviewKindFromCode(std::string_view code) {
  return Find<ReviewKind>(kKindCodes, code);
}

std::string_view ReviewResultCode(ReviewResult result) {
  return Lookup(kResultCodes, result);
}

std::string_view ReviewResultLabel(ReviewResult result) {
  return Lookup(kResultLabels, result);
}

std::optional<ReviewResult> ReviewResultFromCode(std::string_view code) {
  return Find<ReviewResult>(kResultCodes, code);
}

}  // namespace gongkai::domain
