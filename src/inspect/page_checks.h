// The checks made on every page as it is crawled: wording (misused words, wrong official names,
// traditional characters on a simplified page), catalogue items without their metadata, and basic
// accessibility. Plain functions of the page's scan: no network, no state.
#pragma once

#include <string>
#include <vector>

#include "inspect/inspection.h"
#include "inspect/page_scan.h"
#include "inspect/traditional_chars.h"
#include "inspect/wording.h"

namespace gongkai::inspect {

// Problems with rule ids wording-misused, wording-official-name, wording-traditional.
std::vector<Problem> CheckWording(const std::string& page, const PageScan& scan,
                                  const WordingList& wording, TraditionalDetector& traditional);

// catalogue-metadata: a catalogue item (its URL under /xxgk/ or /gkml/, or a page that shows one
// of the labels) without a value for 索引号, 发布机构 or 发文日期 (成文日期 counts as 发文日期).
std::vector<Problem> CheckCatalogueItem(const std::string& page, const PageScan& scan);

// a11y-img-alt, a11y-lang, a11y-title, a11y-field-label.
std::vector<Problem> CheckAccessibility(const std::string& page, const PageScan& scan);

}  // namespace gongkai::inspect
