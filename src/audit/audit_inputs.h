// The files an audit command line names: files as given, and every report-like file below each
// directory, in a deterministic order.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace gongkai::audit {

struct AuditInputs {
  std::vector<std::string> files;
  bool has_directory = false;  // at least one argument was a directory (batch mode)
};

// True for the extensions a directory scan picks up: .txt .htm .html .pdf .docx (any case).
bool IsAuditableFileName(std::string_view file_name);

// Expands `args` in order. A directory contributes every regular file below it (recursively; the
// subdirectories it may not read are skipped) with an auditable extension, sorted by path. Any
// other argument is kept as given, so that a missing file is reported as unreadable by the audit.
// Errors: kInvalidArgument when a directory cannot be listed (the message names it).
core::Result<AuditInputs> CollectAuditInputs(std::span<const std::string> args);

}  // namespace gongkai::audit
