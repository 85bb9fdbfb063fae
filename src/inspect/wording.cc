#include "inspect/wording.h"

#include "inspect/text_lines.h"
#include "inspect/wording_data.h"

namespace gongkai::inspect {
namespace {

bool IsContinuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) {
      return fields;
    }
    start = tab + 1;
  }
}

}  // namespace

std::string ContextAround(std::string_view text, std::size_t offset, std::size_t length,
                          std::size_t chars) {
  std::size_t begin = offset;
  for (std::size_t n = 0; n < chars && begin > 0; ++n) {
    do {
      --begin;
    } while (begin > 0 && IsContinuation(text[begin]));
  }
  std::size_t end = offset + length;
  for (std::size_t n = 0; n < chars && end < text.size(); ++n) {
    do {
      ++end;
    } while (end < text.size() && IsContinuation(text[end]));
  }
  std::string context(text.substr(begin, end - begin));
  for (char& c : context) {
    if (c == '\n') {
      c = ' ';
    }
  }
  return context;
}

core::Result<WordingList> WordingList::Parse(std::string_view tsv) {
  WordingList list;
  std::size_t line_number = 0;
  for (const std::string_view line : SplitLines(tsv)) {
    ++line_number;
    if (line.empty() || line.front() == '#') {
      continue;
    }
    const std::vector<std::string_view> fields = SplitTabs(line);
    if (fields.size() != 4 || fields[0].empty()) {
      return core::Error::InvalidArgument("用词表第 " + std::to_string(line_number) +
                                          " 行应有四列（错误写法、正确写法、类别、来源）");
    }
    if (fields[2] == "skip") {
      continue;
    }
    list.entries_.push_back({std::string(fields[0]), std::string(fields[1]), std::string(fields[2]),
                             std::string(fields[3])});
  }
  return list;
}

core::Result<WordingList> WordingList::Builtin() {
  return Parse(BuiltinWordingTsv());
}

std::vector<WordingHit> WordingList::Find(std::string_view text) const {
  std::vector<WordingHit> hits;
  for (std::size_t index = 0; index < entries_.size(); ++index) {
    const std::string& wrong = entries_[index].wrong;
    for (std::size_t at = text.find(wrong); at != std::string_view::npos;
         at = text.find(wrong, at + wrong.size())) {
      hits.push_back({index, ContextAround(text, at, wrong.size(), 12)});
    }
  }
  return hits;
}

}  // namespace gongkai::inspect
