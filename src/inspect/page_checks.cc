#include "inspect/page_checks.h"

#include <array>

#include "audit/ascii_text.h"
#include "inspect/url.h"

namespace gongkai::inspect {
namespace {

constexpr std::size_t kMaxTraditionalHitsPerPage = 10;

bool IsTraditionalPage(std::string_view lang) {
  const std::string lower = audit::LowerAscii(lang);
  return lower.find("hant") != std::string::npos || lower.find("tw") != std::string::npos ||
         lower.find("hk") != std::string::npos || lower.find("mo") != std::string::npos;
}

// The value printed after `label` on its line ("索引号：11440100/2024-00012"), empty if none.
std::string_view ValueAfter(std::string_view text, std::string_view label) {
  const std::size_t at = text.find(label);
  if (at == std::string_view::npos) {
    return {};
  }
  std::string_view rest = text.substr(at + label.size());
  rest = rest.substr(0, rest.find('\n'));
  for (const std::string_view prefix : {"：", ":", " "}) {
    while (rest.starts_with(prefix)) {
      rest.remove_prefix(prefix.size());
    }
  }
  // The next label on the same line is not a value.
  for (const std::string_view next : {"发布机构", "发文日期", "成文日期", "索引号", "文号"}) {
    if (rest.starts_with(next)) {
      return {};
    }
  }
  return rest;
}

bool IsCatalogueUrl(const std::string& page) {
  const std::optional<Url> url = ParseUrl(page);
  if (!url.has_value()) {
    return false;
  }
  const bool in_catalogue = url->path.find("/xxgk/") != std::string::npos ||
                            url->path.find("/gkml/") != std::string::npos;
  const bool is_list = url->path.ends_with("/") || url->path.find("/index") != std::string::npos;
  return in_catalogue && !is_list;
}

}  // namespace

std::vector<Problem> CheckWording(const std::string& page, const PageScan& scan,
                                  const WordingList& wording, TraditionalDetector& traditional) {
  std::vector<Problem> problems;
  const std::string all_text = scan.title + "\n" + scan.text;
  for (const WordingHit& hit : wording.Find(all_text)) {
    const WordingEntry& entry = wording.entries()[hit.entry];
    const bool name = entry.kind == "name";
    problems.push_back(
        {name ? "wording-official-name" : "wording-misused", Severity::kDeduction, page,
         entry.wrong,
         "“" + hit.context + "”，应为“" + entry.right + "”（来源：" + entry.source + "）"});
  }
  if (IsTraditionalPage(scan.lang)) {
    return problems;
  }
  for (const TraditionalHit& hit : traditional.Find(all_text, kMaxTraditionalHitsPerPage)) {
    problems.push_back({"wording-traditional", Severity::kWarning, page, hit.character,
                        "简体页面中出现繁体字“" + hit.character + "”（简体为“" + hit.simplified +
                            "”）：“" + hit.context + "”"});
  }
  return problems;
}

std::vector<Problem> CheckCatalogueItem(const std::string& page, const PageScan& scan) {
  struct Field {
    std::string_view label;
    std::string_view alternative;
  };
  constexpr std::array<Field, 3> kFields = {
      {{"索引号", "索引号"}, {"发布机构", "发布单位"}, {"发文日期", "成文日期"}}};
  bool any_label = false;
  for (const Field& field : kFields) {
    any_label = any_label || scan.text.find(field.label) != std::string::npos;
  }
  if (!any_label && !IsCatalogueUrl(page)) {
    return {};
  }
  std::vector<Problem> problems;
  for (const Field& field : kFields) {
    if (ValueAfter(scan.text, field.label).empty() &&
        ValueAfter(scan.text, field.alternative).empty()) {
      problems.push_back({"catalogue-metadata", Severity::kDeduction, page,
                          std::string(field.label),
                          "公开目录条目缺少“" + std::string(field.label) + "”：" + scan.title});
    }
  }
  return problems;
}

std::vector<Problem> CheckAccessibility(const std::string& page, const PageScan& scan) {
  std::vector<Problem> problems;
  for (const std::string& src : scan.images_without_alt) {
    problems.push_back({"a11y-img-alt", Severity::kWarning, page, src, "图片缺少替代文本（alt）"});
  }
  if (scan.lang.empty()) {
    problems.push_back(
        {"a11y-lang", Severity::kWarning, page, "<html>", "页面未声明语言（lang 属性）"});
  }
  if (scan.title.empty()) {
    problems.push_back({"a11y-title", Severity::kWarning, page, "<title>", "页面没有标题"});
  }
  for (const std::string& field : scan.unlabeled_fields) {
    problems.push_back(
        {"a11y-field-label", Severity::kWarning, page, field, "表单字段没有标签（label）"});
  }
  return problems;
}

}  // namespace gongkai::inspect
