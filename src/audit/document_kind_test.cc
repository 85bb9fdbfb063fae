#include "audit/document_kind.h"

#include <gtest/gtest.h>

#include "audit/document_reader.h"

namespace gongkai::audit {
namespace {

std::string KindOf(const std::string& bytes, const std::string& name) {
  const auto document = ReadDocumentBytes(bytes, name);
  return document.has_value() ? DocumentKindName(*document) : "unreadable";
}

TEST(DocumentKindTest, NamesWhatTheFileHolds) {
  EXPECT_EQ(KindOf("一、总体情况\n规章\n0\n", "a.txt"), "纯文本");
  EXPECT_EQ(KindOf("| 列1 | 数据2 |\n|---|---|\n| 规章 | 0 |\n", "a.txt"), "Markdown 表格");
  EXPECT_EQ(KindOf("<html><body><table><tr><td>规章</td></tr></table></body></html>", "a.txt"),
            "HTML");
  EXPECT_EQ(KindOf("let c = \"<table><tr><td>\\u89c4\\u7ae0</td></tr></table>\";", "a.txt"),
            "HTML（位于 JavaScript 字符串中，已先还原）");
  std::string fused = "三、收到和处理政府信息公开申请情况申请人情况";
  while (fused.size() < 3200) {
    fused += "（一）予以公开4000004";
  }
  EXPECT_EQ(KindOf(fused, "a.txt"), "纯文本（表格连在一行中）");
}

}  // namespace
}  // namespace gongkai::audit
