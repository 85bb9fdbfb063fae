// Cleaning the text of one Document cell. Every reader funnels its cell text through here so that
// the layout parser sees the same conventions whatever the source format.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/document.h"

namespace gongkai::audit {

// Returns `raw` cleaned for a TextCell: ill-formed UTF-8 becomes U+FFFD; control characters,
// U+FEFF and U+200B are dropped; every run of horizontal white space (ASCII blanks, tab, CR,
// NBSP, U+2000-U+200A, U+202F, U+205F, U+3000) becomes one ASCII space; '\n' marks a line break
// inside the cell (white space around it and repeated breaks collapse to one '\n'); the result is
// trimmed. Full-width punctuation and all other characters are kept as they are. Thread-safe.
std::string CleanCellText(std::string_view raw);

// True when `text` holds only characters CleanCellText copies unchanged (no white space, control
// or invisible characters, no ill-formed UTF-8), so that CleanCellText(text) == text.
bool IsCleanCellText(std::string_view text);

// The same as CleanCellText and IsCleanCellText for text known to be
// well-formed UTF-8 (decoded by DecodeToUtf8, or pieces of such text cut at character
// boundaries), which they do not check again. Undefined for ill-formed text.
std::string ValidUtf8CleanCellText(std::string_view valid_utf8);
bool ValidUtf8IsCleanCellText(std::string_view valid_utf8);

// The end of the run of characters, from byte `from` of well-formed UTF-8 `valid_utf8`, that
// CleanCellText copies unchanged, '|' excepted: the position of the first other character, or
// valid_utf8.size(). Adds the run's characters to `characters`. For a reader that cuts a text
// into lines and finds its plain lines in the same pass.
std::size_t ValidUtf8CleanRunEnd(std::string_view valid_utf8, std::size_t from,
                                 std::size_t& characters);

// The same for text not known to be well-formed: the run also ends at an ill-formed sequence.
std::size_t CleanRunEnd(std::string_view text, std::size_t from, std::size_t& characters);

// Cleans `raw` as above and appends one kText line of one cell per line of the result; blank
// input appends nothing. For readers whose blocks of running text may hold line breaks.
void AppendTextLines(std::string_view raw, std::vector<TextLine>& out);

}  // namespace gongkai::audit
