// Choosing the reader for a file from its content first and its name second: published reports
// are often saved under the wrong extension (a PDF named .txt, an HTML error page named .pdf).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "audit/document.h"
#include "core/result.h"

namespace gongkai::audit {

struct SniffedFormat {
  SourceFormat format = SourceFormat::kText;
  // Set when the extension of `name_hint` contradicts the content (Chinese, for the user).
  std::optional<std::string> warning;
};

// Decides the format of `bytes`: "%PDF-" in the first KiB means PDF; a ZIP local header means
// DOCX; text whose first KiB starts like markup (<!doctype html, <html, <table...) or whose name
// ends in .html/.htm/.shtml/.xhtml means HTML; other text is plain text.
// Errors: kInvalidArgument for content no reader handles, naming it when recognised (legacy
// .doc/.wps, images, archives) and otherwise giving the offset of the first binary byte.
// Pure and thread-safe.
core::Result<SniffedFormat> SniffFormat(std::string_view bytes, std::string_view name_hint);

}  // namespace gongkai::audit
