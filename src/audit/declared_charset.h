// Finding the charset an HTML page declares for itself.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::audit {

// The charset an HTML page declares in its first bytes (`<meta charset=...>` or
// `<meta http-equiv="Content-Type" content="...; charset=...">`) or an XML declaration
// (`<?xml ... encoding="..."?>`), lower-cased; nullopt when none. Only the first 4 KiB are read.
std::optional<std::string> FindDeclaredCharset(std::string_view head);

}  // namespace gongkai::audit
