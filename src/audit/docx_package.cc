#include "audit/docx_package.h"

#include <algorithm>
#include <memory>
#include <optional>

#include <pugixml.hpp>
#include <zip.h>

namespace gongkai::audit {
namespace {

// The relationships part is tiny; anything larger is not a real package.
constexpr std::size_t kMaxRelationshipsBytes = std::size_t{1024} * 1024;
constexpr std::size_t kReadChunk = std::size_t{64} * 1024;

struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct EntryCloser {
  void operator()(zip_file_t* entry) const { zip_fclose(entry); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;

core::Error Damaged() {
  return core::Error::InvalidArgument(
      "Word 文档（.docx）已损坏或不完整：不是有效的 ZIP "
      "压缩包，可能没有下载完整，请重新获取原文件");
}

core::Error Encrypted() {
  return core::Error::InvalidArgument("Word 文档设有密码（已加密），无法读取其中的文字");
}

core::Result<Archive> OpenArchive(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return core::Error::Internal("无法读取 Word 文档（内存不足）");
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  zip_error_fini(&error);
  if (archive == nullptr) {
    zip_source_free(source);
    return Damaged();
  }
  return Archive(archive);
}

std::optional<zip_uint64_t> Locate(zip_t* archive, const std::string& name) {
  const zip_int64_t index = zip_name_locate(archive, name.c_str(), 0);
  return index < 0 ? std::nullopt : std::optional<zip_uint64_t>(static_cast<zip_uint64_t>(index));
}

core::Result<std::string> ReadEntry(zip_t* archive, zip_uint64_t index, const std::string& name,
                                    std::size_t limit) {
  const core::Error too_large =
      core::Error::InvalidArgument("Word 文档中的 " + name + " 解压后超过 " +
                                   std::to_string(limit / (std::size_t{1024} * 1024)) +
                                   " MB，可能是恶意构造的压缩文件，已拒绝读取");
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive, index, 0, &stat) == 0) {
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
      return Encrypted();
    }
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > limit) {
      return too_large;
    }
  }
  std::unique_ptr<zip_file_t, EntryCloser> entry(zip_fopen_index(archive, index, 0));
  if (entry == nullptr) {
    const int code = zip_error_code_zip(zip_get_error(archive));
    return code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP
               ? Encrypted()
               : Damaged();
  }
  std::string data;
  std::unique_ptr<char[]> chunk(new char[kReadChunk]);
  while (true) {
    const zip_int64_t got = zip_fread(entry.get(), chunk.get(), kReadChunk);
    if (got < 0) {
      return core::Error::InvalidArgument("Word 文档中的 " + name + " 已损坏，无法解压");
    }
    if (got == 0) {
      return data;
    }
    // The declared size can lie; the bytes actually inflated are what count.
    if (data.size() + static_cast<std::size_t>(got) > limit) {
      return too_large;
    }
    data.append(chunk.get(), static_cast<std::size_t>(got));
  }
}

// The main part's name from the package relationships, when it is not word/document.xml.
std::optional<std::string> RelationshipTarget(zip_t* archive) {
  const std::optional<zip_uint64_t> rels = Locate(archive, "_rels/.rels");
  if (!rels.has_value()) {
    return std::nullopt;
  }
  core::Result<std::string> xml = ReadEntry(archive, *rels, "_rels/.rels", kMaxRelationshipsBytes);
  pugi::xml_document document;
  if (!xml.has_value() || !document.load_buffer(xml->data(), xml->size())) {
    return std::nullopt;
  }
  for (pugi::xml_node relation : document.document_element().children()) {
    const std::string_view type = relation.attribute("Type").value();
    std::string target = relation.attribute("Target").value();
    if (type.ends_with("/officeDocument") && !target.empty()) {
      return target.front() == '/' ? target.substr(1) : target;
    }
  }
  return std::nullopt;
}

core::Error NotWordDocument(zip_t* archive) {
  if (Locate(archive, "xl/workbook.xml")) {
    return core::Error::InvalidArgument(
        "这是 Excel 表格（.xlsx），不是 Word 文档；请提供报告的 Word、PDF 或网页版本");
  }
  if (Locate(archive, "ppt/presentation.xml")) {
    return core::Error::InvalidArgument("这是 PowerPoint 演示文稿，不是 Word 文档");
  }
  if (Locate(archive, "content.xml") && Locate(archive, "mimetype")) {
    return core::Error::InvalidArgument(
        "这是 OpenDocument 文件（.odt 等），暂不支持；请另存为 .docx 或 PDF 后再审查");
  }
  if (Locate(archive, "OFD.xml")) {
    return core::Error::InvalidArgument("这是 OFD 版式文件，暂不支持；请提供 PDF 或 Word 版本");
  }
  return core::Error::InvalidArgument(
      "压缩包中没有 Word 文档正文（word/document.xml），不是有效的 .docx 文件");
}

}  // namespace

core::Result<std::string> ReadDocxMainPart(std::string_view bytes, std::size_t max_part_bytes) {
  GONGKAI_ASSIGN_OR_RETURN(Archive archive, OpenArchive(bytes));
  std::string name = "word/document.xml";
  std::optional<zip_uint64_t> index = Locate(archive.get(), name);
  if (!index.has_value()) {
    if (std::optional<std::string> target = RelationshipTarget(archive.get())) {
      name = *target;
      index = Locate(archive.get(), name);
    }
  }
  if (!index.has_value()) {
    return NotWordDocument(archive.get());
  }
  return ReadEntry(archive.get(), *index, name, max_part_bytes);
}

}  // namespace gongkai::audit
