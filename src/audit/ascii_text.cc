#include "audit/ascii_text.h"

#include <algorithm>

namespace gongkai::audit {

void AssignLowerAscii(std::string_view text, std::string& out) {
  out.resize(text.size());
  // Through a plain pointer, which the compiler vectorises (a sniffed head is 1 KiB).
  std::transform(text.begin(), text.end(), out.data(), [](char c) { return LowerAscii(c); });
}

std::string LowerAscii(std::string_view text) {
  std::string lower;
  AssignLowerAscii(text, lower);
  return lower;
}

bool StartsWithIgnoringAsciiCase(std::string_view text, std::string_view lower_prefix) {
  if (text.size() < lower_prefix.size()) {
    return false;
  }
  for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
    if (LowerAscii(text[i]) != lower_prefix[i]) {
      return false;
    }
  }
  return true;
}

bool EqualsIgnoringAsciiCase(std::string_view text, std::string_view lower) {
  return text.size() == lower.size() && StartsWithIgnoringAsciiCase(text, lower);
}

}  // namespace gongkai::audit
