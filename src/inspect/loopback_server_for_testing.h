// A cpp-httplib server on 127.0.0.1 (any free port) run on its own thread, for the crawl tests:
// every test site is served by the test itself on loopback. httplib stays out of this header.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <thread>

namespace httplib {
class Server;
}  // namespace httplib

namespace gongkai::inspect {

class ForTestingLoopbackServer {
 public:
  ForTestingLoopbackServer();
  // Stops the server and waits for handlers still running (a sleeping handler delays this).
  ~ForTestingLoopbackServer();
  ForTestingLoopbackServer(const ForTestingLoopbackServer&) = delete;
  ForTestingLoopbackServer& operator=(const ForTestingLoopbackServer&) = delete;

  // The server, to add handlers to before Start.
  httplib::Server& server() { return *server_; }
  // Binds to a free port on 127.0.0.1 and serves until destruction. Returns when it listens.
  void Start();
  // "http://127.0.0.1:PORT" + `path`.
  std::string Url(std::string_view path) const;

 private:
  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace gongkai::inspect
