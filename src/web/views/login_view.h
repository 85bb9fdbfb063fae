// The staff login page (政务公开办公室工作人员).
#pragma once

#include <optional>
#include <string>

namespace gongkai::web {

// Content HTML of the login form; `error` is shown above it; `next` is where to go afterwards
// (a local path). Pure.
std::string RenderLoginForm(const std::string& user, const std::optional<std::string>& error,
                            const std::string& next);

}  // namespace gongkai::web
