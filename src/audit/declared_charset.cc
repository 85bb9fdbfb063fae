#include "audit/declared_charset.h"

#include <algorithm>
#include <cctype>
#include <cstddef>

#include "audit/ascii_text.h"

namespace gongkai::audit {
namespace {

// The next "<meta" or "<?xml", in any case, at or after `position`; npos when there is none.
std::size_t FindDeclarationTag(std::string_view head, std::size_t position) {
  for (std::size_t tag = head.find('<', position); tag != std::string_view::npos;
       tag = head.find('<', tag + 1)) {
    const std::string_view name = head.substr(tag + 1, 4);
    if (EqualsIgnoringAsciiCase(name, "meta") || EqualsIgnoringAsciiCase(name, "?xml")) {
      return tag;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::optional<std::string> FindDeclaredCharset(std::string_view head) {
  constexpr std::size_t kScanBytes = 4096;
  const std::string_view window = head.substr(0, kScanBytes);
  std::size_t position = 0;
  while (position < window.size()) {
    const std::size_t tag = FindDeclarationTag(window, position);
    if (tag == std::string::npos) {
      return std::nullopt;
    }
    const std::size_t tag_end = std::min(window.find('>', tag), window.size());
    // Only the tag is lower-cased, not the whole head.
    const std::string lower = LowerAscii(window.substr(tag, tag_end - tag));
    const std::string_view inside = lower;
    const bool is_xml = inside.starts_with("<?xml");
    const std::size_t key = inside.find(is_xml ? "encoding" : "charset");
    if (key != std::string_view::npos) {
      std::size_t value = key + (is_xml ? 8 : 7);
      while (value < inside.size() && (inside[value] == ' ' || inside[value] == '=' ||
                                       inside[value] == '"' || inside[value] == '\'')) {
        ++value;
      }
      std::size_t value_end = value;
      while (value_end < inside.size() &&
             (std::isalnum(static_cast<unsigned char>(inside[value_end])) != 0 ||
              std::string_view("-_.:").find(inside[value_end]) != std::string_view::npos)) {
        ++value_end;
      }
      if (value_end > value) {
        return std::string(inside.substr(value, value_end - value));
      }
    }
    position = tag_end;
  }
  return std::nullopt;
}

}  // namespace gongkai::audit
