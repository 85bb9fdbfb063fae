#include "audit/pdf_page_layout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <optional>
#include <utility>

#include "audit/cell_text.h"

namespace gongkai::audit {
namespace {

// Boxes of one row have vertical centres within this share of the smaller box height.
constexpr double kRowTolerance = 0.35;
// Boxes of a row closer than this share of a character height belong to one cell.
constexpr double kCellGap = 0.5;
// A gap wider than this share of a character height reads as a space even if poppler saw none.
constexpr double kSpaceGap = 0.25;
// Two numbers further apart than this share of a character height are two cells: tight table
// columns leave less than kCellGap between values, prose never puts bare numbers side by side.
constexpr double kNumberGap = 0.15;
// Text lines whose centres are closer than this share of the smaller character height, and whose
// cells interleave, are one table row printed on several lines (a wrapped label beside a number
// centred in its cell, or a header whose words are stacked).
constexpr double kBandDistance = 0.9;
// Degenerate boxes (zero height) still count as this tall.
constexpr double kMinHeight = 1.0;

// A cell being built: one or more boxes merged, with their union rectangle.
struct Piece {
  std::string text;
  double left = 0;
  double top = 0;
  double right = 0;
  double bottom = 0;
  bool tall = false;  // vertical text spanning several rows
  int rowspan = 1;

  double height() const { return std::max(bottom - top, kMinHeight); }
  double center() const { return (top + bottom) / 2; }
};

struct Row {
  std::vector<PdfTextBox> boxes;
  std::vector<Piece> cells;
  // Band and centre of the row's boxes, before tall cells join it.
  double top = 0;
  double bottom = 0;
  double center_sum = 0;
  int count = 0;
  double min_height = 0;
  // Centre and smallest box height of the last text line stacked into this row.
  double last_center = 0;
  double last_min_height = 0;
  // Bottom of the lowest number in the row, once it has one.
  std::optional<double> values_bottom;

  double center() const { return center_sum / count; }
};

double BoxHeight(const PdfTextBox& box) {
  return std::max(box.bottom - box.top, kMinHeight);
}

double BoxCenter(const PdfTextBox& box) {
  return (box.top + box.bottom) / 2;
}

// A table value: digits with optional decimal point, thousands commas or percent sign.
bool IsNumber(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '%';
         });
}

bool IsVertical(const PdfTextBox& box) {
  return box.vertical_writing || box.rotation % 2 == 1;
}

double HorizontalOverlap(double left_a, double right_a, double left_b, double right_b) {
  return std::min(right_a, right_b) - std::max(left_a, left_b);
}

// The quarter turn carrying most of the page's horizontally written text.
int DominantRotation(const std::vector<PdfTextBox>& boxes) {
  std::array<std::size_t, 4> weight{};
  for (const PdfTextBox& box : boxes) {
    if (!box.vertical_writing) {
      weight[static_cast<std::size_t>(box.rotation)] += box.text.size();
    }
  }
  return static_cast<int>(std::max_element(weight.begin(), weight.end()) - weight.begin());
}

// Turns the page back by `quarter_turns` so that the dominant text reads left to right, top to
// bottom, keeping coordinates non-negative within the boxes' bounding rectangle.
void TurnPage(std::vector<PdfTextBox>& boxes, int quarter_turns) {
  double max_x = 0;
  double max_y = 0;
  for (const PdfTextBox& box : boxes) {
    max_x = std::max(max_x, box.right);
    max_y = std::max(max_y, box.bottom);
  }
  for (PdfTextBox& box : boxes) {
    const double left = box.left;
    const double top = box.top;
    const double right = box.right;
    const double bottom = box.bottom;
    if (quarter_turns == 1) {  // text ran downwards: its lines stack from right to left
      box = PdfTextBox{box.text,        top,          max_x - right,       bottom, max_x - left,
                       box.space_after, box.rotation, box.vertical_writing};
    } else if (quarter_turns == 2) {
      box = PdfTextBox{box.text,    max_x - right,   max_y - bottom, max_x - left,
                       max_y - top, box.space_after, box.rotation,   box.vertical_writing};
    } else {  // text ran upwards: its lines stack from left to right
      box = PdfTextBox{box.text, max_y - bottom,  left,         max_y - top,
                       right,    box.space_after, box.rotation, box.vertical_writing};
    }
    box.rotation = (box.rotation - quarter_turns + 4) % 4;
  }
}

