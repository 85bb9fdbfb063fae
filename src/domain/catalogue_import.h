// Reading an existing catalogue into CatalogueItem records (issue 11 item 4): JSON lines, one
// object per item, and CSV with the same columns (index_no, title, doc_no, agency, written_on,
// published_on, category, genre, keywords, summary, validity, body, url). Legacy data is
// incomplete, so only title or body is required. All or nothing: every bad row is reported and
// callers store the items only when there is no error.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/catalogue_item.h"

namespace gongkai::domain {

struct ImportRowError {
  size_t row = 0;       // 1-based line (JSONL) or record (CSV, the header being record 1)
  std::string message;  // Chinese, safe to show
};

struct CatalogueImport {
  std::vector<CatalogueItem> items;
  std::vector<ImportRowError> errors;  // empty: the import may be stored
};

// Blank lines are skipped. Row errors: not a JSON object, a field of the wrong type, neither
// title nor body, a date not YYYY-MM-DD, an unknown validity, a 索引号 seen on an earlier row.
CatalogueImport ParseCatalogueJsonl(std::string_view text);

// RFC 4180 CSV (quoted fields may hold commas, quotes and newlines), a header row naming the
// columns in any order (unknown columns ignored), an optional UTF-8 BOM. Row errors as above,
// plus a row with more fields than the header; a header without title and body is one error.
CatalogueImport ParseCatalogueCsv(std::string_view text);

}  // namespace gongkai::domain
