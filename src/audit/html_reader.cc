#include "audit/html_reader.h"

#include <utility>

#include "audit/declared_charset.h"
#include "audit/encoding.h"
#include "audit/html_line_builder.h"
#include "audit/html_tokenizer.h"

namespace gongkai::audit {

core::Result<Document> ReadHtmlDocument(std::string_view bytes) {
  const std::optional<std::string> declared = FindDeclaredCharset(bytes);
  GONGKAI_ASSIGN_OR_RETURN(
      DecodedText decoded,
      DecodeToUtf8(
          bytes, declared.has_value() ? std::optional<std::string_view>(*declared) : std::nullopt));
  Document document;
  document.format = SourceFormat::kHtml;
  document.detected_encoding = decoded.encoding;
  document.warnings = std::move(decoded.warnings);
  HtmlTokenizer tokenizer(decoded.text());
  HtmlLineBuilder builder(document.lines, document.arena.get());
  while (const HtmlToken* token = tokenizer.Next()) {
    builder.Add(*token);
  }
  builder.Finish();
  return document;
}

}  // namespace gongkai::audit
