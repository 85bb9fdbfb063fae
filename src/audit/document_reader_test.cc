#include "audit/document_reader.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

namespace gongkai::audit {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::string SharedPath(const std::string& relative) {
  return std::string(GONGKAI_SHARED_DIR) + "/" + relative;
}

// A file in the test's temporary directory, removed when the test ends.
class TempFile {
 public:
  explicit TempFile(const std::string& name)
      : path_(testing::TempDir() + std::to_string(getpid()) + "_" + name) {}
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() { std::filesystem::remove(path_); }

  const std::string& Write(std::string_view bytes) const {
    std::ofstream(path_, std::ios::binary) << bytes;
    return path_;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST(DocumentReaderTest, ReadsEachFormatByContent) {
  TempFile pdf_named_txt("report.txt");
  auto document =
      ReadDocumentFile(pdf_named_txt.Write(ReadFile(SharedPath("reports/hongze-2024.pdf"))));
  ASSERT_TRUE(document.has_value()) << document.error().message;
  EXPECT_EQ(document->format, SourceFormat::kPdf);
  ASSERT_FALSE(document->warnings.empty());
  EXPECT_NE(document->warnings[0].find(".txt"), std::string::npos);

  auto html = ReadDocumentBytes("<p>一、总体情况</p>", "page");
  ASSERT_TRUE(html.has_value());
  EXPECT_EQ(html->format, SourceFormat::kHtml);
  auto text = ReadDocumentFile(SharedPath("seeds/000_1ec9b8d8ffb3b045.txt"));
  ASSERT_TRUE(text.has_value()) << text.error().message;
  EXPECT_EQ(text->format, SourceFormat::kText);
  EXPECT_EQ(text->detected_encoding, "UTF-8");
}

TEST(DocumentReaderTest, ReportsMissingAndUnreadableFiles) {
  auto missing = ReadDocumentFile("/nonexistent/报告.pdf");
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code, core::ErrorCode::kNotFound);
  auto directory = ReadDocumentFile(testing::TempDir());
  ASSERT_FALSE(directory.has_value());
  EXPECT_EQ(directory.error().code, core::ErrorCode::kInvalidArgument);
}

TEST(DocumentReaderTest, RefusesEmptyAndBlankFiles) {
  TempFile empty("empty.txt");
  auto document = ReadDocumentFile(empty.Write(""));
  ASSERT_FALSE(document.has_value());
  EXPECT_NE(document.error().message.find("空"), std::string::npos);
  auto blank = ReadDocumentBytes(" \r\n\t\n", "blank.txt");
  ASSERT_FALSE(blank.has_value());
  EXPECT_NE(blank.error().message.find("没有可读取的文字"), std::string::npos);
  auto empty_html = ReadDocumentBytes("<html><body><script>x()</script></body></html>", "a.html");
  ASSERT_FALSE(empty_html.has_value());
}

TEST(DocumentReaderTest, RefusesFilesOverTheLimit) {
  ReadOptions options;
  options.max_bytes = 1000;
  TempFile big("big.txt");
  auto document = ReadDocumentFile(big.Write(std::string(2000, 'x')), options);
  ASSERT_FALSE(document.has_value());
  EXPECT_EQ(document.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_NE(document.error().message.find("过大"), std::string::npos);
  EXPECT_FALSE(ReadDocumentBytes(std::string(1001, 'x'), "x.txt", options).has_value());
  EXPECT_TRUE(ReadDocumentBytes(std::string(1000, 'x'), "x.txt", options).has_value());
}

TEST(DocumentReaderTest, RefusesBinaryJunk) {
  const std::string program = ReadFile("/bin/ls");
  ASSERT_FALSE(program.empty());
  for (const char* name : {"ls", "report.txt", "report.html", "report.pdf", "report.docx"}) {
    auto document = ReadDocumentBytes(program, name);
    ASSERT_FALSE(document.has_value()) << name;
    EXPECT_EQ(document.error().code, core::ErrorCode::kInvalidArgument);
  }
  // The same bytes after a text header are still junk.
  auto document = ReadDocumentBytes("一、总体情况\n" + program.substr(4), "report.txt");
  ASSERT_FALSE(document.has_value());
}

TEST(DocumentReaderTest, ReadsAHundredMegabyteTextFileInBoundedMemory) {
  const std::string seed = ReadFile(SharedPath("reports/real-012.txt")) +
                           ReadFile(SharedPath("seeds/002_8ada8d9c032649de.txt"));
  ASSERT_FALSE(seed.empty());
  TempFile big("hundred_megabytes.txt");
  {
    std::ofstream out(big.path(), std::ios::binary);
    for (std::size_t written = 0; written < 100u * 1000 * 1000; written += seed.size()) {
      out << seed;
    }
  }
  auto document = ReadDocumentFile(big.path());
  ASSERT_TRUE(document.has_value()) << document.error().message;
  rusage after{};
  getrusage(RUSAGE_SELF, &after);
  const double peak_megabytes = static_cast<double>(after.ru_maxrss) / 1024;
  EXPECT_GT(document->lines.size(), 1000000u);
  // A blow-up guard (a hang is caught by the test's ctest TIMEOUT). Each line of this file costs
  // the Document about 250 bytes, so memory stays within a few times the file size.
  EXPECT_LT(peak_megabytes, 1500.0);
}

}  // namespace
}  // namespace gongkai::audit
