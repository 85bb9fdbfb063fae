// The scheduling half of the Crawler: queues per origin, limits, retries, redirects, robots.txt.
// What happens to a fetched page and the links on it is in crawler_links.cc.
#include "inspect/crawler.h"

#include <algorithm>

namespace gongkai::inspect {
namespace {

constexpr int kMaxRobotsRedirects = 5;  // RFC 9309 section 2.3.1.2
constexpr int kWaitMs = 50;

std::string OriginOf(const std::string& url) {
  const std::optional<Url> parsed = ParseUrl(url);
  return parsed.has_value() ? parsed->Origin() : url;
}

std::string PathOf(const std::string& url) {
  const std::optional<Url> parsed = ParseUrl(url);
  return parsed.has_value() ? parsed->PathAndQuery() : "/";
}

}  // namespace

Crawler::Crawler(CrawlOptions options, Fetcher& fetcher, const core::Clock& clock,
                 CrawlObserver& observer)
    : options_(std::move(options)),
      fetcher_(fetcher),
      clock_(clock),
      observer_(observer),
      policy_(options_.traps) {}

std::int64_t Crawler::NowMs() const {
  return clock_.NowMicros() / 1000;
}

core::Result<CrawlSummary> Crawler::Run(const std::string& root, const CrawlSnapshot* resume) {
  const std::optional<Url> parsed = ParseUrl(root);
  if (!parsed.has_value()) {
    return core::Error::InvalidArgument("不是有效的 http/https 网址：" + root);
  }
  root_ = UrlPolicy::Canonical(*parsed);
  last_checkpoint_ms_ = NowMs();
  if (resume != nullptr) {
    state_ = *resume;
    // Budgets are per run: what the last run left for lack of budget is simply still pending.
    state_.limit_counts.erase("max_pages");
    state_.limit_counts.erase("max_link_checks");
    std::vector<CrawlTask> pending = std::move(state_.pending);
    state_.pending.clear();
    for (CrawlTask& task : pending) {
      task.not_before_ms = 0;
      Enqueue(std::move(task));
    }
  } else {
    state_.root = root_.ToString();
    state_.links[state_.root].internal = true;
    Enqueue(CrawlTask::Make(CrawlTask::Kind::kPage, state_.root, 0));
  }
  while (HasWork()) {
    StartReady();
    for (FetchResponse& response : fetcher_.Wait(kWaitMs)) {
      Handle(std::move(response));
    }
    // Saving copies the whole state: done at most every checkpoint_interval_ms, so that a big
    // crawl does not spend its time rewriting its own state.
    if (options_.keep_state && pages_since_checkpoint_ >= kCheckpointPages &&
        NowMs() - last_checkpoint_ms_ >= options_.checkpoint_interval_ms) {
      pages_since_checkpoint_ = 0;
      last_checkpoint_ms_ = NowMs();
      observer_.OnCheckpoint(Snapshot());
    }
  }
  if (options_.keep_state) {
    observer_.OnCheckpoint(Snapshot());
  }
  // What the budgets left is still queued; it stays in the saved state for --resume.
  for (const auto& [key, origin] : origins_) {
    CountLimit("max_pages", origin.pages.size());
    CountLimit("max_link_checks", origin.links.size());
  }
  CrawlSummary summary;
  summary.pages_crawled = state_.pages_crawled;
  summary.links_checked = state_.links_checked;
  summary.links = std::move(state_.links);  // the crawl is over: no copy of the biggest part
  summary.homepage_failure = homepage_failure_;
  summary.homepage_url = state_.homepage.empty() ? state_.root : state_.homepage;
  summary.limits_hit = LimitsHit();
  return summary;
}

void Crawler::Enqueue(CrawlTask task, bool front) {
  const std::string key = OriginOf(task.url);
  auto [it, inserted] = origins_.try_emplace(key);
  Origin& origin = it->second;
  if (inserted) {
    const std::optional<Url> url = ParseUrl(task.url);
    origin.site = url.has_value() && SameSite(*url, root_);
    if (!origin.site || !options_.obey_robots) {
      origin.robots = RobotsRules::AllowAll();
    }
  }
  std::deque<CrawlTask>& queue = task.kind == CrawlTask::Kind::kPage ? origin.pages : origin.links;
  if (front) {
    queue.push_front(std::move(task));
  } else {
    queue.push_back(std::move(task));
  }
}

bool Crawler::Startable(const CrawlTask& task) const {
  switch (task.kind) {
    case CrawlTask::Kind::kPage:
      return pages_started_ < options_.max_pages;
    case CrawlTask::Kind::kLink:
      return links_started_ < options_.max_link_checks;
    case CrawlTask::Kind::kRobots:
      return true;
  }
  return true;
}

bool Crawler::HasWork() const {
  if (!in_flight_.empty() || !delayed_.empty()) {
    return true;
  }
  for (const auto& [key, origin] : origins_) {
    if ((!origin.pages.empty() && Startable(origin.pages.front())) ||
        (!origin.links.empty() && Startable(origin.links.front()))) {
      return true;
    }
  }
  return false;
}

void Crawler::ReleaseDelayed(std::int64_t now_ms) {
  auto due = std::stable_partition(delayed_.begin(), delayed_.end(), [now_ms](const CrawlTask& t) {
    return t.not_before_ms > now_ms;
  });
  std::vector<CrawlTask> ready(std::make_move_iterator(due),
                               std::make_move_iterator(delayed_.end()));
  delayed_.erase(due, delayed_.end());
  for (CrawlTask& task : ready) {
    Enqueue(std::move(task), true);
  }
}

void Crawler::StartReady() {
  const std::int64_t now_ms = NowMs();
  ReleaseDelayed(now_ms);
  for (auto& [key, origin] : origins_) {
    while (in_flight_.size() < options_.max_concurrency && StartFrom(origin, now_ms)) {
    }
  }
}

bool Crawler::SkipDisallowed(Origin& origin, const CrawlTask& task) {
  if (origin.robots->Allows(PathOf(task.url))) {
    return false;
  }
  CountLimit("robots");
  LinkRecord& record = state_.links[task.linked];
  record.done = true;
  record.reason = "robots.txt 禁止抓取，未检查";
  return true;
}

bool Crawler::StartFrom(Origin& origin, std::int64_t now_ms) {
  if (origin.in_flight >= options_.per_host_concurrency || now_ms < origin.next_ms) {
    return false;
  }
  const bool robots_queued =
      !origin.links.empty() && origin.links.front().kind == CrawlTask::Kind::kRobots;
  if (!origin.robots.has_value() && !robots_queued) {
    if (origin.robots_requested) {
      return false;  // in flight, or waiting for its retry
    }
    origin.robots_requested = true;
    const std::string first =
        !origin.pages.empty() ? origin.pages.front().url : origin.links.front().url;
    const std::string robots_url = OriginOf(first) + "/robots.txt";
    CrawlTask robots = CrawlTask::Make(CrawlTask::Kind::kRobots, robots_url, 0);
    origin.links.push_front(std::move(robots));
  }
  // Pages first: they feed the queues; link checks fill the remaining slots.
  std::deque<CrawlTask>* queue = nullptr;
  if (!origin.links.empty() && origin.links.front().kind == CrawlTask::Kind::kRobots) {
    queue = &origin.links;
  } else if (!origin.pages.empty() && Startable(origin.pages.front())) {
    queue = &origin.pages;
  } else if (!origin.links.empty() && Startable(origin.links.front())) {
    queue = &origin.links;
  } else {
    return false;
  }
  CrawlTask task = std::move(queue->front());
  queue->pop_front();
  if (task.kind != CrawlTask::Kind::kRobots && SkipDisallowed(origin, task)) {
    return true;
  }
  if (task.kind == CrawlTask::Kind::kPage) {
    ++pages_started_;
  } else if (task.kind == CrawlTask::Kind::kLink) {
    ++links_started_;
  }
  const std::uint64_t id = next_id_++;
  fetcher_.Start({id, task.url, task.head ? FetchMethod::kHead : FetchMethod::kGet});
  ++origin.in_flight;
  origin.next_ms = now_ms + options_.per_host_interval_ms;
  in_flight_.emplace(id, std::move(task));
  return true;
}

void Crawler::Handle(FetchResponse response) {
  auto node = in_flight_.extract(response.id);
  if (node.empty()) {
    return;
  }
  CrawlTask task = std::move(node.mapped());
  Origin& origin = origins_[OriginOf(task.url)];
  --origin.in_flight;
  if (IsRetriable(response) && task.attempt < options_.max_retries) {
    ++task.attempt;
    task.not_before_ms = NowMs() + RetryDelayMs(response, task.attempt, options_.retry_base_ms,
                                                options_.retry_cap_ms);
    delayed_.push_back(std::move(task));
    return;
  }
  if (task.kind == CrawlTask::Kind::kRobots) {
    HandleRobots(task, response);
    return;
  }
  if (task.head && HeadRefused(response)) {
    task.head = false;
    Enqueue(std::move(task), true);
    return;
  }
  const bool redirect = response.failure == FetchFailure::kNone && response.status >= 300 &&
                        response.status < 400 && !response.location.empty();
  if (redirect && FollowRedirect(task, response)) {
    return;
  }
  Finish(task, response);
}

void Crawler::HandleRobots(const CrawlTask& task, const FetchResponse& response) {
  Origin& origin = origins_[OriginOf(task.url)];
  const bool redirect = response.failure == FetchFailure::kNone && response.status >= 300 &&
                        response.status < 400 && !response.location.empty();
  if (redirect && static_cast<int>(task.redirects) < kMaxRobotsRedirects) {
    const std::optional<Url> base = ParseUrl(task.url);
    const std::optional<Url> next = base ? ResolveUrl(*base, response.location) : std::nullopt;
    if (next.has_value()) {
      CrawlTask follow = task;
      follow.url = next->ToString();
      ++follow.redirects;
      const std::uint64_t id = next_id_++;
      fetcher_.Start({id, follow.url, FetchMethod::kGet});
      ++origin.in_flight;
      in_flight_.emplace(id, std::move(follow));
      return;
    }
  }
  if (response.failure == FetchFailure::kNone && response.status >= 200 && response.status < 300) {
    origin.robots = RobotsRules::Parse(response.body, options_.product_token);
  } else if (response.failure == FetchFailure::kNone && response.status >= 400 &&
             response.status < 500) {
    origin.robots = RobotsRules::AllowAll();
  } else {
    // RFC 9309 section 2.3.1.4: an unreachable robots.txt means a complete disallow.
    origin.robots = RobotsRules::DisallowAll();
    CountLimit("robots_unreachable");
  }
}

bool Crawler::FollowRedirect(const CrawlTask& task, const FetchResponse& response) {
  const std::optional<Url> base = ParseUrl(task.url);
  std::optional<Url> next = base ? ResolveUrl(*base, response.location) : std::nullopt;
  if (!next.has_value()) {
    Record(task.linked, LinkState::kBroken, "重定向地址无效：" + response.location);
    return true;
  }
  const bool same_site = SameSite(*next, root_);
  if (same_site) {
    next = UrlPolicy::Canonical(*next);
  }
  const std::string next_url = next->ToString();
  std::vector<std::string> chain = task.chain;
  chain.push_back(task.url);
  if (std::find(chain.begin(), chain.end(), next_url) != chain.end()) {
    Record(task.linked, LinkState::kBroken,
           "重定向循环（" + std::to_string(chain.size()) + " 跳）");
    return true;
  }
  if (static_cast<int>(task.redirects) >= options_.max_redirects) {
    CountLimit("max_redirects");
    Record(task.linked, LinkState::kBroken,
           "重定向超过 " + std::to_string(options_.max_redirects) + " 次");
    return true;
  }
  CrawlTask follow = task;
  follow.url = next_url;
  follow.chain = std::move(chain);
  follow.attempt = 0;
  ++follow.redirects;
  if (task.kind == CrawlTask::Kind::kPage) {
    if (!same_site) {
      follow.kind = CrawlTask::Kind::kLink;
      follow.head = true;
    } else if (const auto [target, inserted] = state_.links.try_emplace(next_url); !inserted) {
      Record(task.linked, LinkState::kOk, "");  // queued or crawled already
      return true;
    } else {
      // Marks the page as met; its verdict is the one of the link that led here.
      target->second.internal = true;
      target->second.done = true;
    }
  }
  Enqueue(std::move(follow), true);
  return true;
}

}  // namespace gongkai::inspect
