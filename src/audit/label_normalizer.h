// Normalising printed table labels so that the many ways agencies type the same label compare
// equal: full-width vs half-width brackets and digits, 1．/1、/1. numbering, curly vs straight
// quotes, spaces typed inside labels ("三 、本 年 度办 理 结果"), labels broken over lines, and
// several labels run together in one text ("（四）无法提供1.本机关不掌握相关政府信息").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::audit {

// How a label is numbered.
enum class OrdinalKind {
  kNone,
  kChineseComma,  // 三、  (top-level rows and section headings)
  kChineseParen,  // （三） (row groups and second-level rows)
  kArabic,        // 3.  3、  3．  (3)  (sub-rows)
};

struct Ordinal {
  OrdinalKind kind = OrdinalKind::kNone;
  int value = 0;  // 1-based; 0 when kind is kNone
};

struct NormalizedLabel {
  Ordinal ordinal;
  // The label without its numbering, reduced to CJK ideographs and ASCII letters/digits (letters
  // lower-cased): punctuation, quotes, brackets and spaces are dropped.
  std::u32string core;
};

// Folds every character (FoldChar) and removes white space. The basis of every comparison.
std::u32string FoldCompact(std::u32string_view text);

// Same, appended to `out`.
void AppendFoldCompact(std::u32string_view text, std::u32string& out);

// FoldCompact(DecodeUtf8(utf8)) appended to `out`, decoded and folded in one pass.
void AppendFoldCompactUtf8(std::string_view utf8, std::u32string& out);

// Reduces folded text to its core: CJK ideographs and ASCII letters/digits only.
std::u32string CoreOf(std::u32string_view folded);

// Same, appended to `out`.
void AppendCore(std::u32string_view folded, std::u32string& out);

// Parses the leading numbering of `compact` (output of FoldCompact) and returns it with the core
// of the rest. "（三）不予公开" -> {kChineseParen, 3}, "不予公开"; "1、属于国家秘密" -> {kArabic,
// 1}.
NormalizedLabel NormalizeCompact(std::u32string_view compact);

// Same, into `label` (whose buffer is reused). `compact` must not view label.core.
void NormalizeCompactInto(std::u32string_view compact, NormalizedLabel& label);

// Convenience: NormalizeCompact(FoldCompact(DecodeUtf8(text))).
NormalizedLabel NormalizeLabel(std::string_view utf8_text);

// Splits `compact` before every numbering that starts a new label inside it, e.g.
// "三、本年度办理结果(一)予以公开" -> {"三、本年度办理结果", "(一)予以公开"} and
// "本2.其他法律行政法规禁止公开" -> {"本", "2.其他法律行政法规禁止公开"}. Numbering preceded by
// "第" ("第二十条第(一)项") does not split. Always returns at least one (possibly empty) piece.
std::vector<std::u32string> SplitAtOrdinals(std::u32string_view compact);

// Same, as views into `compact`, into `pieces` (replacing its content).
void SplitAtOrdinalsInto(std::u32string_view compact, std::vector<std::u32string_view>& pieces);

// The value of a run of Chinese numerals (一 … 九十九, 〇/零 allowed), or 0 when it is not one.
int ChineseNumeralValue(std::u32string_view numerals);

}  // namespace gongkai::audit
