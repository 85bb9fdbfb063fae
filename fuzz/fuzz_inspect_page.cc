// libFuzzer target for what the inspector reads from untrusted pages: the page scan (links,
// text, meta tags, form fields), URL resolution of every href against a base, date reading and
// the column and message readers. Whatever the bytes, nothing may crash, hang or leak, and every
// resolved URL must parse again to itself.
//
// Build and run like fuzz_document_reader.cc:
//   ninja -C build-fuzz fuzz_inspect_page
//   build-fuzz/fuzz/fuzz_inspect_page -max_total_time=30 -timeout=10 build-fuzz/corpus
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "audit/encoding.h"
#include "inspect/columns.h"
#include "inspect/dates.h"
#include "inspect/page_scan.h"
#include "inspect/url.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gongkai::inspect;  // NOLINT(google-build-using-namespace): fuzz entry point
  const std::string html =
      gongkai::audit::SanitizeUtf8({reinterpret_cast<const char*>(data), size});
  const PageScan scan = ScanPage(html);
  const Url base = *ParseUrl("http://www.example.gov.cn/a/b/index.html?x=1");
  for (const PageLink& link : scan.links) {
    if (const auto url = ResolveUrl(base, link.href)) {
      const auto again = ParseUrl(url->ToString());
      if (!again || again->ToString() != url->ToString()) {
        std::abort();  // canonical form must be a fixed point
      }
    }
  }
  (void)FindDates(scan.text);
  (void)ObserveColumn("http://www.example.gov.cn/tzgg/", scan);
  (void)ObserveMessages("http://www.example.gov.cn/ly/", scan);
  return 0;
}
