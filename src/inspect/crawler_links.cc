// The reading half of the Crawler: final verdicts of links, reading fetched pages, queuing the
// links found on them, the crawl state and the limits report.
#include <algorithm>
#include <array>

#include "audit/declared_charset.h"
#include "audit/encoding.h"
#include "inspect/crawler.h"

namespace gongkai::inspect {
namespace {

// Links to these are checked with HEAD, never downloaded as pages.
constexpr std::array<std::string_view, 22> kDocumentExtensions = {
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".wps", ".et",  ".zip", ".rar",
    ".7z",  ".jpg", ".jpeg", ".png", ".gif",  ".bmp", ".mp4",  ".mp3", ".avi", ".ofd", ".exe"};

bool IsDocument(const Url& url) {
  std::string path = url.path;
  std::transform(path.begin(), path.end(), path.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
  return std::any_of(kDocumentExtensions.begin(), kDocumentExtensions.end(),
                     [&path](std::string_view extension) { return path.ends_with(extension); });
}

// NUL or many control bytes in the first KiB: binary data, whatever the Content-Type says.
bool LooksBinary(std::string_view body) {
  const std::string_view head = body.substr(0, 1024);
  std::size_t control = 0;
  for (const char c : head) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == 0) {
      return true;
    }
    control += (byte < 0x09 || (byte > 0x0D && byte < 0x20)) ? 1 : 0;
  }
  return control * 20 > head.size();
}

std::optional<std::string> HeaderCharset(std::string_view content_type) {
  const std::size_t at = content_type.find("charset=");
  if (at == std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view value = content_type.substr(at + 8);
  value = value.substr(0, value.find(';'));
  while (!value.empty() && (value.front() == '"' || value.front() == '\'')) {
    value.remove_prefix(1);
  }
  while (!value.empty() && (value.back() == '"' || value.back() == '\'' || value.back() == ' ')) {
    value.remove_suffix(1);
  }
  return std::string(value);
}

struct LimitText {
  std::string_view name;
  std::string_view detail;
};

constexpr std::array<LimitText, 13> kLimitTexts = {{
    {"max_pages", "已达到本次抓取页数上限，以下数量的页面未抓取（可用 --resume 继续）"},
    {"max_link_checks", "已达到本次链接检查上限，以下数量的链接未检查（可用 --resume 继续）"},
    {"robots", "robots.txt 禁止抓取，以下数量的地址未请求"},
    {"robots_unreachable", "robots.txt 无法获取，按 RFC 9309 视为禁止抓取整个站点"},
    {"trap_calendar", "日历类链接陷阱：每个路径的日期页面超过上限，以下数量的地址未抓取"},
    {"trap_query", "查询参数无穷变化：每个路径的参数组合超过上限，以下数量的地址未抓取"},
    {"trap_variant", "打印版、无障碍、长者模式等页面变体，以下数量的地址未抓取"},
    {"trap_repeated_path", "路径段重复（相对链接无限拼接），以下数量的地址未抓取"},
    {"max_url_length", "网址过长，以下数量的地址未抓取"},
    {"max_depth", "超过最大链接深度，以下数量的地址未抓取"},
    {"max_redirects", "重定向次数超过上限的链接数"},
    {"max_response_bytes", "响应超过大小上限被截断的页面数"},
    {"links_per_page", "单页链接超过上限（5000 个），多出的链接未检查的页面数"},
}};

}  // namespace

void Crawler::Record(const std::string& linked, LinkState state, std::string reason) {
  LinkRecord& record = state_.links[linked];
  record.done = true;
  record.state = state;
  record.reason = std::move(reason);
  ++state_.links_checked;
  if (linked == state_.root && state != LinkState::kOk) {
    homepage_failure_ = record.reason;
  }
}

void Crawler::CountLimit(std::string_view limit, std::size_t count) {
  state_.limit_counts[std::string(limit)] += count;
}

void Crawler::Finish(const CrawlTask& task, const FetchResponse& response) {
  const LinkVerdict verdict = JudgeResponse(response);
  const bool page = task.kind == CrawlTask::Kind::kPage && verdict.state == LinkState::kOk &&
                    response.status >= 200 && response.status < 300;
  Record(task.linked, verdict.state, verdict.reason);
  if (page) {
    ReadPage(task, response);
  }
}

void Crawler::ReadPage(const CrawlTask& task, const FetchResponse& response) {
  const std::string& type = response.content_type;
  if (!type.empty() && type.find("html") == std::string::npos) {
    return;  // a document or image reached through a page link: checked, not read
  }
  ++state_.pages_crawled;
  ++pages_since_checkpoint_;
  if (response.truncated) {
    CountLimit("max_response_bytes");
    observer_.OnProblem(
        {"page-too-large", Severity::kWarning, task.url, task.url,
         "页面超过大小上限，只检查了前 " + std::to_string(response.body.size()) + " 字节"});
  }
  if (LooksBinary(response.body)) {
    observer_.OnProblem({"page-binary", Severity::kWarning, task.url, task.url,
                         "以 text/html 发送的内容是二进制数据，无法作为网页读取"});
    return;
  }
  std::optional<std::string> charset = HeaderCharset(type);
  if (!charset.has_value()) {
    charset = audit::FindDeclaredCharset(response.body);
  }
  auto decoded = audit::DecodeToUtf8(response.body, charset);
  std::string fallback;
  std::string_view html;
  if (decoded.has_value()) {
    html = decoded->text();
  } else {
    fallback = audit::SanitizeUtf8(response.body);
    html = fallback;
    observer_.OnProblem({"page-encoding", Severity::kWarning, task.url, task.url,
                         "页面编码无法识别：" + decoded.error().message});
  }
  const PageScan scan = ScanPage(html);
  if (scan.links_truncated) {
    CountLimit("links_per_page");
  }
  const bool homepage = task.linked == state_.root;
  if (homepage) {
    state_.homepage = task.url;
  }
  observer_.OnPage(task.url, homepage, scan, response.elapsed_ms);
  AddLinks(task.url, task.depth, scan);
}

void Crawler::AddLinks(const std::string& page, std::size_t depth, const PageScan& scan) {
  for (const PageLink& link : scan.links) {
    AddLink(page, depth, link);
  }
}

void Crawler::AddLink(const std::string& page, std::size_t depth, const PageLink& link) {
  const std::optional<Url> base = ParseUrl(page);
  std::optional<Url> target = base ? ResolveUrl(*base, link.href) : std::nullopt;
  if (!target.has_value()) {
    return;  // mailto:, javascript:, fragment-only and unparsable references
  }
  const bool same_site = SameSite(*target, root_);
  if (same_site) {
    target = UrlPolicy::Canonical(*target);
  }
  const std::string key = target->ToString();
  const auto [it, inserted] = state_.links.try_emplace(key);
  LinkRecord& record = it->second;
  if (record.referrers.size() < kMaxReferrers) {
    record.referrers.push_back({page, link.text});
  }
  if (!inserted) {
    return;
  }
  record.internal = same_site;
  if (same_site && link.kind == PageLink::Kind::kPage && !IsDocument(*target)) {
    const UrlAdmission admission = policy_.Admit(*target, depth + 1);
    if (admission != UrlAdmission::kFollow) {
      CountLimit(AdmissionLimitName(admission));
      record.done = true;
      record.reason = "链接陷阱，未抓取";
      return;
    }
    Enqueue(CrawlTask::Make(CrawlTask::Kind::kPage, key, depth + 1));
    return;
  }
  if (!same_site && !options_.check_external) {
    record.done = true;
    return;
  }
  CrawlTask check = CrawlTask::Make(CrawlTask::Kind::kLink, key, depth + 1);
  check.head = true;
  Enqueue(std::move(check));
}

CrawlSnapshot Crawler::Snapshot() const {
  CrawlSnapshot snapshot = state_;
  for (const auto& [id, task] : in_flight_) {
    if (task.kind != CrawlTask::Kind::kRobots) {
      snapshot.pending.push_back(task);
    }
  }
  snapshot.pending.insert(snapshot.pending.end(), delayed_.begin(), delayed_.end());
  for (const auto& [key, origin] : origins_) {
    snapshot.pending.insert(snapshot.pending.end(), origin.pages.begin(), origin.pages.end());
    for (const CrawlTask& task : origin.links) {
      if (task.kind != CrawlTask::Kind::kRobots) {
        snapshot.pending.push_back(task);
      }
    }
  }
  return snapshot;
}

std::vector<LimitHit> Crawler::LimitsHit() const {
  std::vector<LimitHit> hits;
  for (const LimitText& text : kLimitTexts) {
    const auto found = state_.limit_counts.find(std::string(text.name));
    if (found != state_.limit_counts.end() && found->second > 0) {
      hits.push_back({std::string(text.name), found->second, std::string(text.detail)});
    }
  }
  return hits;
}

}  // namespace gongkai::inspect
