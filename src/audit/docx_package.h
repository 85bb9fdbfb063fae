// Access to the Office Open XML package (a ZIP archive) of a .docx file, with the limits that
// keep a hostile archive (a zip bomb, a damaged central directory) from hurting the auditor.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"

namespace gongkai::audit {

// Returns the bytes of the package's main document part: word/document.xml, or the target of the
// officeDocument relationship in _rels/.rels. `bytes` is only borrowed during the call.
// Errors (kInvalidArgument, Chinese message): damaged or truncated ZIP; no Word document in it
// (an Excel, PowerPoint, OpenDocument or OFD package is named as such); encrypted entry; a part
// that inflates beyond `max_part_bytes` or fails its checksum. Thread-safe.
core::Result<std::string> ReadDocxMainPart(std::string_view bytes, std::size_t max_part_bytes);

}  // namespace gongkai::audit
