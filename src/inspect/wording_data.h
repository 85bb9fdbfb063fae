// The text of data/inspect/wording.tsv, built into the program (wording_data.cc is generated).
#pragma once

#include <string_view>

namespace gongkai::inspect {

// The shipped wording list, verbatim.
std::string_view BuiltinWordingTsv();

}  // namespace gongkai::inspect
