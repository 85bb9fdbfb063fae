#include "inspect/page_scan.h"

#include <optional>
#include <set>

#include "audit/ascii_text.h"
#include "audit/html_text.h"
#include "audit/html_tokenizer.h"

namespace gongkai::inspect {
namespace {

using audit::HtmlToken;

std::string Decoded(std::string_view raw) {
  std::string out;
  audit::AppendHtmlText(out, raw, audit::HtmlWhitespace::kCollapse);
  const std::size_t first = out.find_first_not_of(' ');
  if (first == std::string::npos) {
    return "";
  }
  return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

bool IsBlockTag(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "p",  "div", "br", "li",     "tr",     "h1",    "h2",      "h3",
      "h4", "h5",  "h6", "ul",     "ol",     "table", "section", "article",
      "dd", "dt",  "hr", "header", "footer", "nav",   "form",    "option"};
  for (const std::string_view block : kBlocks) {
    if (name == block) {
      return true;
    }
  }
  return false;
}

// The <title> content: the tokenizer skips raw-text elements, so it is read from the source.
std::string FindTitle(std::string_view html) {
  const std::string head = audit::LowerAscii(html.substr(0, 64 * 1024));
  const std::size_t open = head.find("<title");
  if (open == std::string::npos) {
    return "";
  }
  const std::size_t start = head.find('>', open);
  const std::size_t close = head.find("</title", open);
  if (start == std::string::npos || close == std::string::npos || close < start) {
    return "";
  }
  return Decoded(html.substr(start + 1, close - start - 1));
}

class Scanner {
 public:
  PageScan Run(std::string_view html) {
    scan_.title = FindTitle(html);
    audit::HtmlTokenizer tokenizer(html);
    while (const HtmlToken* token = tokenizer.Next()) {
      switch (token->kind) {
        case HtmlToken::Kind::kText:
          OnText(token->text);
          break;
        case HtmlToken::Kind::kStartTag:
          OnStartTag(*token);
          break;
        case HtmlToken::Kind::kEndTag:
          OnEndTag(token->name);
          break;
      }
    }
    CloseAnchor();
    for (const std::string& field : fields_) {
      if (field.front() == '\x01') {
        scan_.unlabeled_fields.push_back(field.substr(1));
      } else if (labelled_ids_.count(field) == 0) {
        scan_.unlabeled_fields.push_back(field);
      }
    }
    return std::move(scan_);
  }

 private:
  void OnText(std::string_view raw) {
    audit::AppendHtmlText(scan_.text, raw, audit::HtmlWhitespace::kCollapse);
    if (anchor_.has_value()) {
      audit::AppendHtmlText(anchor_->text, raw, audit::HtmlWhitespace::kCollapse);
    }
  }

  void AddLink(PageLink::Kind kind, std::optional<std::string_view> href) {
    if (!href.has_value()) {
      return;
    }
    if (scan_.links.size() >= kMaxLinksPerPage) {
      scan_.links_truncated = true;
      return;
    }
    scan_.links.push_back({kind, Decoded(*href), ""});
  }

  void OnStartTag(const HtmlToken& token) {
    const std::string_view name = token.name;
    if (!scan_.text.empty() && scan_.text.back() != '\n') {
      // Table cells stay on their row's line: a message list reads one message per line.
      if (IsBlockTag(name)) {
        scan_.text += '\n';
      } else if (name == "td" || name == "th") {
        scan_.text += ' ';
      }
    }
    if (name == "a" || name == "area") {
      CloseAnchor();
      if (const auto href = token.Attribute("href")) {
        anchor_ = PageLink{PageLink::Kind::kPage, Decoded(*href), ""};
      }
    } else if (name == "frame" || name == "iframe") {
      AddLink(PageLink::Kind::kPage, token.Attribute("src"));
    } else if (name == "img") {
      OnImage(token);
    } else if (name == "script") {
      AddLink(PageLink::Kind::kResource, token.Attribute("src"));
    } else if (name == "link") {
      AddLink(PageLink::Kind::kResource, token.Attribute("href"));
    } else if (name == "html") {
      scan_.lang = Decoded(token.Attribute("lang").value_or(""));
    } else if (name == "meta") {
      OnMeta(token);
    } else if (name == "label") {
      OnLabel(token);
    } else if (name == "input" || name == "select" || name == "textarea") {
      OnField(token);
    }
  }

  void OnEndTag(std::string_view name) {
    if (name == "a" || name == "area") {
      CloseAnchor();
    } else if (name == "label") {
      inside_label_ = false;
    }
  }

  void OnImage(const HtmlToken& token) {
    const std::optional<std::string_view> alt = token.Attribute("alt");
    const std::string src = Decoded(token.Attribute("src").value_or(""));
    if (!alt.has_value()) {
      scan_.images_without_alt.push_back(src);
    } else if (anchor_.has_value()) {
      anchor_->text += Decoded(*alt);
    }
    AddLink(PageLink::Kind::kResource, token.Attribute("src"));
  }

  void OnMeta(const HtmlToken& token) {
    const std::string name = audit::LowerAscii(token.Attribute("name").value_or(""));
    const std::string content = Decoded(token.Attribute("content").value_or(""));
    if (name == "pubdate" || name == "publishdate" || name == "firstpublishedtime") {
      scan_.pub_date = content;
    } else if (name == "columnname") {
      scan_.column_name = content;
    }
  }

  void OnLabel(const HtmlToken& token) {
    inside_label_ = true;
    if (const auto target = token.Attribute("for")) {
      labelled_ids_.insert(std::string(*target));
    }
  }

  // A field is labelled by an enclosing <label>, a <label for=id>, aria-label(ledby) or title.
  void OnField(const HtmlToken& token) {
    const std::string type = audit::LowerAscii(token.Attribute("type").value_or("text"));
    if (type == "hidden" || type == "submit" || type == "button" || type == "image" ||
        type == "reset" || inside_label_ || token.Attribute("aria-label") ||
        token.Attribute("aria-labelledby") || token.Attribute("title")) {
      return;
    }
    const auto id = token.Attribute("id");
    const std::string name(token.Attribute("name").value_or(token.name));
    fields_.push_back(id.has_value() ? std::string(*id) : "\x01" + name);
  }

  void CloseAnchor() {
    if (!anchor_.has_value()) {
      return;
    }
    anchor_->text = Decoded(anchor_->text);
    if (scan_.links.size() < kMaxLinksPerPage) {
      scan_.links.push_back(std::move(*anchor_));
    } else {
      scan_.links_truncated = true;
    }
    anchor_.reset();
  }

  PageScan scan_;
  std::optional<PageLink> anchor_;
  bool inside_label_ = false;
  std::set<std::string> labelled_ids_;
  std::vector<std::string> fields_;  // ids, or "\x01name" for fields without an id
};

}  // namespace

PageScan ScanPage(std::string_view html) {
  return Scanner().Run(html);
}

}  // namespace gongkai::inspect
