#include "audit/summary_csv.h"

#include "domain/report_taxonomy.h"

namespace gongkai::audit {

std::string CsvField(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    return std::string(field);
  }
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') {
      quoted += '"';
    }
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string SummaryCsvHeader() {
  std::string header(kUtf8Bom);
  header += "path,status,agency,year,template,errors,warnings,null_cells,rules,first_error\r\n";
  return header;
}

std::string SummaryCsvRow(const FileSummary& row) {
  std::string rules;
  for (const std::string& rule : row.violated_rules) {
    if (!rules.empty()) {
      rules += ' ';
    }
    rules += rule;
  }
  const bool read = row.status != AuditStatus::kUnreadable;
  std::string line = CsvField(row.path);
  line += ',';
  line += AuditStatusName(row.status);
  line += ',';
  line += CsvField(row.agency.value_or(""));
  line += ',';
  line += row.year.has_value() ? std::to_string(*row.year) : "";
  line += ',';
  line += row.template_version.has_value() ? domain::TemplateName(*row.template_version) : "";
  line += ',';
  line += read ? std::to_string(row.error_count) : "";
  line += ',';
  line += read ? std::to_string(row.warning_count) : "";
  line += ',';
  line += read ? std::to_string(row.null_cell_count) : "";
  line += ',';
  line += CsvField(rules);
  line += ',';
  line += CsvField(row.first_error.value_or(""));
  line += "\r\n";
  return line;
}

}  // namespace gongkai::audit
