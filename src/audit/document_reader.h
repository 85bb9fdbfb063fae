// Reading published reports of every supported format into a Document.
#pragma once

#include <string>
#include <string_view>

#include "audit/document.h"
#include "core/result.h"

namespace gongkai::audit {

struct ReadOptions {
  // Files larger than this are refused with kInvalidArgument (a report is a few MB at most).
  std::size_t max_bytes = std::size_t{200} * 1024 * 1024;
};

// Reads `path`, choosing the format by extension (.txt, .html/.htm, .pdf, .docx; anything else is
// sniffed from the content). Errors: kNotFound (no such file), kInvalidArgument (unreadable,
// truncated, wrong format, undecodable encoding; the message says what and where, in Chinese).
// Thread-safe: no shared state.
core::Result<Document> ReadDocumentFile(const std::string& path, const ReadOptions& options = {});

// Same, from bytes already in memory; `name_hint` (a file name) guides format detection.
core::Result<Document> ReadDocumentBytes(std::string_view bytes, std::string_view name_hint,
                                         const ReadOptions& options = {});

}  // namespace gongkai::audit
