#include "web/staff_directory.h"

#include <array>
#include <string>

#include <sodium.h>

namespace gongkai::web {
namespace {

bool SodiumReady() {
  // sodium_init is idempotent and thread-safe; 1 means "already initialised".
  return sodium_init() >= 0;
}

bool LooksLikePwhash(const std::string& hash) {
  return hash.rfind("$argon2", 0) == 0 && hash.size() < crypto_pwhash_STRBYTES;
}

std::string TrimLine(std::string_view line) {
  const auto first = line.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) {
    return "";
  }
  const auto last = line.find_last_not_of(" \t\r");
  return std::string(line.substr(first, last - first + 1));
}

}  // namespace

core::Result<std::string> HashPassword(std::string_view password, HashStrength strength) {
  if (password.empty()) {
    return core::Error::InvalidArgument("密码不能为空");
  }
  if (!SodiumReady()) {
    return core::Error::Internal("无法初始化密码库 libsodium");
  }
  const bool minimal = strength == HashStrength::kMinimal;
  std::array<char, crypto_pwhash_STRBYTES> out{};
  const int result =
      crypto_pwhash_str(out.data(), password.data(), password.size(),
                        minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE);
  if (result != 0) {
    return core::Error::Internal("计算密码散列时内存不足");
  }
  return std::string(out.data());
}

core::Result<StaffDirectory> StaffDirectory::Parse(std::string_view text) {
  StaffDirectory directory;
  int line_number = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    ++line_number;
    const std::string line = TrimLine(text.substr(start, end - start));
    start = end + 1;
    if (line.empty() || line[0] == '#') {
      continue;
    }
    const auto colon = line.find(':');
    if (colon == std::string::npos) {
      return core::Error::InvalidArgument("账号文件第 " + std::to_string(line_number) +
                                          " 行格式应为“用户名:密码散列”");
    }
    const core::Status added = directory.Add(line.substr(0, colon), line.substr(colon + 1));
    if (!added.has_value()) {
      return core::Error::InvalidArgument("账号文件第 " + std::to_string(line_number) + " 行：" +
                                          added.error().message);
    }
  }
  return directory;
}

core::Status StaffDirectory::Add(const std::string& name, const std::string& password_hash) {
  if (name.empty()) {
    return core::Error::InvalidArgument("用户名不能为空");
  }
  if (users_.count(name) != 0) {
    return core::Error::InvalidArgument("用户名“" + name + "”重复");
  }
  if (!LooksLikePwhash(password_hash)) {
    return core::Error::InvalidArgument(
        "密码散列不是 Argon2 格式（请用 gongkai serve "
        "--hash-password 生成）");
  }
  users_.emplace(name, password_hash);
  return core::Ok();
}

bool StaffDirectory::Verify(const std::string& name, std::string_view password) const {
  if (!SodiumReady()) {
    return false;
  }
  const auto it = users_.find(name);
  if (it == users_.end()) {
    // Spend comparable time on a dummy verification so that unknown names are not faster.
    static constexpr char kDummy[] =
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
        "W7Zl4G1dfyPJSZeazRZxFWVW1ZwKMvXwb6rLvwPbH0c";
    if (crypto_pwhash_str_verify(kDummy, password.data(), password.size()) == 0) {
      return false;  // cannot happen for the dummy hash; either way the name is unknown
    }
    return false;
  }
  return crypto_pwhash_str_verify(it->second.c_str(), password.data(), password.size()) == 0;
}

}  // namespace gongkai::web
