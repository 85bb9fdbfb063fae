#include "web/session_store.h"

#include <array>

#include <sodium.h>

namespace gongkai::web {
namespace {

core::Result<std::string> RandomHex() {
  if (sodium_init() < 0) {
    return core::Error::Internal("无法初始化随机数源");
  }
  std::array<unsigned char, 32> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  std::array<char, 65> hex{};
  sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
  return std::string(hex.data());
}

}  // namespace

core::Result<StaffSession> SessionStore::Create(const std::string& user) {
  StaffSession session;
  GONGKAI_ASSIGN_OR_RETURN(session.token, RandomHex());
  GONGKAI_ASSIGN_OR_RETURN(session.csrf_token, RandomHex());
  session.user = user;
  session.expires_at_micros = clock_.NowMicros() + lifetime_micros_;
  std::lock_guard<std::mutex> lock(mutex_);
  sessions_[session.token] = session;
  return session;
}

std::optional<StaffSession> SessionStore::Find(const std::string& token) {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = sessions_.find(token);
  if (it == sessions_.end()) {
    return std::nullopt;
  }
  if (it->second.expires_at_micros <= clock_.NowMicros()) {
    sessions_.erase(it);
    return std::nullopt;
  }
  return it->second;
}

void SessionStore::Remove(const std::string& token) {
  std::lock_guard<std::mutex> lock(mutex_);
  sessions_.erase(token);
}

}  // namespace gongkai::web