// Joins vertical boxes stacked in one column into one tall cell each.
std::vector<Piece> MergeVerticalRuns(std::vector<PdfTextBox> boxes) {
  std::sort(boxes.begin(), boxes.end(),
            [](const PdfTextBox& a, const PdfTextBox& b) { return a.top < b.top; });
  std::vector<std::pair<Piece, std::vector<const PdfTextBox*>>> runs;
  for (const PdfTextBox& box : boxes) {
    const double width = std::max(box.right - box.left, kMinHeight);
    auto run = std::find_if(runs.begin(), runs.end(), [&](const auto& candidate) {
      const Piece& piece = candidate.first;
      const double narrower = std::min(width, std::max(piece.right - piece.left, kMinHeight));
      return HorizontalOverlap(piece.left, piece.right, box.left, box.right) >= 0.5 * narrower &&
             box.top - piece.bottom <= width;
    });
    if (run == runs.end()) {
      runs.emplace_back(Piece{{}, box.left, box.top, box.right, box.bottom},
                        std::vector<const PdfTextBox*>());
      run = runs.end() - 1;
    }
    Piece& piece = run->first;
    piece.left = std::min(piece.left, box.left);
    piece.right = std::max(piece.right, box.right);
    piece.bottom = std::max(piece.bottom, box.bottom);
    run->second.push_back(&box);
  }
  std::vector<Piece> pieces;
  for (auto& [piece, members] : runs) {
    // Text turned anticlockwise (rotation 3) reads from the bottom up.
    if (!members.front()->vertical_writing && members.front()->rotation == 3) {
      std::reverse(members.begin(), members.end());
    }
    for (const PdfTextBox* member : members) {
      piece.text += member->text;
    }
    piece.tall = true;
    pieces.push_back(std::move(piece));
  }
  return pieces;
}

std::vector<Row> GroupRows(std::vector<PdfTextBox> boxes) {
  std::sort(boxes.begin(), boxes.end(),
            [](const PdfTextBox& a, const PdfTextBox& b) { return BoxCenter(a) < BoxCenter(b); });
  std::vector<Row> rows;
  for (PdfTextBox& box : boxes) {
    const double height = BoxHeight(box);
    const bool joins =
        !rows.empty() && std::abs(BoxCenter(box) - rows.back().center()) <=
                             kRowTolerance * std::min(height, rows.back().min_height);
    if (!joins) {
      rows.emplace_back();
      rows.back().top = box.top;
      rows.back().bottom = box.bottom;
      rows.back().min_height = height;
    }
    Row& row = rows.back();
    row.top = std::min(row.top, box.top);
    row.bottom = std::max(row.bottom, box.bottom);
    row.center_sum += BoxCenter(box);
    ++row.count;
    row.min_height = std::min(row.min_height, height);
    row.boxes.push_back(std::move(box));
  }
  return rows;
}

