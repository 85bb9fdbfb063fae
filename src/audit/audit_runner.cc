#include "audit/audit_runner.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "audit/document_kind.h"
#include "audit/report_extractor.h"

namespace gongkai::audit {
namespace {

// Default delivery window per worker: room for batches of window / 4 files (see BatchReady).
constexpr std::size_t kDefaultWindowPerJob = 32;

core::Result<domain::AnnualReport> ReadAndExtract(const std::string& path,
                                                  const ReadOptions& options, std::string& kind) {
  GONGKAI_ASSIGN_OR_RETURN(Document document, ReadDocumentFile(path, options));
  kind = DocumentKindName(document);
  return ExtractReport(document);
}

struct Delivery {
  AuditOutcome outcome;
  FileSummary row;
};

// One file's delivery, computed on a worker thread. The readers and the extractor do not throw;
// the catch is a last resort so that a bug triggered by one odd file among thousands costs that
// file (reported as unreadable with an internal error) instead of terminating the whole batch.
Delivery AuditOne(const Auditor& auditor, const std::string& path) {
  Delivery delivery;
  try {
    delivery.outcome = auditor(path);
  } catch (const std::exception& e) {
    delivery.outcome.path = path;
    delivery.outcome.report = core::Error::Internal(std::string("内部错误：") + e.what());
    delivery.outcome.status = AuditStatus::kUnreadable;
  }
  delivery.row = SummarizeAudit(delivery.outcome.path, delivery.outcome.report);
  delivery.row.status = delivery.outcome.status;
  return delivery;
}

// The shared state of one AuditBatch call: workers claim input indexes in order, but only within
// `window` of the next index to deliver, and park their result in the ring slot of that index;
// the calling thread delivers the slots in input order and frees them.
class BatchRun {
 public:
  BatchRun(std::span<const std::string> paths, Auditor auditor, std::size_t window)
      : paths_(paths),
        auditor_(std::move(auditor)),
        slots_(window),
        batch_(std::max<std::size_t>(1, window / 4)) {}

  void Work() {
    for (;;) {
      std::size_t index = 0;
      {
        std::unique_lock lock(mutex_);
        slot_freed_.wait(
            lock, [this] { return next_ >= paths_.size() || next_ < delivered_ + slots_.size(); });
        if (next_ >= paths_.size()) {
          return;
        }
        index = next_++;
      }
      Delivery delivery = AuditOne(auditor_, paths_[index]);
      bool wake = false;
      {
        std::lock_guard lock(mutex_);
        slots_[index % slots_.size()] = std::move(delivery);
        ++done_;
        wake = BatchReady();
      }
      if (wake) {
        audited_.notify_one();
      }
    }
  }

  BatchSummary Deliver(const BatchCallbacks& callbacks) {
    BatchSummary summary;
    std::size_t reported_done = 0;
    for (std::size_t index = 0; index < paths_.size();) {
      std::optional<Delivery> delivery;
      std::size_t done = 0;
      {
        std::unique_lock lock(mutex_);
        std::optional<Delivery>& slot = slots_[index % slots_.size()];
        if (!slot.has_value()) {
          // Blocked: sleep until a batch is ready, then deliver every ready slot without waiting.
          audited_.wait(lock, [&] { return slot.has_value() && BatchReady(); });
        }
        done = done_;
        delivery.swap(slot);
      }
      if (done != reported_done && callbacks.on_progress) {
        callbacks.on_progress(done, paths_.size());
      }
      reported_done = done;
      summary.Add(delivery->row);
      if (callbacks.on_outcome) {
        callbacks.on_outcome(index, delivery->outcome, delivery->row);
      }
      ++index;
      {
        std::lock_guard lock(mutex_);
        delivered_ = index;
      }
      slot_freed_.notify_all();
    }
    return summary;
  }

 private:
  // Whether the calling thread should wake up: a batch of audited files awaits delivery, or the
  // last file is done. Waking it for every file would cost two context switches per file.
  // REQUIRES: mutex_ held.
  bool BatchReady() const { return done_ - delivered_ >= batch_ || done_ == paths_.size(); }

  std::span<const std::string> paths_;
  Auditor auditor_;
  std::mutex mutex_;
  std::condition_variable slot_freed_;  // delivered_ advanced: workers may claim more
  std::condition_variable audited_;     // a worker finished a file
  std::vector<std::optional<Delivery>> slots_;
  std::size_t batch_;          // audited files that make it worth waking the calling thread
  std::size_t next_ = 0;       // next index to claim
  std::size_t delivered_ = 0;  // indexes below this were delivered
  std::size_t done_ = 0;       // files audited
};

}  // namespace

AuditOutcome AuditFile(const std::string& path, const ReadOptions& options) {
  AuditOutcome outcome;
  outcome.path = path;
  outcome.report = ReadAndExtract(path, options, outcome.kind);
  outcome.status = StatusOf(outcome.report);
  return outcome;
}

BatchSummary AuditBatch(std::span<const std::string> paths, const BatchOptions& options,
                        const BatchCallbacks& callbacks) {
  if (paths.empty()) {
    return BatchSummary();
  }
  std::size_t jobs = options.jobs > 0 ? static_cast<std::size_t>(options.jobs)
                                      : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min(jobs, paths.size());
  const std::size_t window = options.window > 0 ? options.window : kDefaultWindowPerJob * jobs;
  Auditor auditor = options.auditor;
  if (!auditor) {
    auditor = [read_options = options.read_options](const std::string& path) {
      return AuditFile(path, read_options);
    };
  }
  BatchRun run(paths, std::move(auditor), window);
  std::vector<std::jthread> workers;
  workers.reserve(jobs);
  for (std::size_t i = 0; i < jobs; ++i) {
    workers.emplace_back([&run] { run.Work(); });
  }
  return run.Deliver(callbacks);
}

}  // namespace gongkai::audit
