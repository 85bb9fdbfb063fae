#include "search/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "search/text_normalizer.h"

namespace gongkai::search {

struct Tokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
};

namespace {

bool IsDigit(char32_t c) {
  return c >= U'0' && c <= U'9';
}

void EmitHanRun(std::u32string_view run, std::string& term,
                const std::function<void(std::string_view)>& sink) {
  for (size_t i = 0; i < run.size(); ++i) {
    term = EncodeUtf8(run.substr(i, 1));
    sink(term);
    if (i + 1 < run.size()) {
      term = EncodeUtf8(run.substr(i, 2));
      sink(term);
    }
  }
}

// Length of the 文号 tail "(2019)19号" starting at `start`, or 0 when there is none.
size_t DocNoTailLength(std::u32string_view text, size_t start) {
  size_t i = start;
  if (i >= text.size() || text[i] != U'(') {
    return 0;
  }
  ++i;
  size_t digits = 0;
  while (i < text.size() && IsDigit(text[i])) {
    ++i;
    ++digits;
  }
  if (digits != 4 || i >= text.size() || text[i] != U')') {
    return 0;
  }
  ++i;
  digits = 0;
  while (i < text.size() && IsDigit(text[i])) {
    ++i;
    ++digits;
  }
  if (digits == 0 || digits > 5 || i >= text.size() || text[i] != U'号') {
    return 0;
  }
  return i + 1 - start;
}

}  // namespace

std::string DocNoTerm(std::u32string_view doc_no) {
  std::u32string term(kDocNoPrefix.begin(), kDocNoPrefix.end());
  term.append(doc_no);
  return EncodeUtf8(term);
}

core::Result<Tokenizer> Tokenizer::Create() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
  if (U_FAILURE(status) || words == nullptr) {
    return core::Error::Unavailable("无法加载 ICU 中文分词数据");
  }
  auto impl = std::make_unique<Impl>();
  impl->words = std::move(words);
  return Tokenizer(std::move(impl));
}

Tokenizer::Tokenizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;
Tokenizer::~Tokenizer() = default;

std::vector<std::pair<size_t, size_t>> Tokenizer::SegmentWords(std::u32string_view han_run) {
  std::vector<std::pair<size_t, size_t>> out;
  // Han characters of the BMP and extension A are one UTF-16 unit each, so UTF-16 offsets are
  // code point offsets here.
  icu::UnicodeString text;
  for (const char32_t c : han_run) {
    text.append(static_cast<UChar32>(c));
  }
  impl_->words->setText(text);
  int32_t begin = impl_->words->first();
  for (int32_t end = impl_->words->next(); end != icu::BreakIterator::DONE;
       begin = end, end = impl_->words->next()) {
    out.emplace_back(static_cast<size_t>(begin), static_cast<size_t>(end));
  }
  return out;
}

void Tokenizer::ForEachTerm(std::u32string_view normalized, DictionaryWords words,
                            const std::function<void(std::string_view term)>& sink) {
  std::string term;
  size_t i = 0;
  while (i < normalized.size()) {
    const char32_t c = normalized[i];
    size_t end = i + 1;
    if (IsHan(c)) {
      while (end < normalized.size() && IsHan(normalized[end])) {
        ++end;
      }
      const std::u32string_view run = normalized.substr(i, end - i);
      EmitHanRun(run, term, sink);
      if (words == DictionaryWords::kYes && run.size() >= 3) {
        for (const auto& [word_begin, word_end] : SegmentWords(run)) {
          if (word_end - word_begin >= 3) {
            term = EncodeUtf8(run.substr(word_begin, word_end - word_begin));
            sink(term);
          }
        }
      }
    } else if (IsAsciiWordChar(c)) {
      while (end < normalized.size() && IsAsciiWordChar(normalized[end])) {
        ++end;
      }
      term = EncodeUtf8(normalized.substr(i, end - i));
      sink(term);
    }
    i = end;
  }
  for (const std::u32string& doc_no : FindDocNumbers(normalized)) {
    sink(DocNoTerm(doc_no));
  }
}

std::vector<std::u32string> FindDocNumbers(std::u32string_view normalized) {
  std::vector<std::u32string> out;
  for (size_t open = normalized.find(U'('); open != std::u32string_view::npos;
       open = normalized.find(U'(', open + 1)) {
    const size_t tail = DocNoTailLength(normalized, open);
    if (tail == 0) {
      continue;
    }
    size_t begin = open;
    while (begin > 0 && open - begin < 8 && IsHan(normalized[begin - 1])) {
      --begin;
    }
    for (size_t start = open >= 2 ? open - 2 : 0; start + 1 > begin && open - start >= 2; --start) {
      out.emplace_back(normalized.substr(start, open - start + tail));
      if (start == 0) {
        break;
      }
    }
  }
  return out;
}

}  // namespace gongkai::search
