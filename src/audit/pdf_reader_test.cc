#include "audit/pdf_reader.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace gongkai::audit {
namespace {

std::string ReadShared(const std::string& relative) {
  std::ifstream in(std::string(GONGKAI_SHARED_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// A minimal PDF with one page per content stream, text in the standard Helvetica font.
std::string BuildPdf(const std::vector<std::string>& contents, const std::string& page_extra = "") {
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "",
                                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string kids;
  for (const std::string& content : contents) {
    const std::size_t page_number = objects.size() + 1;
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + page_extra +
                      "/Resources << /Font << /F1 3 0 R >> >> /Contents " +
                      std::to_string(page_number + 1) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
                      "\nendstream");
    kids += std::to_string(page_number) + " 0 R ";
  }
  objects[1] =
      "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(contents.size()) + " >>";
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof(entry), "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

std::string Text(const std::string& text, double x, double y,
                 const std::string& matrix = "1 0 0 1") {
  return "BT /F1 12 Tf " + matrix + " " + std::to_string(x) + " " + std::to_string(y) + " Tm (" +
         text + ") Tj ET\n";
}

std::vector<std::string> CellTexts(const TextLine& line) {
  std::vector<std::string> texts;
  for (const TextCell& cell : line.cells) {
    texts.push_back(cell.text);
  }
  return texts;
}

std::vector<const TextLine*> TextLines(const Document& document) {
  std::vector<const TextLine*> lines;
  for (const TextLine& line : document.lines) {
    if (line.kind != LineKind::kPageBreak) {
      lines.push_back(&line);
    }
  }
  return lines;
}

// The line whose first cell (after a vertical group label, if any) is `label`.
const TextLine* FindRow(const Document& document, const std::string& label) {
  for (const TextLine& line : document.lines) {
    for (const TextCell& cell : line.cells) {
      if (cell.text == label) {
        return &line;
      }
    }
  }
  return nullptr;
}

std::vector<std::string> CellsAfter(const TextLine& line, const std::string& label) {
  std::vector<std::string> texts = CellTexts(line);
  auto at = std::find(texts.begin(), texts.end(), label);
  return at == texts.end() ? std::vector<std::string>()
                           : std::vector<std::string>(at + 1, texts.end());
}

TEST(PdfReaderTest, ReadsTableRowsOfHandMadePdf) {
  const std::string page = Text("Rules", 72, 700) + Text("0", 300, 700) + Text("14", 400, 700) +
                           Text("Permits", 72, 680) + Text("349257", 300, 680);
  auto document = ReadPdfDocument(BuildPdf({page, Text("Page two", 72, 700)}));
  ASSERT_TRUE(document.has_value()) << document.error().message;
  EXPECT_EQ(document->format, SourceFormat::kPdf);
  ASSERT_EQ(document->lines.size(), 5u);
  EXPECT_EQ(CellTexts(document->lines[0]), (std::vector<std::string>{"Rules", "0", "14"}));
  EXPECT_EQ(CellTexts(document->lines[1]), (std::vector<std::string>{"Permits", "349257"}));
  EXPECT_EQ(document->lines[2].kind, LineKind::kPageBreak);
  EXPECT_EQ(document->lines[2].page, 0);
  EXPECT_EQ(document->lines[3].page, 1);
  EXPECT_EQ(document->lines[4].kind, LineKind::kPageBreak);
  EXPECT_EQ(document->lines[4].page, 1);
  EXPECT_NEAR(*document->lines[0].cells[1].x_begin, 300, 1);
}

TEST(PdfReaderTest, ReadsSidewaysText) {
  // Text turned clockwise (reading downwards), as when a wide table is set across a portrait page.
  const std::string down = "0 -1 1 0";
  const std::string page = Text("Rules", 500, 700, down) + Text("111", 500, 400, down) +
                           Text("Permits", 480, 700, down) + Text("222", 480, 400, down);
  auto document = ReadPdfDocument(BuildPdf({page}));
  ASSERT_TRUE(document.has_value()) << document.error().message;
  std::vector<const TextLine*> lines = TextLines(*document);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(CellTexts(*lines[0]), (std::vector<std::string>{"Rules", "111"}));
  EXPECT_EQ(CellTexts(*lines[1]), (std::vector<std::string>{"Permits", "222"}));
}

TEST(PdfReaderTest, ReadsRotatedPage) {
  const std::string page = Text("Rules", 72, 700) + Text("111", 300, 700) +
                           Text("Permits", 72, 680) + Text("222", 300, 680);
  auto document = ReadPdfDocument(BuildPdf({page}, "/Rotate 90 "));
  ASSERT_TRUE(document.has_value()) << document.error().message;
  std::vector<const TextLine*> lines = TextLines(*document);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(CellTexts(*lines[0]), (std::vector<std::string>{"Rules", "111"}));
}

TEST(PdfReaderTest, RefusesPdfWithoutText) {
  auto document = ReadPdfDocument(BuildPdf({"0 0 m 100 100 l S"}));
  ASSERT_FALSE(document.has_value());
  EXPECT_EQ(document.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_NE(document.error().message.find("扫描"), std::string::npos) << document.error().message;
}

TEST(PdfReaderTest, WarnsAboutPagesWithoutText) {
  auto document = ReadPdfDocument(BuildPdf({Text("Hello", 72, 700), ""}));
  ASSERT_TRUE(document.has_value()) << document.error().message;
  ASSERT_EQ(document->warnings.size(), 1u);
  EXPECT_NE(document->warnings[0].find("第 2 页"), std::string::npos) << document->warnings[0];
}

TEST(PdfReaderTest, RefusesTruncatedPdf) {
  const std::string pdf = ReadShared("reports/hongze-2024.pdf");
  ASSERT_FALSE(pdf.empty());
  for (std::size_t size : {std::size_t{5}, pdf.size() / 3, pdf.size() - 100}) {
    auto document = ReadPdfDocument(std::string_view(pdf).substr(0, size));
    ASSERT_FALSE(document.has_value()) << size;
    EXPECT_NE(document.error().message.find("不完整"), std::string::npos) << size;
  }
}

TEST(PdfReaderTest, RefusesDamagedPdf) {
  auto document = ReadPdfDocument("%PDF-1.7\n\x01\x02 garbage that is no PDF at all\n%%EOF\n");
  ASSERT_FALSE(document.has_value());
  EXPECT_EQ(document.error().code, core::ErrorCode::kInvalidArgument);
}

TEST(PdfReaderTest, Hongze2024RequestRowsComeOutWhole) {
  const std::string pdf = ReadShared("reports/hongze-2024.pdf");
  ASSERT_FALSE(pdf.empty());
  auto document = ReadPdfDocument(pdf);
  ASSERT_TRUE(document.has_value()) << document.error().message;
  const TextLine* received = FindRow(*document, "一、本年新收政府信息公开申请数量");
  ASSERT_NE(received, nullptr);
  EXPECT_EQ(CellTexts(*received), (std::vector<std::string>{"一、本年新收政府信息公开申请数量",
                                                            "95", "0", "0", "0", "0", "0", "95"}));
  // The eight 不予公开 rows, each one line with its seven numbers, in the printed order.
  const std::vector<std::pair<std::string, std::string>> not_disclosed = {
      {"1.属于国家秘密", "0"},       {"2.其他法律行政止公开", "0"},   {"3.危及“三安全一稳定”", "1"},
      {"4.保护第三方合法权益", "0"}, {"5.属于三类内部事务信息", "0"}, {"6.属于四类过程性信息", "1"},
      {"7.属于行政执法案卷", "1"},   {"8.属于行政查询事项", "0"}};
  const TextLine* previous = nullptr;
  for (const auto& [label, count] : not_disclosed) {
    const TextLine* row = FindRow(*document, label);
    ASSERT_NE(row, nullptr) << label;
    EXPECT_EQ(CellsAfter(*row, label),
              (std::vector<std::string>{count, "0", "0", "0", "0", "0", count}))
        << label;
    EXPECT_GT(row, previous) << label;
    previous = row;
  }
  int page_breaks = 0;
  for (const TextLine& line : document->lines) {
    page_breaks += line.kind == LineKind::kPageBreak ? 1 : 0;
  }
  EXPECT_EQ(page_breaks, 5);
}

TEST(PdfReaderTest, Hongze2023ReviewRowKeepsItsFifteenCells) {
  const std::string pdf = ReadShared("reports/hongze-2023.pdf");
  ASSERT_FALSE(pdf.empty());
  auto document = ReadPdfDocument(pdf);
  ASSERT_TRUE(document.has_value()) << document.error().message;
  const std::vector<std::string> review = {"10", "1", "0", "0", "0", "0", "0", "0",
                                           "0",  "0", "5", "0", "0", "0", "0"};
  bool found = false;
  for (const TextLine& line : document->lines) {
    found = found || CellTexts(line) == review;
  }
  EXPECT_TRUE(found);
  const TextLine* total = FindRow(*document, "（七）总计");
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(CellsAfter(*total, "（七）总计"),
            (std::vector<std::string>{"21", "0", "0", "0", "0", "0", "21"}));
}

}  // namespace
}  // namespace gongkai::audit
