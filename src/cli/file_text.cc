#include "cli/file_text.h"

#include <fstream>
#include <sstream>

namespace gongkai::cli {

core::Result<std::string> ReadFileText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return core::Error::NotFound("无法读取文件：" + path);
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace gongkai::cli
