#include "audit/audit_inputs.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

#include "audit/ascii_text.h"

namespace gongkai::audit {
namespace {

namespace fs = std::filesystem;

core::Status AppendDirectory(const std::string& directory, std::vector<std::string>& files) {
  std::error_code error;
  fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied,
                                      error);
  std::vector<std::string> found;
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    std::error_code type_error;
    if (it->is_regular_file(type_error) && IsAuditableFileName(it->path().filename().string())) {
      found.push_back(it->path().string());
    }
  }
  if (error) {
    return core::Error::InvalidArgument("无法列出目录 " + directory + " 中的文件：" +
                                        error.message());
  }
  std::sort(found.begin(), found.end());
  files.insert(files.end(), std::make_move_iterator(found.begin()),
               std::make_move_iterator(found.end()));
  return core::Ok();
}

}  // namespace

bool IsAuditableFileName(std::string_view file_name) {
  static constexpr std::array<std::string_view, 5> kExtensions = {".txt", ".htm", ".html", ".pdf",
                                                                  ".docx"};
  const std::size_t dot = file_name.rfind('.');
  if (dot == std::string_view::npos) {
    return false;
  }
  const std::string extension = LowerAscii(file_name.substr(dot));
  return std::find(kExtensions.begin(), kExtensions.end(), extension) != kExtensions.end();
}

core::Result<AuditInputs> CollectAuditInputs(std::span<const std::string> args) {
  AuditInputs inputs;
  for (const std::string& arg : args) {
    std::error_code error;
    if (fs::is_directory(arg, error)) {
      inputs.has_directory = true;
      GONGKAI_TRY(AppendDirectory(arg, inputs.files));
    } else {
      inputs.files.push_back(arg);
    }
  }
  return inputs;
}

}  // namespace gongkai::audit
