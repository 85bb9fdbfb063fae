#include "audit/html_tokenizer.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "audit/ascii_text.h"

namespace gongkai::audit {
namespace {

// Attributes beyond this many on one tag are dropped; no report needs them.
constexpr std::size_t kMaxAttributes = 64;

// Elements whose content is not markup; "plaintext" runs to the end of the file.
constexpr std::array<std::string_view, 10> kRawTextElements = {
    "script", "style", "title",   "textarea", "noscript",
    "iframe", "xmp",   "noembed", "noframes", "plaintext"};

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Byte classes for the name scans: one table load per byte instead of five comparisons.
constexpr std::uint8_t kEndsTagName = 1;        // white space, '/', '>'
constexpr std::uint8_t kEndsAttributeName = 2;  // the same and '='
constexpr std::uint8_t kUpperCase = 4;          // 'A'-'Z'

constexpr std::array<std::uint8_t, 256> MakeByteClasses() {
  std::array<std::uint8_t, 256> classes{};
  for (const char c : {' ', '\t', '\n', '\f', '\r', '/', '>'}) {
    classes[static_cast<unsigned char>(c)] = kEndsTagName | kEndsAttributeName;
  }
  classes['='] = kEndsAttributeName;
  for (char c = 'A'; c <= 'Z'; ++c) {
    classes[static_cast<unsigned char>(c)] = kUpperCase;
  }
  return classes;
}

constexpr std::array<std::uint8_t, 256> kByteClasses = MakeByteClasses();

std::uint8_t ClassOf(char c) {
  return kByteClasses[static_cast<unsigned char>(c)];
}

struct TagNameScan {
  std::size_t end;  // where the name ends: white space, '/', '>' or the end of the input
  bool upper_case;  // the name has upper-case letters
};

// Finds the end of the tag name that starts at `begin`. Kept apart from the lower-casing so that
// this scan, run for every tag, inlines into its callers.
TagNameScan ScanTagName(std::string_view html, std::size_t begin) {
  std::size_t end = begin;
  std::uint8_t seen = 0;
  for (; end < html.size(); ++end) {
    const std::uint8_t byte_class = ClassOf(html[end]);
    if ((byte_class & kEndsTagName) != 0) {
      break;
    }
    seen |= byte_class;
  }
  return {end, (seen & kUpperCase) != 0};
}

}  // namespace

std::optional<std::string_view> HtmlToken::Attribute(std::string_view attribute_name) const {
  for (const HtmlAttribute& attribute : attributes) {
    if (EqualsIgnoringAsciiCase(attribute.name, attribute_name)) {
      return attribute.value;
    }
  }
  return std::nullopt;
}

const HtmlToken* HtmlTokenizer::Next() {
  while (position_ < html_.size()) {
    std::size_t text_search = position_;
    if (html_[position_] == '<') {
      // The common cases first, read without another call: a start tag, an end tag.
      const std::size_t left = html_.size() - position_;
      if (left >= 2 && IsAsciiLetter(html_[position_ + 1])) {
        ReadStartTag();
        if (token_.kind == HtmlToken::Kind::kStartTag) {
          return &token_;
        }
        continue;  // the file ended inside the tag
      }
      if (left >= 3 && html_[position_ + 1] == '/' && IsAsciiLetter(html_[position_ + 2])) {
        ReadEndTag();
        return &token_;
      }
      const std::size_t before = position_;
      if (ReadOtherMarkup()) {
        return &token_;
      }
      if (position_ != before) {
        continue;  // a comment, doctype or processing instruction
      }
      text_search = position_ + 1;  // a '<' that starts no markup is text
    }
    const std::size_t end = std::min(html_.find('<', text_search), html_.size());
    token_.kind = HtmlToken::Kind::kText;
    token_.text = html_.substr(position_, end - position_);
    position_ = end;
    return &token_;
  }
  return nullptr;
}

bool HtmlTokenizer::ReadOtherMarkup() {
  const std::string_view rest = html_.substr(position_);
  if (rest.starts_with("<!--")) {
    // "<!-->" and "<!--->" are complete (empty) comments.
    if (rest.starts_with("<!-->")) {
      position_ += 5;
    } else if (rest.starts_with("<!--->")) {
      position_ += 6;
    } else {
      position_ += 4;
      SkipPast("-->");
    }
    return false;
  }
  if (rest.starts_with("<![CDATA[")) {
    const std::size_t end = std::min(rest.find("]]>"), rest.size());
    token_.kind = HtmlToken::Kind::kText;
    token_.text = rest.substr(9, end > 9 ? end - 9 : 0);
    position_ += std::min(end + 3, rest.size());
    return true;
  }
  if (rest.starts_with("<!") || rest.starts_with("<?") ||
      (rest.starts_with("</") && (rest.size() < 3 || !IsAsciiLetter(rest[2])))) {
    SkipPast(">");
    return false;
  }
  return false;
}

// Sets token_.name to the tag name `name`, lower-cased. A name written in lower case, as nearly
// all are, is viewed in place rather than copied.
void HtmlTokenizer::SetTagName(std::string_view name, bool upper_case) {
  if (!upper_case) {
    token_.name = name;
    return;
  }
  AssignLowerAscii(name, lower_name_);
  token_.name = lower_name_;
}

void HtmlTokenizer::ReadStartTag() {
  token_.kind = HtmlToken::Kind::kStartTag;
  token_.attributes.clear();
  token_.self_closing = false;
  const TagNameScan scan = ScanTagName(html_, position_ + 1);
  SetTagName(html_.substr(position_ + 1, scan.end - position_ - 1), scan.upper_case);
  position_ = scan.end;
  if (position_ < html_.size() && html_[position_] == '>') {
    ++position_;  // "<td>": no attributes to read
  } else {
    ReadAttributes();
    if (position_ > html_.size()) {
      // The file ended inside the tag: browsers drop such a tag.
      position_ = html_.size();
      token_.kind = HtmlToken::Kind::kText;
      token_.text = {};
      return;
    }
  }
  // Every raw-text element's name has 3 to 9 letters: "td", "tr", "p" skip the search.
  if (token_.name.size() >= 3 && token_.name.size() <= 9 &&
      std::find(kRawTextElements.begin(), kRawTextElements.end(), token_.name) !=
          kRawTextElements.end()) {
    SkipRawText(token_.name);
  }
}

void HtmlTokenizer::ReadEndTag() {
  token_.kind = HtmlToken::Kind::kEndTag;
  token_.attributes.clear();
  token_.self_closing = false;
  const TagNameScan scan = ScanTagName(html_, position_ + 2);
  SetTagName(html_.substr(position_ + 2, scan.end - position_ - 2), scan.upper_case);
  const std::size_t end = scan.end;
  if (end < html_.size() && html_[end] == '>') {
    position_ = end + 1;  // "</td>": no search for the '>'
    return;
  }
  const std::size_t close = html_.find('>', end);
  position_ = close == std::string_view::npos ? html_.size() : close + 1;
}

// Reads attributes up to and including the closing '>'. Leaves position_ past the end of the
// input when the file ends inside the tag.
void HtmlTokenizer::ReadAttributes() {
  while (true) {
    while (position_ < html_.size() && IsSpace(html_[position_])) {
      ++position_;
    }
    if (position_ >= html_.size()) {
      position_ = html_.size() + 1;
      return;
    }
    if (html_[position_] == '>') {
      ++position_;
      return;
    }
    if (html_[position_] == '/') {
      token_.self_closing = position_ + 1 < html_.size() && html_[position_ + 1] == '>';
      position_ += token_.self_closing ? 2 : 1;
      if (token_.self_closing) {
        return;
      }
      continue;
    }
    const std::size_t name_begin = position_++;
    while (position_ < html_.size() && (ClassOf(html_[position_]) & kEndsAttributeName) == 0) {
      ++position_;
    }
    HtmlAttribute attribute{html_.substr(name_begin, position_ - name_begin), {}};
    while (position_ < html_.size() && IsSpace(html_[position_])) {
      ++position_;
    }
    if (position_ < html_.size() && html_[position_] == '=') {
      ++position_;
      while (position_ < html_.size() && IsSpace(html_[position_])) {
        ++position_;
      }
      if (position_ < html_.size() && (html_[position_] == '"' || html_[position_] == '\'')) {
        const char quote = html_[position_++];
        const std::size_t close = std::min(html_.find(quote, position_), html_.size());
        attribute.value = html_.substr(position_, close - position_);
        position_ = close + 1;
      } else {
        const std::size_t value_begin = position_;
        while (position_ < html_.size() && !IsSpace(html_[position_]) && html_[position_] != '>') {
          ++position_;
        }
        attribute.value = html_.substr(value_begin, position_ - value_begin);
      }
    }
    if (token_.attributes.size() < kMaxAttributes) {
      token_.attributes.push_back(attribute);
    }
  }
}

void HtmlTokenizer::SkipRawText(std::string_view element) {
  if (element == "plaintext") {
    position_ = html_.size();
    return;
  }
  for (std::size_t close = html_.find("</", position_); close != std::string_view::npos;
       close = html_.find("</", close + 2)) {
    const std::string_view after = html_.substr(close + 2);
    if (StartsWithIgnoringAsciiCase(after, element) &&
        (after.size() == element.size() || IsSpace(after[element.size()]) ||
         after[element.size()] == '/' || after[element.size()] == '>')) {
      position_ = close;
      return;
    }
  }
  position_ = html_.size();
}

void HtmlTokenizer::SkipPast(std::string_view terminator) {
  const std::size_t found = html_.find(terminator, position_);
  position_ = found == std::string_view::npos ? html_.size() : found + terminator.size();
}

}  // namespace gongkai::audit
