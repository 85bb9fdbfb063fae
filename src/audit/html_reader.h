// HTML reports: the page as agencies publish it on their sites, tables included.
#pragma once

#include <string_view>

#include "audit/document.h"
#include "core/result.h"

namespace gongkai::audit {

// Decodes `bytes` (charset from a byte-order mark, the page's <meta>, else detected; see
// DecodeToUtf8) and turns the page into lines (see HtmlLineBuilder): blocks of running text
// become kText lines of one cell; rows of data tables become kTableRow lines with colspan and
// rowspan. Malformed markup never fails: it is read the way browsers read it.
// Errors: kInvalidArgument when the text cannot be decoded. Thread-safe; linear time.
core::Result<Document> ReadHtmlDocument(std::string_view bytes);

}  // namespace gongkai::audit
