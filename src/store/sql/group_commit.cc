#include "store/sql/group_commit.h"

#include <algorithm>
#include <utility>

namespace gongkai::store {
namespace {

// Our code does not throw, but a library inside a mutation might. Escaping the leader, the
// exception would strand every caller queued behind it, so it becomes this mutation's error.
core::Status Invoke(const GroupCommit::Mutation& mutation) {
  try {
    return mutation();
  } catch (...) {
    return core::Error::Internal("保存修改时发生内部错误，本次修改未保存");
  }
}

}  // namespace

struct GroupCommit::Writer {
  explicit Writer(const Mutation& to_run) : mutation(&to_run) {}

  const Mutation* mutation;
  // Written by the leader before it sets `done`; read by the caller once it sees `done`.
  core::Status status = core::Ok();
  bool done = false;
  std::condition_variable wake;
};

GroupCommit::GroupCommit(SqlConnection& connection, std::mutex& connection_mutex,
                         const GroupCommitOptions& options)
    : connection_(connection),
      connection_mutex_(connection_mutex),
      max_batch_size_(std::max<std::size_t>(1, options.max_batch_size)) {}

core::Status GroupCommit::Run(const Mutation& mutation) {
  Writer writer(mutation);
  std::unique_lock<std::mutex> queue_lock(queue_mutex_);
  queue_.push_back(&writer);
  for (;;) {
    writer.wake.wait(queue_lock, [&] { return writer.done || queue_.front() == &writer; });
    if (writer.done) {
      return std::move(writer.status);
    }
    // At the head and not done: lead a batch (again, if the last one had to be re-run).
    LeadOneBatch(queue_lock);
  }
}

GroupCommitStats GroupCommit::stats() const {
  std::lock_guard<std::mutex> queue_lock(queue_mutex_);
  GroupCommitStats stats = stats_;
  stats.waiting = static_cast<std::int64_t>(queue_.size());
  return stats;
}

void GroupCommit::LeadOneBatch(std::unique_lock<std::mutex>& queue_lock) {
  queue_lock.unlock();
  std::vector<Writer*> batch;
  std::vector<bool> finished;
  {
    std::lock_guard<std::mutex> connection_lock(connection_mutex_);
    // The batch is taken only once the connection is ours, so writers arriving while a reader
    // holds it join this batch. Only the leader removes entries, so the first batch.size()
    // entries stay put while the lock is released.
    queue_lock.lock();
    const std::size_t size = std::min(queue_.size(), max_batch_size_);
    batch.assign(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(size));
    ++stats_.transactions;
    stats_.mutations += static_cast<std::int64_t>(size);
    stats_.largest_batch = std::max(stats_.largest_batch, static_cast<std::int64_t>(size));
    queue_lock.unlock();
    finished = RunBatch(batch);
  }
  queue_lock.lock();
  Complete(batch, finished);
}

std::vector<bool> GroupCommit::RunBatch(std::span<Writer* const> batch) {
  std::vector<bool> finished(batch.size(), false);
  core::Result<Transaction> transaction = Transaction::Begin(connection_, TransactionKind::kWrite);
  if (!transaction.has_value()) {
    for (std::size_t i = 0; i < batch.size(); ++i) {
      batch[i]->status = transaction.error();
      finished[i] = true;
    }
    return finished;
  }
  std::vector<std::size_t> succeeded;
  for (std::size_t i = 0; i < batch.size(); ++i) {
    const Step step = RunOne(*transaction, *batch[i]);
    if (step == Step::kLostTransaction) {
      // Only the writer that was running learns the outcome; every other one, including those
      // that failed on their own, runs again in the next batch, because what they saw is gone.
      // The transaction's destructor rolls back what is left of it.
      std::fill(finished.begin(), finished.end(), false);
      finished[i] = true;
      return finished;
    }
    finished[i] = step == Step::kFailed;
    if (step == Step::kSucceeded) {
      succeeded.push_back(i);
    }
  }
  if (succeeded.empty()) {
    return finished;  // nothing to keep: the destructor rolls back without a commit
  }
  const core::Status committed = transaction->Commit();
  for (const std::size_t i : succeeded) {
    batch[i]->status = committed;
    finished[i] = true;
  }
  return finished;
}

GroupCommit::Step GroupCommit::RunOne(Transaction& transaction, Writer& writer) {
  if (core::Status opened = transaction.Savepoint(); !opened.has_value()) {
    writer.status = std::move(opened);
    return Step::kLostTransaction;
  }
  core::Status result = Invoke(*writer.mutation);
  if (result.has_value()) {
    core::Status released = transaction.ReleaseSavepoint();
    writer.status = std::move(released);
    return writer.status.has_value() ? Step::kSucceeded : Step::kLostTransaction;
  }
  // The caller gets its own error even if the rollback fails too.
  writer.status = std::move(result);
  return transaction.RollbackToSavepoint().has_value() ? Step::kFailed : Step::kLostTransaction;
}

void GroupCommit::Complete(std::span<Writer* const> batch, const std::vector<bool>& finished) {
  // The batch is the head of the queue; writers to run again keep their place at the head.
  std::vector<Writer*> again;
  for (std::size_t i = 0; i < batch.size(); ++i) {
    if (!finished[i]) {
      again.push_back(batch[i]);
    }
  }
  queue_.erase(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(batch.size()));
  queue_.insert(queue_.begin(), again.begin(), again.end());
  for (std::size_t i = 0; i < batch.size(); ++i) {
    if (finished[i]) {
      batch[i]->done = true;
      // Notified under the lock: once it sees `done` the caller may return and destroy `wake`.
      batch[i]->wake.notify_one();
    }
  }
  if (!queue_.empty()) {
    queue_.front()->wake.notify_one();
  }
}

}  // namespace gongkai::store
