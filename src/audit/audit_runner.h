// Auditing published annual reports: the pure "audit one file" pipeline (read -> extract -> check)
// and the batch engine that audits thousands of files on every core with bounded memory,
// delivering the outcomes in input order.
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>

#include "audit/batch_summary.h"
#include "audit/document_reader.h"
#include "core/result.h"
#include "domain/annual_report.h"

namespace gongkai::audit {

// The audit of one file: the extracted report (with its findings), or why it could not be read.
struct AuditOutcome {
  std::string path;
  // The report, or kNotFound / kInvalidArgument when the file cannot be read or is not an
  // annual report (the message says what and where, in Chinese).
  core::Result<domain::AnnualReport> report;
  AuditStatus status = AuditStatus::kUnreadable;
  // What the file turned out to hold (DocumentKindName); empty when it could not be read.
  std::string kind;
};

// Reads `path` (any supported format), extracts the report and runs every consistency check.
// The outcome's status is kErrors when any finding has severity error, kUnreadable when the file
// cannot be read or holds no annual report, kOk otherwise. Never fails otherwise; thread-safe.
AuditOutcome AuditFile(const std::string& path, const ReadOptions& options = {});

// Audits one path; must be thread-safe. The default is AuditFile.
using Auditor = std::function<AuditOutcome(const std::string& path)>;
// Receives each outcome with its summary row, in input order, on the thread that called
// AuditBatch. `index` is the position in the input list.
using OutcomeCallback =
    std::function<void(std::size_t index, const AuditOutcome& outcome, const FileSummary& row)>;
// Receives the number of files audited so far (in any order) and the total, on the calling thread.
using ProgressCallback = std::function<void(std::size_t done, std::size_t total)>;

struct BatchOptions {
  // Worker threads. 0 = std::thread::hardware_concurrency() (at least 1). Never more than files.
  int jobs = 0;
  // How many audited files may wait for in-order delivery at once; bounds memory to about
  // `window` reports. 0 = 32 × jobs.
  std::size_t window = 0;
  ReadOptions read_options;
  // Replaces AuditFile (tests inject fakes). Empty = AuditFile with `read_options`.
  Auditor auditor;
};

struct BatchCallbacks {
  OutcomeCallback on_outcome;    // optional
  ProgressCallback on_progress;  // optional
};

// Audits every path with a pool of worker threads. Reports are discarded once delivered to
// `on_outcome`, so memory stays bounded however many files there are; the returned summary holds
// only the totals and rule counters. The callbacks run on the calling thread, never concurrently.
// Thread-compatible: call from one thread at a time.
BatchSummary AuditBatch(std::span<const std::string> paths, const BatchOptions& options,
                        const BatchCallbacks& callbacks = {});

}  // namespace gongkai::audit
