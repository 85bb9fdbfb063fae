// Splitting text into lines without copying: the one loop the robots.txt parser, the wording
// list and the message reader share.
#pragma once

#include <string_view>
#include <vector>

namespace gongkai::inspect {

// The lines of `text`, split at '\n' (a final empty line is not returned). Views into `text`.
std::vector<std::string_view> SplitLines(std::string_view text);

}  // namespace gongkai::inspect
