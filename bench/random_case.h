// The random disclosure request the storage and report benchmarks load by the million.
#pragma once

#include <random>
#include <string>

#include "domain/request_case.h"

namespace gongkai::bench {

// A case of `agency_id` received on a uniformly random day of 2019–2024 by one of the six
// applicant columns; 80 % are closed (replied) within 60 days with a random outcome row of the
// 2021 template, the rest are still open. No tracking number. Deterministic for a given `random`.
domain::RequestCase RandomCase(std::mt19937& random, const std::string& agency_id);

}  // namespace gongkai::bench
