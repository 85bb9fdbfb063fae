// The page templates (web/templates/) and static assets (web/static/) compiled into the binary by
// embed_files.cmake, looked up by their path relative to src/web, e.g. "templates/layout.html".
#pragma once

#include <optional>
#include <string_view>

namespace gongkai::web {

// The file's bytes (valid for the whole program), or nullopt for an unknown name. Thread-safe.
std::optional<std::string_view> FindEmbeddedFile(std::string_view name);

}  // namespace gongkai::web
