// Hostile sites on loopback: malformed HTML, a 100 MB response, binary data served as text/html,
// endless redirects and a server that accepts connections and never answers. The crawl must end,
// bounded and with each case reported. The ctest time limit is the hang guard.
#include <algorithm>
#include <chrono>
#include <string>
#include <thread>

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "inspect/curl_fetcher.h"
#include "inspect/loopback_server_for_testing.h"
#include "inspect/site_inspector.h"
#include "inspect/test_clock_for_testing.h"

namespace gongkai::inspect {
namespace {

constexpr std::size_t kHugeBytes = 100 * 1024 * 1024;

// A socket that listens on loopback and never accepts: connections complete, nothing answers.
class SilentServer {
 public:
  SilentServer() {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof(address));
    listen(fd_, 16);
    socklen_t length = sizeof(address);
    getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
  }
  ~SilentServer() { close(fd_); }
  SilentServer(const SilentServer&) = delete;
  SilentServer& operator=(const SilentServer&) = delete;
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

class HostileSite {
 public:
  explicit HostileSite(int silent_port) {
    server_.Get("/", [silent_port](const httplib::Request&, httplib::Response& res) {
      res.set_content(
          "<html lang=zh-CN><title>首页</title><a href=/malformed>a</a><a href=/huge>b</a>"
          "<a href=/binary>c</a><a href=/r/0>d</a><a href=\"http://127.0.0.1:" +
              std::to_string(silent_port) + "/\">e</a>",
          "text/html; charset=utf-8");
    });
    server_.Get("/malformed", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("<html lang=zh-CN><title>x</title><a href=\"/ok\"><<<<div<<<<a href='" +
                          std::string(100000, '<') + "<table><td><td></tr></a",
                      "text/html");
    });
    server_.Get("/huge", [](const httplib::Request&, httplib::Response& res) {
      res.set_content_provider(kHugeBytes, "text/html",
                               [](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                                 const std::string chunk(std::min<std::size_t>(length, 65536), 'a');
                                 (void)offset;
                                 return sink.write(chunk.data(), chunk.size());
                               });
    });
    server_.Get("/binary", [](const httplib::Request&, httplib::Response& res) {
      std::string bytes(4096, '\0');
      for (std::size_t i = 0; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>((i * 7919) % 256);
      }
      res.set_content(bytes, "text/html");
    });
    server_.Get(R"(/r/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
      res.set_redirect("/r/" + std::to_string(std::stoi(req.matches[1]) + 1));
    });
    loopback_.Start();
  }
  std::string Url(std::string_view path) const { return loopback_.Url(path); }

 private:
  ForTestingLoopbackServer loopback_;
  httplib::Server& server_ = loopback_.server();
};

bool HasRule(const Inspection& inspection, std::string_view rule, std::string_view target) {
  return std::any_of(inspection.problems.begin(), inspection.problems.end(), [&](const Problem& p) {
    return p.rule == rule && p.target.find(target) != std::string::npos;
  });
}

bool HasLimit(const Inspection& inspection, std::string_view limit) {
  return std::any_of(inspection.limits_hit.begin(), inspection.limits_hit.end(),
                     [limit](const LimitHit& hit) { return hit.limit == limit; });
}

TEST(CrawlerBadInputTest, HostileResponsesAreBoundedAndReported) {
  SilentServer silent;
  HostileSite site(silent.port());
  CurlOptions curl;
  curl.timeout_ms = 800;
  curl.max_body_bytes = 1024 * 1024;
  auto fetcher = CreateCurlFetcher(curl);
  ASSERT_TRUE(fetcher.has_value());
  InspectOptions options;
  options.crawl.per_host_interval_ms = 0;
  options.crawl.per_host_concurrency = 4;
  options.crawl.max_retries = 1;
  options.crawl.retry_base_ms = 50;
  options.crawl.max_redirects = 8;
  ForTestingShiftedClock clock(*core::Date::FromYmd(2024, 6, 30));
  auto inspection = InspectSite(site.Url("/"), options, **fetcher, clock);
  ASSERT_TRUE(inspection.has_value()) << inspection.error().message;
  EXPECT_TRUE(HasRule(*inspection, "page-too-large", "/huge"));
  EXPECT_TRUE(HasLimit(*inspection, "max_response_bytes"));
  EXPECT_TRUE(HasRule(*inspection, "page-binary", "/binary"));
  EXPECT_TRUE(HasRule(*inspection, "link-broken", "/ok"));  // found in the malformed page
  EXPECT_TRUE(HasRule(*inspection, "link-broken-homepage", "/r/0"));
  EXPECT_TRUE(HasLimit(*inspection, "max_redirects"));
  EXPECT_TRUE(HasRule(*inspection, "link-suspected-homepage", std::to_string(silent.port())));
}

TEST(CrawlerBadInputTest, UnreachableHomepageIsReportedNotHung) {
  SilentServer silent;
  CurlOptions curl;
  curl.timeout_ms = 500;
  auto fetcher = CreateCurlFetcher(curl);
  ASSERT_TRUE(fetcher.has_value());
  InspectOptions options;
  options.crawl.max_retries = 0;
  options.crawl.per_host_interval_ms = 0;
  ForTestingShiftedClock clock(*core::Date::FromYmd(2024, 6, 30));
  auto inspection = InspectSite("http://127.0.0.1:" + std::to_string(silent.port()) + "/", options,
                                **fetcher, clock);
  ASSERT_TRUE(inspection.has_value());
  EXPECT_EQ(inspection->pages_crawled, 0U);
  // robots.txt could not be read either: RFC 9309 makes that a complete disallow, reported.
  EXPECT_TRUE(HasLimit(*inspection, "robots_unreachable"));
  EXPECT_EQ(inspection->verdict[1].result, ItemResult::kUnknown);
}

}  // namespace
}  // namespace gongkai::inspect
