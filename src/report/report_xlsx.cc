#include "report/report_xlsx.h"

#include <fstream>
#include <optional>
#include <string_view>

#include <xlsxwriter.h>

#include "report/internal/cell_text.h"
#include "report/internal/request_table_layout.h"

namespace gongkai::report {
namespace {

using domain::AnnualReport;

// The cells of one worksheet, remembering the first library error so that the layout code can
// stay a straight sequence of writes.
class SheetWriter {
 public:
  SheetWriter(lxw_worksheet* sheet, lxw_format* label, lxw_format* number)
      : sheet_(sheet), label_(label), number_(number) {}

  void Text(int row, int column, std::string_view text, int row_span = 1, int column_span = 1) {
    const std::string value(text);
    if (row_span == 1 && column_span == 1) {
      Keep(worksheet_write_string(sheet_, Row(row), Col(column), value.c_str(), label_));
      return;
    }
    Keep(worksheet_merge_range(sheet_, Row(row), Col(column), Row(row + row_span - 1),
                               Col(column + column_span - 1), value.c_str(), label_));
  }

  void Number(int row, int column, std::optional<double> value, int column_span = 1) {
    if (column_span > 1) {
      // merge_range writes a string; the number is written over its first cell afterwards.
      Keep(worksheet_merge_range(sheet_, Row(row), Col(column), Row(row),
                                 Col(column + column_span - 1), "", number_));
    }
    if (value.has_value()) {
      Keep(worksheet_write_number(sheet_, Row(row), Col(column), *value, number_));
    } else if (column_span == 1) {
      Keep(worksheet_write_blank(sheet_, Row(row), Col(column), number_));
    }
  }

  void Widths(int first_column, int last_column, double width) {
    Keep(worksheet_set_column(sheet_, Col(first_column), Col(last_column), width, nullptr));
  }

  lxw_error error() const { return error_; }

 private:
  static lxw_row_t Row(int row) { return static_cast<lxw_row_t>(row); }
  static lxw_col_t Col(int column) { return static_cast<lxw_col_t>(column); }
  void Keep(lxw_error error) {
    if (error_ == LXW_NO_ERROR) {
      error_ = error;
    }
  }

