#include "audit/fused_run_splitter.h"

#include <numeric>
#include <string>

namespace gongkai::audit {
namespace {

constexpr std::size_t kMaxDigits = 40;
constexpr std::size_t kMaxNumberDigits = 15;
constexpr std::size_t kGroupSize = 5;
// Numbers tried before the search gives up (reported as truncated: too many readings to decide).
// A 15-cell row of 40 digits has C(39, 14) cuts; real rows stop after a few thousand.
constexpr std::size_t kMaxSteps = 200000;

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

struct Search {
  std::span<const std::string_view> tokens;
  std::size_t cell_count;
  const SplitRule* rule;
  std::size_t limit;
  CellValues current;
  SplitCandidates result;
  std::size_t digits_left = 0;  // digits not yet consumed, over all tokens
  std::size_t steps = 0;
};

void Recurse(Search& search, std::size_t token, std::size_t offset);

// Takes one number starting at `offset` of `token`, of each possible length.
void TakeNumber(Search& search, std::size_t token, std::size_t offset) {
  const std::string_view text = search.tokens[token];
  std::int64_t sign = 1;
  std::size_t begin = offset;
  if (offset == 0 && (text[0] == '+' || text[0] == '-')) {
    sign = text[0] == '-' ? -1 : 1;
    begin = 1;
  }
  const std::size_t available = text.size() - begin;
  const std::size_t max_length = text[begin] == '0' ? 1 : std::min(available, kMaxNumberDigits);
  for (std::size_t length = 1; length <= max_length; ++length) {
    if (++search.steps > kMaxSteps) {
      search.result.truncated = true;
      return;
    }
    // Every later cell needs one digit at least.
    const std::size_t cells_after = search.cell_count - search.current.size() - 1;
    if (search.digits_left - length < cells_after) {
      break;
    }
    std::int64_t value = 0;
    for (std::size_t i = begin; i < begin + length; ++i) {
      value = value * 10 + (text[i] - '0');
    }
    search.current.push_back(sign * value);
    search.digits_left -= length;
    Recurse(search, token, begin + length);
    search.digits_left += length;
    search.current.pop_back();
    if (search.result.truncated) {
      return;
    }
  }
}

void Recurse(Search& search, std::size_t token, std::size_t offset) {
  if (token < search.tokens.size() && offset == search.tokens[token].size()) {
    ++token;
    offset = 0;
  }
  if (token == search.tokens.size()) {
    if (search.current.size() != search.cell_count) {
      return;
    }
    if (*search.rule && !(*search.rule)(search.current)) {
      return;
    }
    if (search.result.splits.size() == search.limit) {
      search.result.truncated = true;
      return;
    }
    search.result.splits.push_back(search.current);
    return;
  }
  if (search.current.size() == search.cell_count) {
    return;  // digits are left but every cell is taken
  }
  TakeNumber(search, token, offset);
}

}  // namespace

bool IsDigitRun(std::string_view token) {
  if (!token.empty() && (token[0] == '+' || token[0] == '-')) {
    token.remove_prefix(1);
  }
  if (token.empty()) {
    return false;
  }
  for (char c : token) {
    if (!IsDigit(c)) {
      return false;
    }
  }
  return true;
}

SplitCandidates EnumerateSplits(std::span<const std::string_view> tokens, int cell_count,
                                const SplitRule& rule, std::size_t limit) {
  Search search{tokens, static_cast<std::size_t>(cell_count), &rule, limit, {}, {}, 0};
  if (cell_count <= 0) {
    search.result.readable = false;
    return search.result;
  }
  for (std::string_view token : tokens) {
    if (!IsDigitRun(token)) {
      search.result.readable = false;
      return search.result;
    }
    search.digits_left += token.size() - (IsDigit(token[0]) ? 0 : 1);
  }
  if (search.digits_left > kMaxDigits || tokens.size() > search.cell_count) {
    search.result.readable = false;
    return search.result;
  }
  if (search.digits_left < search.cell_count) {
    return search.result;
  }
  search.current.reserve(search.cell_count);
  Recurse(search, 0, 0);
  return search.result;
}

std::string JoinCellValues(const CellValues& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    out += (i == 0 ? "" : "、") + std::to_string(cells[i]);
  }
  return out;
}

bool LastIsSum(const CellValues& cells) {
  if (cells.empty()) {
    return false;
  }
  return std::accumulate(cells.begin(), cells.end() - 1, std::int64_t{0}) == cells.back();
}

bool GroupsOfFiveSum(const CellValues& cells) {
  if (cells.size() % kGroupSize != 0) {
    return false;
  }
  for (std::size_t group = 0; group < cells.size(); group += kGroupSize) {
    const auto first = cells.begin() + static_cast<std::ptrdiff_t>(group);
    if (std::accumulate(first, first + kGroupSize - 1, std::int64_t{0}) != first[kGroupSize - 1]) {
      return false;
    }
  }
  return true;
}

}  // namespace gongkai::audit
