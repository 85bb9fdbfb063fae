#include "cli/parse_error_text.h"

#include <array>
#include <regex>
#include <string>

namespace gongkai::cli {
namespace {

struct Pattern {
  const char* english;  // ECMAScript regex over CLI11's message (CLI11 2.1)
  const char* chinese;  // replacement, with $1, $2 ... for the captured parts
};

// Most specific first; the first match wins.
constexpr std::array kPatterns = {
    Pattern{R"(^A subcommand is required$)", "缺少子命令，或子命令名称有误"},
    Pattern{R"(^Requires at least (\d+) subcommands$)", "至少需要 $1 个子命令"},
    Pattern{R"(^(\S+) is required$)", "缺少必填参数 $1"},
    Pattern{R"(^The following arguments? (?:were|was) not expected: (.+)$)", "无法识别的参数：$1"},
    Pattern{R"(^(\S+): Value (.*) not in range (\S+) to (\S+)$)",
            "参数 $1 的值“$2”不在 $3 到 $4 之间"},
    Pattern{R"(^(\S+): (.*) not in \{(.*)\}$)", "参数 $1 的值“$2”无效，可选：$3"},
    Pattern{R"(^(\S+): File does not exist: (.*)$)", "参数 $1 给出的文件不存在：$2"},
    Pattern{R"(^(\S+): Directory does not exist: (.*)$)", "参数 $1 给出的文件夹不存在：$2"},
    Pattern{R"(^(\S+): Path does not exist: (.*)$)", "参数 $1 给出的路径不存在：$2"},
    Pattern{R"(^(\S+): File is actually a directory: (.*)$)", "参数 $1 应为文件，但 $2 是文件夹"},
    Pattern{R"(^(\S+): Directory is actually a file: (.*)$)", "参数 $1 应为文件夹，但 $2 是文件"},
    Pattern{R"(^(\S+): \d+ required .* missing$)", "参数 $1 缺少取值"},
    Pattern{R"(^Expected exactly (\d+) arguments? to (\S+), got (\d+)$)",
            "参数 $2 需要 $1 个值，实际给了 $3 个"},
    Pattern{R"(^Expected at least (\d+) arguments? to (\S+), got (\d+)$)",
            "参数 $2 至少需要 $1 个值，实际给了 $3 个"},
    Pattern{R"(^(\S+): At Most (\d+) required but received (\d+)$)",
            "参数 $1 最多接受 $2 个值，实际给了 $3 个"},
    Pattern{R"(^(\S+): too many inputs for a flag$)", "开关 $1 不接受取值"},
    Pattern{R"(^(\S+): Should be true/false or a number$)", "开关 $1 的值应为 true/false 或数字"},
    Pattern{R"(^Could not convert: (\S+) = (.*)$)", "参数 $1 的值“$2”格式不对"},
    Pattern{R"(^The value (.*) is not an allowed value for (\S+)$)", "参数 $2 不接受值“$1”"},
    Pattern{R"(^(\S+) requires (\S+)$)", "参数 $1 须与 $2 一起使用"},
    Pattern{R"(^(\S+) excludes (\S+)$)", "参数 $1 不能与 $2 同时使用"},
};

}  // namespace

std::string ParseErrorInChinese(std::string_view error_name, std::string_view message) {
  const std::string text(message);
  for (const Pattern& pattern : kPatterns) {
    const std::regex english(pattern.english);
    if (std::regex_match(text, english)) {
      return std::regex_replace(text, english, pattern.chinese);
    }
  }
  if (error_name == "ValidationError" || error_name == "ConversionError") {
    return "参数取值有误（" + text + "）";
  }
  return "命令行有误（" + text + "）";
}

}  // namespace gongkai::cli
