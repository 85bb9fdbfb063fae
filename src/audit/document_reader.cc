#include "audit/document_reader.h"

#include <cerrno>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit/docx_reader.h"
#include "audit/format_sniffer.h"
#include "audit/html_reader.h"
#include "audit/js_string_html.h"
#include "audit/pdf_reader.h"
#include "audit/text_reader.h"

namespace gongkai::audit {
namespace {

constexpr std::size_t kMiB = std::size_t{1024} * 1024;

std::string SizeText(std::size_t bytes) {
  return bytes >= kMiB ? std::to_string(bytes / kMiB) + " MB" : std::to_string(bytes) + " 字节";
}

core::Error TooLarge(std::size_t size, std::size_t limit) {
  return core::Error::InvalidArgument("文件过大（" + SizeText(size) + "），超过上限 " +
                                      SizeText(limit) + "，不像是一份年度报告");
}

bool HasText(const Document& document) {
  return std::any_of(document.lines.begin(), document.lines.end(), [](const TextLine& line) {
    return std::any_of(line.cells.begin(), line.cells.end(),
                       [](const TextCell& cell) { return !cell.text.empty(); });
  });
}

core::Result<Document> ReadAs(SourceFormat format, std::string_view bytes,
                              const ReadOptions& options) {
  switch (format) {
    case SourceFormat::kPdf:
      return ReadPdfDocument(bytes);
    case SourceFormat::kDocx:
      return ReadDocxDocument(bytes, options.max_bytes);
    case SourceFormat::kHtml:
      return ReadHtmlDocument(bytes);
    case SourceFormat::kText:
      break;
  }
  return ReadTextDocument(bytes);
}

// Closes a file descriptor when it goes out of scope.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) {
      ::close(fd_);
    }
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

// Reads into `buffer` until it is full or the file ends; false on a read error.
bool ReadFully(int fd, char* buffer, std::size_t size, std::size_t& used) {
  used = 0;
  while (used < size) {
    const ssize_t got = ::read(fd, buffer + used, size - used);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got < 0) {
      return false;
    }
    if (got == 0) {
      break;
    }
    used += static_cast<std::size_t>(got);
  }
  return true;
}

// Reads the whole file, refusing more than `limit` bytes even if it grows while being read.
// Plain read(2) into the result: no stdio buffer to allocate and copy through.
core::Result<std::string> ReadWholeFile(const std::string& path, std::size_t size,
                                        std::size_t limit) {
  const FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) {
    return core::Error::InvalidArgument("无法打开文件 " + path + "：" +
                                        std::error_code(errno, std::generic_category()).message());
  }
  std::string bytes;
  bytes.resize(size);
  std::size_t used = 0;
  bool ok = ReadFully(file.get(), bytes.data(), bytes.size(), used);
  // Not a seekable regular size after all (a growing file): read on, within the limit.
  char chunk[64 * 1024];
  while (ok && used == bytes.size()) {
    std::size_t got = 0;
    ok = ReadFully(file.get(), chunk, sizeof(chunk), got);
    if (got == 0) {
      break;
    }
    if (bytes.size() + got > limit) {
      return TooLarge(bytes.size() + got, limit);
    }
    bytes.append(chunk, got);
    used = bytes.size();
  }
  if (!ok) {
    return core::Error::InvalidArgument("读取文件 " + path + " 时出错");
  }
  bytes.resize(used);
  return bytes;
}

}  // namespace

core::Result<Document> ReadDocumentBytes(std::string_view bytes, std::string_view name_hint,
                                         const ReadOptions& options) {
  if (bytes.size() > options.max_bytes) {
    return TooLarge(bytes.size(), options.max_bytes);
  }
  if (bytes.empty()) {
    return core::Error::InvalidArgument("文件是空的（0 字节）");
  }
  GONGKAI_ASSIGN_OR_RETURN(SniffedFormat sniffed, SniffFormat(bytes, name_hint));
  const bool quoted_markup =
      sniffed.format == SourceFormat::kText &&
      (bytes.find("\"<") != std::string_view::npos || bytes.find("'<") != std::string_view::npos ||
       bytes.find("`<") != std::string_view::npos);
  if (quoted_markup) {
    // A saved page whose report is a JavaScript string of escaped markup (`"<p style=\"…\">…"`).
    if (std::optional<std::string> html = HtmlFromJsString(bytes); html.has_value()) {
      GONGKAI_ASSIGN_OR_RETURN(Document document, ReadHtmlDocument(*html));
      if (HasText(document)) {
        document.kind = DocumentKind::kHtmlInJsString;
        return document;
      }
    }
  }
  GONGKAI_ASSIGN_OR_RETURN(Document document, ReadAs(sniffed.format, bytes, options));
  if (!HasText(document)) {
    return core::Error::InvalidArgument("文件中没有可读取的文字");
  }
  if (sniffed.warning.has_value()) {
    document.warnings.insert(document.warnings.begin(), std::move(*sniffed.warning));
  }
  return document;
}

core::Result<Document> ReadDocumentFile(const std::string& path, const ReadOptions& options) {
  // One stat(2) gives the type and the size (std::filesystem::status and file_size are two).
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) {
      return core::Error::NotFound("找不到文件：" + path);
    }
    return core::Error::InvalidArgument("无法读取文件 " + path + "：" +
                                        std::error_code(errno, std::generic_category()).message());
  }
  if (S_ISDIR(info.st_mode)) {
    return core::Error::InvalidArgument(path + " 是文件夹，不是文件");
  }
  if (!S_ISREG(info.st_mode)) {
    return core::Error::InvalidArgument(path + " 不是普通文件");
  }
  const auto size = static_cast<std::uintmax_t>(info.st_size);
  if (size > options.max_bytes) {
    return TooLarge(static_cast<std::size_t>(size), options.max_bytes);
  }
  GONGKAI_ASSIGN_OR_RETURN(std::string bytes,
                           ReadWholeFile(path, static_cast<std::size_t>(size), options.max_bytes));
  return ReadDocumentBytes(bytes, path, options);
}

}  // namespace gongkai::audit
