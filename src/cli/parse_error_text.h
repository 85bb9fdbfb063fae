// Command-line parse errors in Chinese: CLI11 words its errors in English ("--year is
// required"); clerks get what is wrong with which option, in Chinese, with the option named.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::cli {

// Translates a CLI11 parse error, given its class name (`CLI::Error::get_name()`, e.g.
// "RequiredError") and its English message (`what()`), into one Chinese sentence without a
// trailing newline. Messages it does not recognise keep their English text after a Chinese lead,
// so that nothing the user needs is lost. Pure; thread-safe.
std::string ParseErrorInChinese(std::string_view error_name, std::string_view message);

}  // namespace gongkai::cli
