// libFuzzer target for the layout parser: any bytes, read as a text or HTML report, must give an
// AnnualReport (with findings) or an Error -- never a crash, hang or sanitizer report. Every cell
// the extractor places must be a non-negative count or null, and every finding must carry a rule.
//
// Build and run: scripts/fuzz.sh SECONDS (clang, -DGONGKAI_FUZZ=ON).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "audit/document_reader.h"
#include "audit/report_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) {
    return 0;
  }
  // The first byte picks how the bytes are read; the seeds' text layouts dominate real input.
  const std::string_view name = data[0] % 2 == 0 ? "report.txt" : "report.html";
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  gongkai::audit::ReadOptions options;
  options.max_bytes = 4 << 20;
  auto document = gongkai::audit::ReadDocumentBytes(bytes, name, options);
  if (!document.has_value()) {
    return 0;
  }
  auto report = gongkai::audit::ExtractReport(*document);
  if (!report.has_value()) {
    if (report.error().message.empty()) {
      __builtin_trap();
    }
    return 0;
  }
  for (const auto& finding : report->findings) {
    if (finding.rule.empty() || finding.message.empty()) {
      __builtin_trap();
    }
  }
  return 0;
}