// Merges the boxes of a row into cells at the horizontal gaps.
std::vector<Piece> MergeIntoCells(std::vector<PdfTextBox>& boxes) {
  std::sort(boxes.begin(), boxes.end(),
            [](const PdfTextBox& a, const PdfTextBox& b) { return a.left < b.left; });
  std::vector<Piece> cells;
  const PdfTextBox* previous = nullptr;
  for (const PdfTextBox& box : boxes) {
    const double gap = previous == nullptr ? 0 : box.left - cells.back().right;
    const double height = previous == nullptr ? 0 : std::min(BoxHeight(*previous), BoxHeight(box));
    const bool two_numbers = previous != nullptr && IsNumber(cells.back().text) &&
                             IsNumber(box.text) && gap >= kNumberGap * height;
    if (previous == nullptr || gap >= kCellGap * height || two_numbers) {
      cells.push_back(Piece{box.text, box.left, box.top, box.right, box.bottom});
    } else {
      Piece& cell = cells.back();
      if (previous->space_after || gap > kSpaceGap * height) {
        cell.text.push_back(' ');
      }
      cell.text += box.text;
      cell.right = std::max(cell.right, box.right);
      cell.top = std::min(cell.top, box.top);
      cell.bottom = std::max(cell.bottom, box.bottom);
    }
    previous = &box;
  }
  return cells;
}

bool OverlapsAny(const Piece& cell, const std::vector<Piece>& others) {
  return std::any_of(others.begin(), others.end(), [&](const Piece& other) {
    return HorizontalOverlap(cell.left, cell.right, other.left, other.right) > 0;
  });
}

std::optional<double> LowestValue(const std::vector<Piece>& cells) {
  std::optional<double> bottom;
  for (const Piece& cell : cells) {
    if (IsNumber(cell.text)) {
      bottom = std::max(bottom.value_or(cell.bottom), cell.bottom);
    }
  }
  return bottom;
}

// True when text line `next` continues the table row `row` (see kBandDistance). Running text
// never qualifies: its successive lines cover the same horizontal range.
bool ContinuesRow(const Row& row, const Row& next) {
  const double height = std::min(row.last_min_height, next.min_height);
  if (std::abs(next.center() - row.last_center) >= kBandDistance * height) {
    return false;
  }
  // Two lines of values in the same column are two table rows, however close: a label centred
  // between them must not chain them into one.
  const bool stacked_values =
      std::any_of(next.cells.begin(), next.cells.end(), [&](const Piece& cell) {
        return IsNumber(cell.text) &&
               std::any_of(row.cells.begin(), row.cells.end(), [&](const Piece& other) {
                 return IsNumber(other.text) &&
                        HorizontalOverlap(cell.left, cell.right, other.left, other.right) > 0;
               });
      });
  // Under a row's numbers, only a line still beside them (the last line of a label wrapped
  // around them) belongs to the row; a line below them starts the next row.
  if (stacked_values || (row.values_bottom.has_value() && next.top > *row.values_bottom)) {
    return false;
  }
  const auto apart_from = [](const std::vector<Piece>& others) {
    return [&others](const Piece& cell) {
      return !OverlapsAny(cell, others);
    };
  };
  return std::any_of(next.cells.begin(), next.cells.end(), apart_from(row.cells)) ||
         std::any_of(row.cells.begin(), row.cells.end(), apart_from(next.cells));
}

// Adds the cells of `next` to `row`: a cell under exactly one cell of `row` continues it on a new
// line ('\n'); any other cell stands on its own.
void StackInto(Row& row, Row& next) {
  for (Piece& cell : next.cells) {
    Piece* above = nullptr;
    int overlapping = 0;
    for (Piece& other : row.cells) {
      if (HorizontalOverlap(cell.left, cell.right, other.left, other.right) > 0) {
        above = &other;
        ++overlapping;
      }
    }
    if (overlapping != 1) {
      row.cells.push_back(std::move(cell));
      continue;
    }
    above->text += "\n" + cell.text;
    above->left = std::min(above->left, cell.left);
    above->right = std::max(above->right, cell.right);
    above->bottom = std::max(above->bottom, cell.bottom);
  }
  std::sort(row.cells.begin(), row.cells.end(),
            [](const Piece& a, const Piece& b) { return a.left < b.left; });
  row.top = std::min(row.top, next.top);
  row.bottom = std::max(row.bottom, next.bottom);
  row.center_sum += next.center_sum;
  row.count += next.count;
  row.min_height = std::min(row.min_height, next.min_height);
  row.last_center = next.center();
  row.last_min_height = next.min_height;
  row.values_bottom = LowestValue(row.cells);
}

