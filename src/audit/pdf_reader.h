// PDF reports (the usual published form): the text layer of every page, rebuilt into visual
// lines by LayOutPdfPage so that table rows keep their cells together and in order.
#pragma once

#include <string_view>

#include "audit/document.h"
#include "core/result.h"

namespace gongkai::audit {

// Reads the text boxes of every page of the PDF in `bytes` with poppler and lays each page out
// (see LayOutPdfPage); each page's lines are followed by one kPageBreak line. Pages without text
// add a warning. poppler's own diagnostics are silenced (they would go to stderr).
// Errors: kInvalidArgument when the file is cut short (no %%EOF near the end), damaged, protected
// by an open password, or has no text layer at all (a scan); kInternal if poppler fails
// unexpectedly. Thread-safe; `bytes` is only borrowed during the call.
core::Result<Document> ReadPdfDocument(std::string_view bytes);

}  // namespace gongkai::audit
