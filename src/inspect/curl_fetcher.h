// The Fetcher on libcurl's multi interface: many transfers on one thread, each bounded by a
// total time limit and a body size limit. Names under ".invalid" fail as DNS errors at once
// (RFC 6761 reserves them), so tests of DNS failures send nothing to a resolver.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "core/result.h"
#include "inspect/fetcher.h"

namespace gongkai::inspect {

struct CurlOptions {
  int timeout_ms = 15000;         // whole transfer (I1: a homepage not complete in 15 s fails)
  int connect_timeout_ms = 5000;  // TCP + TLS handshake
  std::size_t max_body_bytes = 5 * 1024 * 1024;  // larger bodies are cut (LinkChecker: 5 MB)
  std::string user_agent = "gongkai-inspect/0.1 (+https://github.com/gongkai; 网站巡查)";
};

// A libcurl fetcher. kInternal when libcurl cannot be initialised. Not thread-safe: one crawl
// thread uses it.
core::Result<std::unique_ptr<Fetcher>> CreateCurlFetcher(const CurlOptions& options);

}  // namespace gongkai::inspect