std::vector<Row> StackTableRows(std::vector<Row> lines) {
  std::vector<Row> rows;
  for (Row& line : lines) {
    line.cells = MergeIntoCells(line.boxes);
    if (!rows.empty() && ContinuesRow(rows.back(), line)) {
      StackInto(rows.back(), line);
      continue;
    }
    line.last_center = line.center();
    line.last_min_height = line.min_height;
    line.values_bottom = LowestValue(line.cells);
    rows.push_back(std::move(line));
  }
  return rows;
}

// Places each tall cell in the first row whose centre it spans; rowspan counts those rows.
void AttachTallCells(std::vector<Row>& rows, std::vector<Piece> talls) {
  for (Piece& tall : talls) {
    auto first = rows.end();
    int spanned = 0;
    for (auto row = rows.begin(); row != rows.end(); ++row) {
      if (row->center() >= tall.top && row->center() <= tall.bottom) {
        first = first == rows.end() ? row : first;
        ++spanned;
      }
    }
    if (first == rows.end()) {
      Row row;
      row.top = tall.top;
      row.bottom = tall.bottom;
      row.center_sum = tall.center();
      row.count = 1;
      row.cells.push_back(std::move(tall));
      rows.insert(
          std::upper_bound(rows.begin(), rows.end(), row,
                           [](const Row& a, const Row& b) { return a.center() < b.center(); }),
          std::move(row));
      continue;
    }
    tall.rowspan = spanned;
    first->cells.insert(
        std::upper_bound(first->cells.begin(), first->cells.end(), tall,
                         [](const Piece& a, const Piece& b) { return a.left < b.left; }),
        std::move(tall));
  }
}

TextLine ToLine(const Row& row, int page) {
  TextLine line;
  line.page = page;
  double top = row.top;
  double bottom = row.bottom;
  for (const Piece& piece : row.cells) {
    TextCell cell;
    cell.text = CleanCellText(piece.text);
    cell.rowspan = piece.rowspan;
    cell.x_begin = piece.left;
    cell.x_end = piece.right;
    if (!piece.tall) {
      top = std::min(top, piece.top);
      bottom = std::max(bottom, piece.bottom);
    }
    line.cells.push_back(std::move(cell));
  }
  line.y_begin = top;
  line.y_end = bottom;
  return line;
}

bool IsUsable(PdfTextBox& box) {
  box.text = CleanCellText(box.text);
  return !box.text.empty() && std::isfinite(box.left) && std::isfinite(box.top) &&
         std::isfinite(box.right) && std::isfinite(box.bottom) && box.rotation >= 0 &&
         box.rotation <= 3;
}

}  // namespace

std::vector<TextLine> LayOutPdfPage(std::vector<PdfTextBox> boxes, int page) {
  std::erase_if(boxes, [](PdfTextBox& box) { return !IsUsable(box); });
  if (const int turns = DominantRotation(boxes); turns != 0) {
    TurnPage(boxes, turns);
  }
  std::vector<PdfTextBox> verticals;
  std::vector<PdfTextBox> horizontals;
  for (PdfTextBox& box : boxes) {
    (IsVertical(box) ? verticals : horizontals).push_back(std::move(box));
  }
  std::vector<Row> rows = StackTableRows(GroupRows(std::move(horizontals)));
  AttachTallCells(rows, MergeVerticalRuns(std::move(verticals)));
  std::vector<TextLine> lines;
  lines.reserve(rows.size());
  for (const Row& row : rows) {
    lines.push_back(ToLine(row, page));
  }
  return lines;
}

}  // namespace gongkai::audit
