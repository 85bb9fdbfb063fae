// Reading a whole input file named on the command line (calendar, figures, corpus, queries).
#pragma once

#include <string>

#include "core/result.h"

namespace gongkai::cli {

// The bytes of the file at `path`. kNotFound ("无法读取文件：PATH") when it cannot be opened.
core::Result<std::string> ReadFileText(const std::string& path);

}  // namespace gongkai::cli