  lxw_worksheet* sheet_;
  lxw_format* label_;
  lxw_format* number_;
  lxw_error error_ = LXW_NO_ERROR;
};

std::optional<double> CountValue(const domain::CountCell& cell) {
  return cell.has_value() ? std::optional<double>(static_cast<double>(*cell)) : std::nullopt;
}

std::optional<double> ProactiveValue(const AnnualReport& report, std::string_view row,
                                     std::string_view column) {
  const auto r = report.proactive->find(std::string(row));
  if (r == report.proactive->end()) {
    return std::nullopt;
  }
  const auto cell = r->second.find(std::string(column));
  return cell == r->second.end() ? std::nullopt : cell->second;
}

void WriteProactive(SheetWriter& sheet, const AnnualReport& report) {
  sheet.Text(0, 0, internal::ReportTitle(report), 1, 4);
  sheet.Widths(0, 0, 22);
  sheet.Widths(1, 3, 18);
  int row = 1;
  std::string_view block;
  for (const domain::ProactiveRowSpec& spec : domain::ProactiveRowsOf(report.template_version)) {
    // The template has three value columns; a block with fewer stretches its last one.
    const auto span = [&spec](int column) {
      return column == spec.column_count - 1 ? 4 - spec.column_count : 1;
    };
    if (spec.block != block) {
      block = spec.block;
      sheet.Text(row++, 0, block, 1, 4);
      sheet.Text(row, 0, internal::kProactiveContentHeading);
      for (int c = 0, column = 1; c < spec.column_count; column += span(c), ++c) {
        sheet.Text(row, column, spec.columns[static_cast<std::size_t>(c)], 1, span(c));
      }
      ++row;
    }
    sheet.Text(row, 0, spec.row);
    for (int c = 0, column = 1; c < spec.column_count; column += span(c), ++c) {
      sheet.Number(row, column,
                   ProactiveValue(report, spec.row, spec.columns[static_cast<std::size_t>(c)]),
                   span(c));
    }
    ++row;
  }
}

void WriteRequests(SheetWriter& sheet, const AnnualReport& report) {
  constexpr int kValues = 3;  // first value column (D)
  sheet.Text(0, 0, internal::ReportTitle(report), 1, kValues + domain::kApplicantColumnCount);
  sheet.Widths(0, 1, 12);
  sheet.Widths(2, 2, 44);
  sheet.Widths(kValues, kValues + domain::kApplicantColumnCount - 1, 10);
  sheet.Text(1, 0, internal::kBalanceNote, 3, 3);
  sheet.Text(1, kValues, internal::kApplicantHeading, 1, domain::kApplicantColumnCount);
  sheet.Text(2, kValues, domain::ApplicantColumnLabel(0), 2, 1);
  sheet.Text(2, kValues + 1, internal::kOrganisationHeading, 1, 5);
  sheet.Text(2, kValues + domain::kTotalColumn, domain::ApplicantColumnLabel(domain::kTotalColumn),
             2, 1);
  for (int c = 1; c < domain::kTotalColumn; ++c) {
    sheet.Text(3, kValues + c, domain::ApplicantColumnLabel(c));
  }
  int row = 4;
  for (const internal::LayoutRow& layout : internal::RequestTableLayout(report)) {
    for (const internal::LabelCell& label : layout.labels) {
      sheet.Text(row, label.first_column, label.text, label.row_span, label.column_span);
    }
    for (int c = 0; c < domain::kApplicantColumnCount; ++c) {
      sheet.Number(row, kValues + c,
                   CountValue(report.row(layout.row)[static_cast<std::size_t>(c)]));
    }
    ++row;
  }
}

void WriteReviews(SheetWriter& sheet, const AnnualReport& report) {
  sheet.Text(0, 0, internal::ReportTitle(report), 1, domain::kReviewLitigationCount);
  sheet.Widths(0, domain::kReviewLitigationCount - 1, 9);
  sheet.Text(1, 0, internal::kReconsiderationHeading, 1, 5);
  sheet.Text(1, 5, internal::kLitigationHeading, 1, 10);
  for (int k = 0; k < 5; ++k) {
    sheet.Text(2, k, internal::ReviewResultColumn(k), 2, 1);
  }
  sheet.Text(2, 5, internal::kDirectLitigationHeading, 1, 5);
  sheet.Text(2, 10, internal::kLitigationAfterReviewHeading, 1, 5);
  for (int k = 0; k < 10; ++k) {
    sheet.Text(3, 5 + k, internal::ReviewResultColumn(k % 5));
  }
  for (int i = 0; i < domain::kReviewLitigationCount; ++i) {
    sheet.Number(4, i, CountValue((*report.review_litigation)[static_cast<std::size_t>(i)]));
  }
}

lxw_format* CellFormat(lxw_workbook* workbook, bool number) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_border(format, LXW_BORDER_THIN);
  format_set_align(format, LXW_ALIGN_CENTER);
  format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
  if (!number) {
    format_set_text_wrap(format);
  }
  return format;
}

using SheetFunction = void (*)(SheetWriter&, const AnnualReport&);

lxw_error AddSheet(lxw_workbook* workbook, int section, SheetFunction write,
                   const AnnualReport& report) {
  const std::string name(domain::SectionHeading(section));
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
  if (sheet == nullptr) {
    return LXW_ERROR_MEMORY_MALLOC_FAILED;
  }
  worksheet_set_paper(sheet, 9);  // A4
  worksheet_set_landscape(sheet);
  worksheet_fit_to_pages(sheet, 1, 0);
  SheetWriter writer(sheet, CellFormat(workbook, false), CellFormat(workbook, true));
  write(writer, report);
  return writer.error();
}

}  // namespace

core::Status WriteXlsx(const AnnualReport& report, const std::string& path) {
  // libxlsxwriter only finds out at close that it cannot create the file, and then prints to
  // stderr itself; checking first keeps the error a value.
  if (!std::ofstream(path, std::ios::binary | std::ios::trunc)) {
    return core::Error::Unavailable("无法创建 XLSX 文件：" + path);
  }
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (workbook == nullptr) {
    return core::Error::Unavailable("无法创建 XLSX 文件：" + path);
  }
  lxw_error error = LXW_NO_ERROR;
  if (report.proactive.has_value()) {
    error = AddSheet(workbook, 2, WriteProactive, report);
  }
  if (error == LXW_NO_ERROR && report.requests.has_value()) {
    error = AddSheet(workbook, 3, WriteRequests, report);
  }
  if (error == LXW_NO_ERROR && report.review_litigation.has_value()) {
    error = AddSheet(workbook, 4, WriteReviews, report);
  }
  // workbook_close frees the workbook in every case, and is where the file is written.
  const lxw_error close_error = workbook_close(workbook);
  if (error != LXW_NO_ERROR) {
    return core::Error::Internal(std::string("生成 XLSX 表格失败：") + lxw_strerror(error));
  }
  if (close_error == LXW_ERROR_CREATING_XLSX_FILE || close_error == LXW_ERROR_CREATING_TMPFILE) {
    return core::Error::Unavailable("无法写入 XLSX 文件 " + path + "：" +
                                    lxw_strerror(close_error));
  }
  if (close_error != LXW_NO_ERROR) {
    return core::Error::Internal(std::string("写入 XLSX 文件失败：") + lxw_strerror(close_error));
  }
  return core::Ok();
}

}  // namespace gongkai::report
