#include "inspect/site_inspector.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "inspect/crawl_state.h"
#include "inspect/site_analyzer.h"
#include "inspect/url.h"
#include "inspect/url_policy.h"
#include "inspect/verdict.h"

namespace gongkai::inspect {
namespace {

core::Status WriteAtomically(const std::string& path, std::string_view text) {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) {
      return core::Error::Unavailable("无法写入抓取状态文件：" + temporary);
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    return core::Error::Unavailable("无法写入抓取状态文件：" + path);
  }
  return {};
}

core::Result<SavedCrawl> ReadState(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return core::Error::NotFound("没有找到抓取状态文件，无法继续：" + path);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return LoadCrawlState(text.str());
}

// Feeds pages to the analyzer and writes the state at each checkpoint.
class Observer final : public CrawlObserver {
 public:
  Observer(SiteAnalyzer& analyzer, const std::string& state_path)
      : analyzer_(analyzer), state_path_(state_path) {}

  void OnPage(const std::string& url, bool homepage, const PageScan& scan,
              int elapsed_ms) override {
    analyzer_.OnPage(url, homepage, scan, elapsed_ms);
  }
  void OnProblem(Problem problem) override { analyzer_.AddProblem(std::move(problem)); }
  void OnCheckpoint(const CrawlSnapshot& snapshot) override {
    if (state_path_.empty() || !status_.has_value()) {
      return;
    }
    status_ = WriteAtomically(state_path_, SaveCrawlState(snapshot, analyzer_.state()));
  }
  const core::Status& status() const { return status_; }

 private:
  SiteAnalyzer& analyzer_;
  const std::string& state_path_;
  core::Status status_;
};

}  // namespace

core::Result<Inspection> InspectSite(const std::string& url, const InspectOptions& options,
                                     Fetcher& fetcher, const core::Clock& clock) {
  GONGKAI_ASSIGN_OR_RETURN(const WordingList wording, WordingList::Builtin());
  GONGKAI_ASSIGN_OR_RETURN(TraditionalDetector traditional, TraditionalDetector::Create());
  SiteAnalyzer analyzer(options.rules, wording, traditional);
  const std::optional<Url> root = ParseUrl(url);
  if (!root.has_value()) {
    return core::Error::InvalidArgument("不是有效的 http/https 网址：" + url);
  }
  std::optional<SavedCrawl> saved;
  if (options.resume) {
    GONGKAI_ASSIGN_OR_RETURN(SavedCrawl loaded, ReadState(options.state_path));
    const std::optional<Url> saved_root = ParseUrl(loaded.crawl.root);
    if (!saved_root.has_value() || !SameSite(*root, *saved_root)) {
      return core::Error::InvalidArgument("抓取状态文件属于另一个网站：" + loaded.crawl.root);
    }
    saved = std::move(loaded);
    analyzer.Restore(std::move(saved->analysis));
  }
  Observer observer(analyzer, options.state_path);
  CrawlOptions crawl = options.crawl;
  crawl.keep_state = !options.state_path.empty();
  Crawler crawler(std::move(crawl), fetcher, clock, observer);
  GONGKAI_ASSIGN_OR_RETURN(const CrawlSummary summary,
                           crawler.Run(url, saved ? &saved->crawl : nullptr));
  GONGKAI_TRY(observer.status());
  const std::string site = saved ? saved->crawl.root : UrlPolicy::Canonical(*root).ToString();
  return Judge(site, clock.Today(), summary, analyzer.state(), options.rules);
}

}  // namespace gongkai::inspect
