// One pass over a decoded HTML page collecting what the inspection needs: its links with their
// anchor text, its visible text, title, language, meta tags and accessibility gaps. Built on the
// auditor's linear-time tokenizer, so hostile markup costs linear time and no tree.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::inspect {

struct PageLink {
  enum class Kind { kPage, kResource };  // a/area/frame/iframe vs img/script/link
  Kind kind = Kind::kPage;
  std::string href;  // as written, character references decoded
  std::string text;  // anchor text (or alt text of an image link), white space collapsed
};

struct PageScan {
  std::string title;                            // empty when there is no <title> or it is blank
  std::string lang;                             // the <html lang> attribute, empty when absent
  std::vector<PageLink> links;                  // in document order, at most kMaxLinksPerPage
  std::string text;                             // visible text, blocks separated by '\n'
  std::vector<std::string> images_without_alt;  // src of <img> without an alt attribute
  std::vector<std::string> unlabeled_fields;    // name (or type) of unlabeled form fields
  std::string pub_date;          // <meta name="PubDate"> (or "pubdate", "publishdate")
  std::string column_name;       // <meta name="ColumnName">
  bool links_truncated = false;  // more than kMaxLinksPerPage links: the rest were dropped
};

// Links kept per page: link farms and generated calendars can put 100,000 on one page.
constexpr std::size_t kMaxLinksPerPage = 5000;

// Scans `html` (UTF-8). Never fails: malformed markup degrades as the tokenizer does.
PageScan ScanPage(std::string_view html);

}  // namespace gongkai::inspect
