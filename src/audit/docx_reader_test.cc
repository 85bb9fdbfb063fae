#include "audit/docx_reader.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

namespace gongkai::audit {
namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;

// Writes a ZIP package with libzip into a temporary file and returns its bytes.
std::string MakeZip(const Entries& entries) {
  static int counter = 0;
  const std::string path = testing::TempDir() + "docx_reader_test_" + std::to_string(getpid()) +
                           "_" + std::to_string(counter++) + ".zip";
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  EXPECT_NE(archive, nullptr);
  for (const auto& [name, data] : entries) {
    zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
    EXPECT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE), 0);
  }
  EXPECT_EQ(zip_close(archive), 0);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::remove(path.c_str());
  return bytes.str();
}

std::string DocumentXml(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
         "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" +
         body + "<w:sectPr/></w:body></w:document>";
}

std::string Paragraph(const std::string& text) {
  return "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

std::string Cell(const std::string& text, const std::string& properties = "") {
  return "<w:tc>" + (properties.empty() ? "" : "<w:tcPr>" + properties + "</w:tcPr>") +
         Paragraph(text) + "</w:tc>";
}

std::string Row(const std::string& cells) {
  return "<w:tr>" + cells + "</w:tr>";
}

std::string Table(const std::string& rows) {
  return "<w:tbl><w:tblPr/><w:tblGrid/>" + rows + "</w:tbl>";
}

Document MustRead(const std::string& body) {
  auto document = ReadDocxDocument(MakeZip({{"word/document.xml", DocumentXml(body)}}), 1 << 20);
  EXPECT_TRUE(document.has_value()) << document.error().message;
  return document.has_value() ? std::move(*document) : Document{};
}

std::vector<std::string> CellTexts(const TextLine& line) {
  std::vector<std::string> texts;
  for (const TextCell& cell : line.cells) {
    texts.push_back(cell.text);
  }
  return texts;
}

TEST(DocxReaderTest, ParagraphsBecomeTextLines) {
  Document document = MustRead(
      Paragraph("一、总体情况") +
      "<w:p><w:r><w:t xml:space=\"preserve\">规章 </w:t></w:r><w:r><w:tab/><w:t>0</w:t></w:r>"
      "<w:del><w:r><w:delText>删掉</w:delText></w:r></w:del>"
      "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:br/><w:t>第二行</w:t></w:r></w:p>" +
      "<w:p/>");
  EXPECT_EQ(document.format, SourceFormat::kDocx);
  ASSERT_EQ(document.lines.size(), 3u);
  EXPECT_EQ(CellTexts(document.lines[0]), std::vector<std::string>{"一、总体情况"});
  EXPECT_EQ(CellTexts(document.lines[1]), std::vector<std::string>{"规章 0"});
  EXPECT_EQ(CellTexts(document.lines[2]), std::vector<std::string>{"第二行"});
}

TEST(DocxReaderTest, TableRowsCarryGridSpanAndVerticalMerge) {
  Document document =
      MustRead(Table(Row(Cell("第二十条第（一）项", "<w:gridSpan w:val=\"3\"/>")) +
                     Row(Cell("三、本年度办理结果", "<w:vMerge w:val=\"restart\"/>") +
                         Cell("（一）予以公开") + Cell("56")) +
                     Row(Cell("", "<w:vMerge/>") + Cell("（二）部分公开") + Cell("14")) +
                     Row("<w:sdt><w:sdtContent>" + Cell("（七）总计") + "</w:sdtContent></w:sdt>" +
                         Cell("70") + Cell(""))));
  ASSERT_EQ(document.lines.size(), 4u);
  for (const TextLine& line : document.lines) {
    EXPECT_EQ(line.kind, LineKind::kTableRow);
    EXPECT_EQ(line.table_index, 0);
  }
  EXPECT_EQ(document.lines[0].cells[0].colspan, 3);
  EXPECT_EQ(CellTexts(document.lines[1]),
            (std::vector<std::string>{"三、本年度办理结果", "（一）予以公开", "56"}));
  EXPECT_EQ(document.lines[1].cells[0].rowspan, 2);
  EXPECT_EQ(CellTexts(document.lines[2]), (std::vector<std::string>{"（二）部分公开", "14"}));
  EXPECT_EQ(CellTexts(document.lines[3]), (std::vector<std::string>{"（七）总计", "70", ""}));
}

TEST(DocxReaderTest, MultiParagraphCellsJoinWithLineBreaks) {
  Document document = MustRead(
      Table(Row("<w:tc>" + Paragraph("商业") + Paragraph("企业") + "</w:tc>" + Cell("5"))));
  ASSERT_EQ(document.lines.size(), 1u);
  EXPECT_EQ(CellTexts(document.lines[0]), (std::vector<std::string>{"商业\n企业", "5"}));
}

TEST(DocxReaderTest, TablesHoldingTablesAreLayout) {
  Document document =
      MustRead(Table(Row("<w:tc>" + Paragraph("正文") + Table(Row(Cell("规章") + Cell("0"))) +
                         "</w:tc>" + Cell("旁注"))) +
               Table(Row(Cell("行政许可") + Cell("9487"))));
  ASSERT_EQ(document.lines.size(), 4u);
  EXPECT_EQ(document.lines[0].kind, LineKind::kText);
  EXPECT_EQ(document.lines[1].kind, LineKind::kTableRow);
  EXPECT_EQ(document.lines[1].table_index, 0);
  EXPECT_EQ(CellTexts(document.lines[2]), std::vector<std::string>{"旁注"});
  EXPECT_EQ(document.lines[3].table_index, 1);
}

TEST(DocxReaderTest, TextBoxesAreReadOnce) {
  const std::string box = "<w:txbxContent>" + Paragraph("文本框里的字") + "</w:txbxContent>";
  Document document = MustRead(
      "<w:p><w:r><w:t>锚点</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
      "<w:drawing><wps:txbx xmlns:wps=\"x\">" +
      box + "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v=\"y\">" +
      box + "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>");
  ASSERT_EQ(document.lines.size(), 2u);
  EXPECT_EQ(CellTexts(document.lines[0]), std::vector<std::string>{"锚点"});
  EXPECT_EQ(CellTexts(document.lines[1]), std::vector<std::string>{"文本框里的字"});
}

TEST(DocxReaderTest, FindsMainPartThroughRelationships) {
  const std::string rels =
      "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
      "2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
      "officeDocument/2006/relationships/officeDocument\" Target=\"/word/main.xml\"/>"
      "</Relationships>";
  auto document = ReadDocxDocument(
      MakeZip({{"_rels/.rels", rels}, {"word/main.xml", DocumentXml(Paragraph("正文"))}}), 1 << 20);
  ASSERT_TRUE(document.has_value()) << document.error().message;
  ASSERT_EQ(document->lines.size(), 1u);
}

TEST(DocxReaderTest, RefusesDamagedAndTruncatedPackages) {
  const std::string docx = MakeZip({{"word/document.xml", DocumentXml(Paragraph("正文"))}});
  for (std::size_t size : {std::size_t{4}, docx.size() / 2, docx.size() - 1}) {
    auto document = ReadDocxDocument(std::string_view(docx).substr(0, size), 1 << 20);
    ASSERT_FALSE(document.has_value()) << size;
    EXPECT_EQ(document.error().code, core::ErrorCode::kInvalidArgument);
  }
}

TEST(DocxReaderTest, NamesOtherPackages) {
  auto excel = ReadDocxDocument(MakeZip({{"xl/workbook.xml", "<workbook/>"}}), 1 << 20);
  ASSERT_FALSE(excel.has_value());
  EXPECT_NE(excel.error().message.find("Excel"), std::string::npos);
  auto ofd = ReadDocxDocument(MakeZip({{"OFD.xml", "<ofd/>"}}), 1 << 20);
  ASSERT_FALSE(ofd.has_value());
  EXPECT_NE(ofd.error().message.find("OFD"), std::string::npos);
}

TEST(DocxReaderTest, RefusesZipBomb) {
  const std::string huge = DocumentXml(std::string(8 << 20, ' ') + Paragraph("x"));
  const std::string docx = MakeZip({{"word/document.xml", huge}});
  EXPECT_LT(docx.size(), 200000u);
  auto document = ReadDocxDocument(docx, 1 << 20);
  ASSERT_FALSE(document.has_value());
  EXPECT_NE(document.error().message.find("压缩"), std::string::npos) << document.error().message;
}

TEST(DocxReaderTest, RefusesMalformedXml) {
  auto broken =
      ReadDocxDocument(MakeZip({{"word/document.xml", "<w:document><w:body><w:p>"}}), 1 << 20);
  ASSERT_FALSE(broken.has_value());
  EXPECT_NE(broken.error().message.find("XML"), std::string::npos);
  auto no_body =
      ReadDocxDocument(MakeZip({{"word/document.xml", "<w:document xmlns:w=\"x\"/>"}}), 1 << 20);
  ASSERT_FALSE(no_body.has_value());
}

TEST(DocxReaderTest, DeepNestingIsBounded) {
  std::string nested;
  for (int i = 0; i < 20000; ++i) {
    nested += "<w:sdt><w:sdtContent>";
  }
  nested += Paragraph("深");
  for (int i = 0; i < 20000; ++i) {
    nested += "</w:sdtContent></w:sdt>";
  }
  auto document = ReadDocxDocument(
      MakeZip({{"word/document.xml", DocumentXml(Paragraph("浅") + nested)}}), 1 << 24);
  ASSERT_TRUE(document.has_value()) << document.error().message;
  ASSERT_EQ(document->lines.size(), 1u);  // the deep paragraph is beyond the nesting limit
}

}  // namespace
}  // namespace gongkai::audit
