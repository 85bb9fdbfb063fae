// libFuzzer target for the document readers: whatever the bytes, each reader must return a
// Document of valid UTF-8 cells or an Error -- never crash, hang, leak or trip a sanitizer.
//
// The first input byte picks the file name handed to ReadDocumentBytes and the reader that is
// also called directly (bypassing format sniffing); the rest is the file.
//
// Build (clang only; the audit library gets coverage and ASan/UBSan instrumentation):
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DGONGKAI_FUZZ=ON \
//         -DBUILD_TESTING=OFF -DGONGKAI_BENCH=OFF
//   ninja -C build-fuzz fuzz_document_reader
// Seed corpus from the shared reports and seeds (made at run time, never committed):
//   fuzz/make_corpus.sh "$GONGKAI_SHARED_DIR" build-fuzz/corpus [build/variants]
// Run for a bounded time (new findings go to build-fuzz/corpus, crashes to ./crash-*):
//   build-fuzz/fuzz/fuzz_document_reader -max_total_time=60 -timeout=10 -rss_limit_mb=2048 \
//       build-fuzz/corpus
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "audit/document_reader.h"
#include "audit/docx_reader.h"
#include "audit/encoding.h"
#include "audit/html_reader.h"
#include "audit/pdf_reader.h"
#include "audit/text_reader.h"

namespace {

using gongkai::audit::Document;
using gongkai::core::Result;

constexpr std::size_t kMaxBytes = 8 << 20;

// Breaks the contract of TextCell or TextLine: abort so that libFuzzer records the input.
void CheckDocument(const Result<Document>& document) {
  if (!document.has_value()) {
    if (document.error().message.empty()) {
      __builtin_trap();
    }
    return;
  }
  for (const gongkai::audit::TextLine& line : document->lines) {
    for (const gongkai::audit::TextCell& cell : line.cells) {
      if (gongkai::audit::FindInvalidUtf8(cell.text).has_value() || cell.colspan < 1 ||
          cell.rowspan < 1) {
        __builtin_trap();
      }
    }
  }
}

Result<Document> ReadDirectly(std::uint8_t selector, std::string_view bytes) {
  switch (selector % 4) {
    case 0:
      return gongkai::audit::ReadTextDocument(bytes);
    case 1:
      return gongkai::audit::ReadHtmlDocument(bytes);
    case 2:
      return gongkai::audit::ReadPdfDocument(bytes);
    default:
      return gongkai::audit::ReadDocxDocument(bytes, kMaxBytes);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) {
    return 0;
  }
  static constexpr std::string_view kNames[] = {"report.txt", "report.html", "report.pdf",
                                                "report.docx", "report"};
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  gongkai::audit::ReadOptions options;
  options.max_bytes = kMaxBytes;
  CheckDocument(gongkai::audit::ReadDocumentBytes(bytes, kNames[data[0] % 5], options));
  CheckDocument(ReadDirectly(data[0], bytes));
  return 0;
}
