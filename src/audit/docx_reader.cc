#include "audit/docx_reader.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <pugixml.hpp>

#include "audit/cell_text.h"
#include "audit/docx_package.h"
#include "audit/encoding.h"

namespace gongkai::audit {
namespace {

// Blocks nested deeper (tables in tables, text boxes, content controls) are not read.
constexpr int kMaxDepth = 32;
constexpr int kMaxGridSpan = 1000;
// A cell holding more text than this is page layout (an article in a cell), not data.
constexpr std::size_t kMaxDataCellBytes = 1500;

// WordprocessingML elements are compared by local name: the prefix is nearly always "w", but
// only the namespace binding is normative.
std::string_view LocalName(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node ChildByLocalName(const pugi::xml_node& node, std::string_view local_name) {
  for (pugi::xml_node child : node.children()) {
    if (LocalName(child) == local_name) {
      return child;
    }
  }
  return {};
}

std::string_view AttributeByLocalName(const pugi::xml_node& node, std::string_view local_name) {
  for (pugi::xml_attribute attribute : node.attributes()) {
    const std::string_view name = attribute.name();
    const std::size_t colon = name.find(':');
    if ((colon == std::string_view::npos ? name : name.substr(colon + 1)) == local_name) {
      return attribute.value();
    }
  }
  return {};
}

int IntegerValue(std::string_view text, int fallback, int max) {
  int value = 0;
  bool any = false;
  for (char c : text) {
    if (c < '0' || c > '9') {
      break;
    }
    value = std::min(value * 10 + (c - '0'), max);
    any = true;
  }
  return any && value > 0 ? value : fallback;
}

// Visits the subtree under `root` in document order without recursion; `visit` returns whether
// to descend into the node it was given.
template <typename Visit>
void WalkSubtree(const pugi::xml_node& root, Visit visit) {
  pugi::xml_node node = root.first_child();
  while (node) {
    if (visit(node) && node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node != root && !node.next_sibling()) {
      node = node.parent();
    }
    if (node == root) {
      return;
    }
    node = node.next_sibling();
  }
}

// Elements that only wrap blocks or rows (content controls, custom XML, tracked insertions).
bool IsTransparentWrapper(std::string_view name) {
  return name == "sdt" || name == "sdtContent" || name == "customXml" || name == "ins" ||
         name == "moveTo" || name == "smartTag";
}

// Children named `local_name`, looking through transparent wrappers.
std::vector<pugi::xml_node> ChildrenNamed(const pugi::xml_node& parent,
                                          std::string_view local_name) {
  std::vector<pugi::xml_node> found;
  WalkSubtree(parent, [&](const pugi::xml_node& node) {
    const std::string_view name = LocalName(node);
    if (name == local_name) {
      found.push_back(node);
      return false;
    }
    return IsTransparentWrapper(name);
  });
  return found;
}

enum class VerticalMerge { kNone, kRestart, kContinue };

VerticalMerge VerticalMergeOf(const pugi::xml_node& cell) {
  const pugi::xml_node merge = ChildByLocalName(ChildByLocalName(cell, "tcPr"), "vMerge");
  if (!merge) {
    return VerticalMerge::kNone;
  }
  return AttributeByLocalName(merge, "val") == "restart" ? VerticalMerge::kRestart
                                                         : VerticalMerge::kContinue;
}

int GridSpanOf(const pugi::xml_node& cell) {
  const pugi::xml_node span = ChildByLocalName(ChildByLocalName(cell, "tcPr"), "gridSpan");
  return IntegerValue(AttributeByLocalName(span, "val"), 1, kMaxGridSpan);
}

int GridBeforeOf(const pugi::xml_node& row) {
  const pugi::xml_node before = ChildByLocalName(ChildByLocalName(row, "trPr"), "gridBefore");
  return IntegerValue(AttributeByLocalName(before, "val"), 0, kMaxGridSpan);
}

class DocxLineBuilder {
 public:
  explicit DocxLineBuilder(std::vector<TextLine>& lines) : lines_(lines) {}

  void AddBlocks(const pugi::xml_node& container, int depth) {
    if (depth > kMaxDepth) {
      return;
    }
    for (pugi::xml_node child : container.children()) {
      const std::string_view name = LocalName(child);
      if (name == "p") {
        AddParagraph(child, depth);
      } else if (name == "tbl") {
        AddTable(child, depth);
      } else if (IsTransparentWrapper(name)) {
        AddBlocks(child, depth + 1);
      } else if (name == "AlternateContent") {
        AddBlocks(ChildByLocalName(child, "Choice"), depth + 1);
      }
    }
  }

 private:
  void AddParagraph(const pugi::xml_node& paragraph, int depth) {
    std::vector<pugi::xml_node> text_boxes;
    AppendTextLines(ParagraphText(paragraph, text_boxes), lines_);
    for (const pugi::xml_node& box : text_boxes) {
      AddBlocks(box, depth + 1);
    }
  }

  // The visible text of a paragraph: '\t' for tabs, '\n' for breaks. Text boxes anchored in it
  // are returned in `text_boxes` (their Fallback copies are skipped).
  static std::string ParagraphText(const pugi::xml_node& paragraph,
                                   std::vector<pugi::xml_node>& text_boxes) {
    std::string text;
    WalkSubtree(paragraph, [&](const pugi::xml_node& node) {
      const std::string_view name = LocalName(node);
      if (name == "t") {
        text += node.child_value();
      } else if (name == "tab" || name == "ptab") {
        text.push_back('\t');
      } else if (name == "br" || name == "cr") {
        text.push_back('\n');
      } else if (name == "noBreakHyphen") {
        text.push_back('-');
      } else if (name == "sym") {
        const int code = static_cast<int>(
            std::strtol(std::string(AttributeByLocalName(node, "char")).c_str(), nullptr, 16));
        if (code > 0x20 && (code < 0xD800 || code > 0xDFFF) && code < 0xF000) {
          AppendUtf8CodePoint(text, static_cast<char32_t>(code));
        }
      } else if (name == "txbxContent") {
        text_boxes.push_back(node);
        return false;
      }
      return name != "delText" && name != "instrText" && name != "del" && name != "moveFrom" &&
             name != "Fallback" && name != "rPr" && name != "pPr";
    });
    return text;
  }

  // A cell's paragraphs joined by '\n'; sets `nested` when the cell holds a table.
  static std::string CellText(const pugi::xml_node& cell, bool& nested) {
    std::string text;
    std::vector<pugi::xml_node> ignored_boxes;
    WalkSubtree(cell, [&](const pugi::xml_node& node) {
      const std::string_view name = LocalName(node);
      if (name == "tbl") {
        nested = true;
        return false;
      }
      if (name == "p") {
        text += ParagraphText(node, ignored_boxes);
        text.push_back('\n');
        return false;
      }
      return name == "tc" || IsTransparentWrapper(name) || name == "AlternateContent" ||
             name == "Choice";
    });
    return text;
  }

  struct CellRef {
    std::size_t line;
    std::size_t cell;
  };

  void AddTable(const pugi::xml_node& table, int depth) {
    if (depth > kMaxDepth) {
      return;
    }
    std::vector<std::pair<pugi::xml_node, std::vector<pugi::xml_node>>> rows;
    std::vector<std::vector<std::string>> texts;
    bool layout = false;
    std::size_t cells = 0;
    for (const pugi::xml_node& row : ChildrenNamed(table, "tr")) {
      rows.emplace_back(row, ChildrenNamed(row, "tc"));
      texts.emplace_back();
      for (const pugi::xml_node& cell : rows.back().second) {
        texts.back().push_back(CleanCellText(CellText(cell, layout)));
        layout = layout || texts.back().back().size() > kMaxDataCellBytes;
        ++cells;
      }
    }
    if (layout || cells < 2) {
      for (const auto& [row, row_cells] : rows) {
        for (const pugi::xml_node& cell : row_cells) {
          AddBlocks(cell, depth + 1);
        }
      }
      return;
    }
    AddDataRows(rows, texts);
  }

  void AddDataRows(const std::vector<std::pair<pugi::xml_node, std::vector<pugi::xml_node>>>& rows,
                   std::vector<std::vector<std::string>>& texts) {
    const int index = next_table_index_++;
    // Grid column -> the cell whose vertical merge is still open there.
    std::unordered_map<int, CellRef> open_merges;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      TextLine line;
      line.kind = LineKind::kTableRow;
      line.table_index = index;
      int column = GridBeforeOf(rows[r].first);
      for (std::size_t c = 0; c < rows[r].second.size(); ++c) {
        const pugi::xml_node& cell = rows[r].second[c];
        const int span = GridSpanOf(cell);
        const VerticalMerge merge = VerticalMergeOf(cell);
        const auto open = open_merges.find(column);
        if (merge == VerticalMerge::kContinue && open != open_merges.end()) {
          ++lines_[open->second.line].cells[open->second.cell].rowspan;
          column += span;
          continue;
        }
        for (int covered = column; covered < column + span; ++covered) {
          open_merges.erase(covered);
        }
        if (merge == VerticalMerge::kRestart) {
          open_merges[column] = CellRef{lines_.size(), line.cells.size()};
        }
        TextCell& out_cell = line.cells.emplace_back();
        out_cell.text = std::move(texts[r][c]);
        out_cell.colspan = span;
        column += span;
      }
      lines_.push_back(std::move(line));
    }
  }

  std::vector<TextLine>& lines_;
  int next_table_index_ = 0;
};

}  // namespace

core::Result<Document> ReadDocxDocument(std::string_view bytes, std::size_t max_part_bytes) {
  GONGKAI_ASSIGN_OR_RETURN(std::string xml, ReadDocxMainPart(bytes, max_part_bytes));
  pugi::xml_document part;
  const pugi::xml_parse_result parsed = part.load_buffer_inplace(
      xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!parsed) {
    return core::Error::InvalidArgument("Word 文档正文不是有效的 XML（第 " +
                                        std::to_string(parsed.offset + 1) +
                                        " 字节处）：文件可能已损坏");
  }
  const pugi::xml_node body = ChildByLocalName(part.document_element(), "body");
  if (!body) {
    return core::Error::InvalidArgument("Word 文档中没有正文（缺少 w:body）");
  }
  Document document;
  document.format = SourceFormat::kDocx;
  document.detected_encoding = "UTF-8";
  DocxLineBuilder builder(document.lines);
  builder.AddBlocks(body, 0);
  return document;
}

}  // namespace gongkai::audit
