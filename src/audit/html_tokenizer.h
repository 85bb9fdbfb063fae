// A small, linear-time HTML tokenizer for pulling text and table structure out of published
// reports. It follows the HTML5 tokenizer where that matters for text (comments, doctypes, raw
// text elements such as <script>, attribute quoting) and builds no tree, so hostile nesting costs
// nothing: gumbo, tried first, went quadratic on 100k nested <div>s and overflowed the stack on
// 100k nested tables.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::audit {

struct HtmlAttribute {
  std::string_view name;   // as written: compare with EqualsIgnoringAsciiCase (ascii_text.h)
  std::string_view value;  // raw: quotes removed, character references not decoded
};

struct HtmlToken {
  enum class Kind { kText, kStartTag, kEndTag };
  Kind kind = Kind::kText;
  std::string_view text;                  // kText: raw text, character references not decoded
  std::string_view name;                  // tags: lower-cased name, e.g. "td", "o:p"
  std::vector<HtmlAttribute> attributes;  // start tags only
  bool self_closing = false;              // start tag written as <name ... />

  // The raw value of the first attribute named `attribute_name` (lower-case; the attribute's
  // own name is compared regardless of case), nullopt when absent.
  std::optional<std::string_view> Attribute(std::string_view attribute_name) const;
};

class HtmlTokenizer {
 public:
  // `html` must be UTF-8 (or any ASCII-compatible encoding) and outlive the tokenizer.
  explicit HtmlTokenizer(std::string_view html) : html_(html) {}

  // The next text or tag token, or nullptr at the end of the input. Comments, doctypes,
  // processing instructions and the content of raw-text elements (script, style, title,
  // textarea, noscript, iframe, xmp, noembed, noframes; plaintext runs to the end) are skipped;
  // CDATA sections come out as text. The token and the views in it stay valid until the next
  // call. Never fails: malformed markup degrades to text as browsers do. A tag name or
  // attribute name is not copied unless it has upper-case letters: it views the input.
  const HtmlToken* Next();

 private:
  // At a '<' that starts no tag: reads CDATA into token_ (true), or skips a comment, doctype or
  // processing instruction (false, position_ moved), or leaves a '<' that is text (false).
  bool ReadOtherMarkup();
  void SetTagName(std::string_view name, bool upper_case);
  void ReadStartTag();
  void ReadEndTag();
  void ReadAttributes();
  void SkipRawText(std::string_view element);
  void SkipPast(std::string_view terminator);

  std::string_view html_;
  std::size_t position_ = 0;
  HtmlToken token_;
  std::string lower_name_;  // the tag name when it was not written in lower case
};

}  // namespace gongkai::audit
