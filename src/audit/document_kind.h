// Naming what a file turned out to hold (printed with the report): the reader chosen by content,
// and the layout the tables came in where it matters for how they were read.
#pragma once

#include <string>

#include "audit/document.h"

namespace gongkai::audit {

// "纯文本", "纯文本（表格连在一行中）", "Markdown 表格", "HTML", "HTML（位于 JavaScript
// 字符串中，已先还原）", "PDF", "DOCX". Pure; looks at the lines once.
std::string DocumentKindName(const Document& document);

}  // namespace gongkai::audit
