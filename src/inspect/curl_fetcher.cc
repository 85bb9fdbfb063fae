#include "inspect/curl_fetcher.h"

#include <charconv>
#include <map>

#include <curl/curl.h>

#include "audit/ascii_text.h"
#include "inspect/url.h"

namespace gongkai::inspect {
namespace {

struct Transfer {
  FetchResponse response;
  std::size_t max_body = 0;
  CURL* easy = nullptr;
};

std::string_view TrimHeaderValue(std::string_view value) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) {
    value.remove_prefix(1);
  }
  while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' ')) {
    value.remove_suffix(1);
  }
  return value;
}

std::size_t OnHeader(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const std::string_view line(data, size * count);
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) {
    return size * count;
  }
  const std::string name = audit::LowerAscii(line.substr(0, colon));
  const std::string_view value = TrimHeaderValue(line.substr(colon + 1));
  if (name == "content-type") {
    transfer->response.content_type = audit::LowerAscii(value);
  } else if (name == "location") {
    transfer->response.location = std::string(value);
  } else if (name == "retry-after") {
    int seconds = 0;
    std::from_chars(value.data(), value.data() + value.size(), seconds);
    transfer->response.retry_after_seconds = seconds;
  }
  return size * count;
}

// Keeps at most max_body bytes; returning less than given makes libcurl abort the transfer.
std::size_t OnBody(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const std::size_t bytes = size * count;
  std::string& body = transfer->response.body;
  if (body.size() + bytes > transfer->max_body) {
    body.append(data, transfer->max_body - body.size());
    transfer->response.truncated = true;
    return 0;
  }
  body.append(data, bytes);
  return bytes;
}

FetchFailure Classify(CURLcode code) {
  switch (code) {
    case CURLE_OK:
      return FetchFailure::kNone;
    case CURLE_COULDNT_RESOLVE_HOST:
      return FetchFailure::kDns;
    case CURLE_OPERATION_TIMEDOUT:
      return FetchFailure::kTimeout;
    case CURLE_COULDNT_CONNECT:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
      return FetchFailure::kConnect;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
      return FetchFailure::kTls;
    default:
      return FetchFailure::kOther;
  }
}

class CurlFetcher final : public Fetcher {
 public:
  CurlFetcher(CURLM* multi, CurlOptions options) : multi_(multi), options_(std::move(options)) {}
  ~CurlFetcher() override {
    for (auto& [easy, transfer] : transfers_) {
      curl_multi_remove_handle(multi_, easy);
      curl_easy_cleanup(easy);
    }
    curl_multi_cleanup(multi_);
  }
  CurlFetcher(const CurlFetcher&) = delete;
  CurlFetcher& operator=(const CurlFetcher&) = delete;

  void Start(FetchRequest request) override {
    auto transfer = std::make_unique<Transfer>();
    transfer->response.id = request.id;
    transfer->max_body = options_.max_body_bytes;
    const std::optional<Url> url = ParseUrl(request.url);
    CURL* easy = url.has_value() && !url->host.ends_with(".invalid") ? curl_easy_init() : nullptr;
    if (easy == nullptr) {
      transfer->response.failure = FetchFailure::kDns;
      transfer->response.error = "reserved or unparsable host";
      done_.push_back(std::move(transfer->response));
      return;
    }
    Configure(easy, request, *transfer);
    transfer->easy = easy;
    curl_multi_add_handle(multi_, easy);
    transfers_.emplace(easy, std::move(transfer));
  }

  std::vector<FetchResponse> Wait(int max_wait_ms) override {
    // Progress first: transfers that completed during it return without waiting. Only then
    // sleep in curl_multi_poll, which with no transfers still waits (the crawler's back-off).
    int running = 0;
    curl_multi_perform(multi_, &running);
    Collect();
    if (done_.empty()) {
      curl_multi_poll(multi_, nullptr, 0, max_wait_ms, nullptr);
      curl_multi_perform(multi_, &running);
      Collect();
    }
    std::vector<FetchResponse> done;
    done.swap(done_);
    return done;
  }

  std::size_t InFlight() const override { return transfers_.size() + done_.size(); }

 private:
  void Configure(CURL* easy, const FetchRequest& request, Transfer& transfer) const {
    curl_easy_setopt(easy, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeout_ms));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(options_.connect_timeout_ms));
    curl_easy_setopt(easy, CURLOPT_USERAGENT, options_.user_agent.c_str());
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &OnHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &OnBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &transfer);
    if (request.method == FetchMethod::kHead) {
      curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    }
  }

  void Collect() {
    int left = 0;
    while (CURLMsg* message = curl_multi_info_read(multi_, &left)) {
      if (message->msg != CURLMSG_DONE) {
        continue;
      }
      CURL* easy = message->easy_handle;
      const CURLcode code = message->data.result;
      auto found = transfers_.find(easy);
      FetchResponse response = std::move(found->second->response);
      long status = 0;
      curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
      double seconds = 0;
      curl_easy_getinfo(easy, CURLINFO_TOTAL_TIME, &seconds);
      response.status = static_cast<int>(status);
      response.elapsed_ms = static_cast<int>(seconds * 1000);
      // A body cut at the size limit is a complete answer for our purposes.
      response.failure = response.truncated ? FetchFailure::kNone : Classify(code);
      if (response.failure != FetchFailure::kNone) {
        response.error = curl_easy_strerror(code);
      }
      curl_multi_remove_handle(multi_, easy);
      curl_easy_cleanup(easy);
      transfers_.erase(found);
      done_.push_back(std::move(response));
    }
  }

  CURLM* multi_;
  CurlOptions options_;
  std::map<CURL*, std::unique_ptr<Transfer>> transfers_;
  std::vector<FetchResponse> done_;
};

}  // namespace

core::Result<std::unique_ptr<Fetcher>> CreateCurlFetcher(const CurlOptions& options) {
  // curl_global_init is idempotent and reference-counted since 7.84; the process never
  // calls curl_global_cleanup, which is harmless at exit.
  if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    return core::Error::Internal("无法初始化 libcurl");
  }
  CURLM* multi = curl_multi_init();
  if (multi == nullptr) {
    return core::Error::Internal("无法初始化 libcurl");
  }
  return std::unique_ptr<Fetcher>(std::make_unique<CurlFetcher>(multi, options));
}

}  // namespace gongkai::inspect
