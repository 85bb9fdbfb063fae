#include "inspect/loopback_server_for_testing.h"

#include <chrono>

#include <httplib.h>

namespace gongkai::inspect {

ForTestingLoopbackServer::ForTestingLoopbackServer()
    : server_(std::make_unique<httplib::Server>()) {}

ForTestingLoopbackServer::~ForTestingLoopbackServer() {
  if (thread_.joinable()) {
    server_->stop();
    thread_.join();
  }
}

void ForTestingLoopbackServer::Start() {
  port_ = server_->bind_to_any_port("127.0.0.1");
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  while (!server_->is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

std::string ForTestingLoopbackServer::Url(std::string_view path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + std::string(path);
}

}  // namespace gongkai::inspect
