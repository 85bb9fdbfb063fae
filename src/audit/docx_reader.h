// Word (.docx) reports: the main document part of the Office Open XML package.
#pragma once

#include <cstddef>
#include <string_view>

#include "audit/document.h"
#include "core/result.h"

namespace gongkai::audit {

// Opens the ZIP package in `bytes`, reads the main document part (word/document.xml, or the
// target of the officeDocument relationship) and turns its body into lines: each paragraph
// becomes kText lines (one per line break it holds); each row of a data table (<w:tbl>) becomes a
// kTableRow line, a merged cell appearing once with colspan from <w:gridSpan> and rowspan from
// <w:vMerge>. Tables holding tables, or with a single cell, are page layout: their cells are read
// as paragraphs. Text boxes are read after their paragraph; deleted text and field codes are
// skipped; headers, footers and notes are not read.
// Errors: kInvalidArgument when the ZIP is damaged or truncated, the package is not a Word
// document (naming Excel, PowerPoint, OpenDocument or OFD packages), the part is encrypted, is
// not well-formed XML, or inflates beyond `max_part_bytes` (a zip bomb). Thread-safe.
core::Result<Document> ReadDocxDocument(std::string_view bytes, std::size_t max_part_bytes);

}  // namespace gongkai::audit
