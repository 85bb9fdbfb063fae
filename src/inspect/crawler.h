// The polite crawler: fetches the pages of one site from its homepage and checks every link they
// carry (HEAD, then GET where HEAD is refused), under a global concurrency limit, a per-host
// limit and interval, robots.txt, bounded retries with back-off, redirect chains with loop
// detection and the trap rules of UrlPolicy. Pages are handed to a CrawlObserver as they come;
// every limit that cut the crawl short is counted. The network is behind the Fetcher interface.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "inspect/fetcher.h"
#include "inspect/inspection.h"
#include "inspect/link_outcome.h"
#include "inspect/page_scan.h"
#include "inspect/robots.h"
#include "inspect/url.h"
#include "inspect/url_policy.h"

namespace gongkai::inspect {

struct CrawlOptions {
  std::size_t max_pages = 1000;          // same-site pages fetched in this run
  std::size_t max_link_checks = 20000;   // other links checked in this run
  std::size_t max_concurrency = 8;       // requests in flight, all hosts
  std::size_t per_host_concurrency = 2;  // spec §9.5: ≤ 2 per host
  int per_host_interval_ms = 1000;       // spec §9.5: ≥ 1 s between requests to a host
  int max_retries = 2;                   // after the first attempt
  int retry_base_ms = 1000;              // back-off: base·2^(n-1), honouring Retry-After
  int retry_cap_ms = 30000;
  int max_redirects = 10;
  bool check_external = true;
  bool obey_robots = true;
  std::string product_token = "gongkai";  // the robots.txt user-agent we answer to
  // Hand the state to CrawlObserver::OnCheckpoint (every 100 pages, at most every
  // checkpoint_interval_ms, and at the end). Off: no snapshot is ever copied.
  bool keep_state = false;
  int checkpoint_interval_ms = 10000;
  TrapLimits traps;
};

struct LinkReferrer {
  std::string page;
  std::string text;  // anchor text
};

struct LinkRecord {
  bool internal = false;
  bool done = false;
  LinkState state = LinkState::kOk;
  std::string reason;
  std::vector<LinkReferrer> referrers;  // the first kMaxReferrers pages that link here
};

constexpr std::size_t kMaxReferrers = 5;

// A queued request, as saved in the crawl state.
struct CrawlTask {
  enum class Kind { kRobots, kPage, kLink };
  Kind kind = Kind::kPage;
  std::string url;     // canonical
  std::string linked;  // the URL as first linked (the key of its LinkRecord)
  std::size_t depth = 0;
  int attempt = 0;
  std::size_t redirects = 0;
  std::vector<std::string> chain;  // URLs already visited in this redirect chain
  bool head = false;
  std::int64_t not_before_ms = 0;

  // A fresh request for `url`, linked as itself.
  static CrawlTask Make(Kind kind, std::string url, std::size_t depth) {
    CrawlTask task;
    task.kind = kind;
    task.linked = url;
    task.url = std::move(url);
    task.depth = depth;
    return task;
  }
};

// Everything needed to resume: what is still to do and every URL met so far (links, and the
// targets of redirects followed, which are the pages already queued or crawled).
struct CrawlSnapshot {
  std::string root;
  std::string homepage;  // the URL the root page was read from, after redirects
  std::size_t pages_crawled = 0;
  std::size_t links_checked = 0;
  std::vector<CrawlTask> pending;
  std::map<std::string, LinkRecord> links;
  std::map<std::string, std::size_t> limit_counts;
};

class CrawlObserver {
 public:
  virtual ~CrawlObserver() = default;
  // A same-site HTML page was fetched and scanned. `homepage` for the crawl's root.
  virtual void OnPage(const std::string& url, bool homepage, const PageScan& scan,
                      int elapsed_ms) = 0;
  // A problem the crawler itself sees (binary page, page cut at the size limit, …).
  virtual void OnProblem(Problem problem) = 0;
  // Called with the state to save when CrawlOptions::keep_state is on (see there).
  virtual void OnCheckpoint(const CrawlSnapshot& snapshot) = 0;
};

struct CrawlSummary {
  std::size_t pages_crawled = 0;
  std::size_t links_checked = 0;
  std::map<std::string, LinkRecord> links;
  std::vector<LimitHit> limits_hit;
  std::string homepage_failure;  // empty when the homepage was fetched
  std::string homepage_url;      // where the homepage was read (the root, or its redirect target)
};

class Crawler {
 public:
  // `fetcher`, `clock` and `observer` are borrowed and must outlive Run. The clock paces the
  // per-host interval and the back-off, so it must advance (a real clock); with a clock that
  // stands still, set per_host_interval_ms to 0 and avoid retries, or Run never returns.
  Crawler(CrawlOptions options, Fetcher& fetcher, const core::Clock& clock,
          CrawlObserver& observer);

  // Crawls from `root` (an absolute http(s) URL), or continues `resume` when given. Call once.
  // kInvalidArgument when `root` is not an http(s) URL. Returns when no request is left that the
  // limits allow; the limits that stopped anything are in limits_hit.
  core::Result<CrawlSummary> Run(const std::string& root, const CrawlSnapshot* resume);

  static constexpr std::size_t kCheckpointPages = 100;

 private:
  struct Origin {
    bool site = false;                  // same site as the root: robots.txt applies
    std::optional<RobotsRules> robots;  // known rules; external origins need none
    bool robots_requested = false;
    std::deque<CrawlTask> pages;
    std::deque<CrawlTask> links;
    std::size_t in_flight = 0;
    std::int64_t next_ms = 0;  // earliest start of the next request (per-host interval)
  };
  void Enqueue(CrawlTask task, bool front = false);
  void ReleaseDelayed(std::int64_t now_ms);
  bool Startable(const CrawlTask& task) const;
  bool SkipDisallowed(Origin& origin, const CrawlTask& task);
  void StartReady();
  bool StartFrom(Origin& origin, std::int64_t now_ms);
  void Handle(FetchResponse response);
  void HandleRobots(const CrawlTask& task, const FetchResponse& response);
  bool FollowRedirect(const CrawlTask& task, const FetchResponse& response);
  void Finish(const CrawlTask& task, const FetchResponse& response);
  void ReadPage(const CrawlTask& task, const FetchResponse& response);
  void AddLinks(const std::string& page, std::size_t depth, const PageScan& scan);
  void AddLink(const std::string& page, std::size_t depth, const PageLink& link);
  void Record(const std::string& linked, LinkState state, std::string reason);
  void CountLimit(std::string_view limit, std::size_t count = 1);
  std::int64_t NowMs() const;
  bool HasWork() const;
  CrawlSnapshot Snapshot() const;
  std::vector<LimitHit> LimitsHit() const;

  CrawlOptions options_;
  Fetcher& fetcher_;
  const core::Clock& clock_;
  CrawlObserver& observer_;
  UrlPolicy policy_;
  CrawlSnapshot state_;
  std::map<std::string, Origin> origins_;
  std::map<std::uint64_t, CrawlTask> in_flight_;
  std::vector<CrawlTask> delayed_;  // retries waiting for their back-off
  Url root_;
  std::uint64_t next_id_ = 1;
  std::size_t pages_started_ = 0;
  std::size_t links_started_ = 0;
  std::size_t pages_since_checkpoint_ = 0;
  std::int64_t last_checkpoint_ms_ = 0;
  std::string homepage_failure_;
};

}  // namespace gongkai::inspect
