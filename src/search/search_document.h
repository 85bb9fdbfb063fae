// What the search engine knows of one catalogue item: the fields people search by, the facets they
// filter on and the validity that ranks 现行有效 above abolished versions. Import code (JSONL,
// CSV, the catalogue store) fills it; the engine never changes it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/catalogue_item.h"

namespace gongkai::search {

// The validity states of spec C8–C11, as the catalogue records them.
using Validity = domain::CatalogueValidity;

struct SearchDocument {
  std::string index_no;  // 索引号, the key returned in hits
  std::string title;
  std::string doc_no;                // 文号, e.g. 国办发〔2019〕19号
  std::string agency;                // 发布机构
  std::string category;              // 主题分类
  std::string genre;                 // 体裁 / 公文种类
  std::string keywords;              // 主题词
  std::string summary;               // 内容概述
  std::string body;                  // plain text
  std::string published_on;          // YYYY-MM-DD; the year filter reads its first four digits
  std::optional<Validity> validity;  // nullopt for items without one (most non-normative)
};

// The year of `published_on` when it starts with four digits.
std::optional<int> PublishedYear(const SearchDocument& document);

}  // namespace gongkai::search
