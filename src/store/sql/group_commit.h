// GroupCommit: lets concurrent mutations of one store share a write transaction, and so the one
// fsync its commit costs. Callers queue their mutation; the caller at the head of the queue
// becomes the leader, takes the queued mutations (up to a bound), runs each inside its own
// savepoint of one transaction, commits once and wakes every caller with its own result. A lone
// caller leads a batch of one at once: nothing waits for a timer. Mutations queue up while a
// commit is being flushed, so the busier the store, the larger the batches.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <span>
#include <vector>

#include "core/result.h"
#include "store/sql/sql_connection.h"
#include "store/sql/transaction.h"

namespace gongkai::store {

struct GroupCommitOptions {
  // The most mutations one transaction holds (default 256, so one transaction stays short and a
  // caller waits for at most that many others). 1 turns grouping off: one transaction per
  // mutation, as without group commit. 0 is taken as 1.
  std::size_t max_batch_size = 256;
};

// Counters since the store was opened, for benchmarks and tests.
struct GroupCommitStats {
  std::int64_t transactions = 0;   // batches taken (counted when taken, before BEGIN)
  std::int64_t mutations = 0;      // mutations in them, failed and re-run ones included
  std::int64_t largest_batch = 0;  // most mutations in one transaction
  std::int64_t waiting = 0;        // callers queued right now, the running batch included
};

class GroupCommit {
 public:
  // Issues its statements on the connection and returns Ok, or its own error (then whatever it
  // wrote is undone; an exception counts as a kInternal error). Runs on whichever caller's
  // thread leads the batch.
  using Mutation = std::function<core::Status()>;

  // Borrows `connection` and the mutex that guards it (readers hold the same mutex); both must
  // outlive this object.
  GroupCommit(SqlConnection& connection, std::mutex& connection_mutex,
              const GroupCommitOptions& options);

  GroupCommit(const GroupCommit&) = delete;
  GroupCommit& operator=(const GroupCommit&) = delete;

  // Runs `mutation` inside a write transaction (TransactionKind::kWrite), possibly shared with
  // mutations of other callers, and returns once the commit holding its changes is durable.
  // Mutations of one transaction run one after the other in queue order, each seeing the
  // changes of those before it, so the audit chain they append to stays one line.
  // Returns Ok when committed; the mutation's own error when it failed (its savepoint is rolled
  // back; the others in the batch are unaffected); the error of BEGIN or COMMIT when the shared
  // transaction itself failed (then no mutation of that batch was written).
  // If the transaction is lost in the middle of a batch (the driver could not roll back to a
  // savepoint), the mutation that was running gets its error and every other mutation of the
  // batch is run again in a new transaction, so no caller gets a result that was not committed.
  // Thread-safe. `mutation` may run on another thread while this call waits; it must not call
  // Run or take the connection mutex itself (it would wait for itself).
  core::Status Run(const Mutation& mutation);

  GroupCommitStats stats() const;

 private:
  struct Writer;
  enum class Step { kSucceeded, kFailed, kLostTransaction };

  void LeadOneBatch(std::unique_lock<std::mutex>& queue_lock);
  // Runs `batch` in one transaction; returns which writers have their final status.
  std::vector<bool> RunBatch(std::span<Writer* const> batch);
  static Step RunOne(Transaction& transaction, Writer& writer);
  // REQUIRES: queue_mutex_ held. Dequeues and wakes the finished writers of the batch at the
  // head of the queue, then wakes the next leader.
  void Complete(std::span<Writer* const> batch, const std::vector<bool>& finished);

  SqlConnection& connection_;
  std::mutex& connection_mutex_;
  const std::size_t max_batch_size_;

  mutable std::mutex queue_mutex_;  // guards queue_, stats_ and every Writer::done
  // Waiting callers in arrival order; the head leads. A batch stays queued (at the head) until
  // it completes, so later callers wait behind it.
  std::deque<Writer*> queue_;
  GroupCommitStats stats_;
};

}  // namespace gongkai::store
