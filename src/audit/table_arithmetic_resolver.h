// The whole table's arithmetic for fused runs the row alone could not split (report-json.md):
// in the request table of section 三, per column 新收 + 上年结转 = （七）总计 + 结转下年度 and
// （七）总计 = the sum of the outcome rows. Rows left with several splits are assigned together,
// and only when exactly one assignment of all of them satisfies every rule.
#pragma once

#include "audit/request_table_parser.h"

namespace gongkai::audit {

// For the rows of `result` that carry candidates (several splits, cells null): tries every
// combination of their candidates (at most 20,000) against the rules above, with the other rows'
// cells as read. Exactly one passing combination fills those rows, each with a cells.split_run
// warning naming the table's rules instead of its cells.fused_run finding; none or several leave
// them as they are. Nothing happens when a row a rule needs is missing or incomplete. Pure.
void ResolveByTableArithmetic(RequestTableResult& result);

}  // namespace gongkai::audit
