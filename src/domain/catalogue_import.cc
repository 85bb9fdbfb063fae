#include "domain/catalogue_import.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

namespace gongkai::domain {
namespace {

using Fields = std::map<std::string, std::string>;

core::Result<std::optional<core::Date>> OptionalDate(const Fields& fields, const char* key) {
  const auto it = fields.find(key);
  if (it == fields.end() || it->second.empty()) {
    return std::optional<core::Date>();
  }
  auto date = core::Date::Parse(it->second);
  if (!date.has_value()) {
    return core::Error::InvalidArgument(std::string(key) + " 应为 YYYY-MM-DD：" + it->second);
  }
  return std::optional<core::Date>(*date);
}

std::string Get(const Fields& fields, const char* key) {
  const auto it = fields.find(key);
  return it == fields.end() ? std::string() : it->second;
}

std::vector<std::string> SplitKeywords(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text + " ") {
    if (c == ' ' || c == ',' || c == ';') {
      if (!word.empty()) {
        words.push_back(word);
      }
      word.clear();
    } else {
      word += c;
    }
  }
  return words;
}

DocClass ClassOf(const std::string& genre, bool has_validity) {
  if (genre.find("解读") != std::string::npos) {
    return DocClass::kInterpretation;
  }
  if (genre.find("规章") != std::string::npos) {
    return DocClass::kRule;
  }
  return has_validity ? DocClass::kNormative : DocClass::kNonDocument;
}

// One row's fields → an item. An imported validity becomes an event dated the publication (or
// formation) date, since the source says when it held, not when it changed.
core::Result<CatalogueItem> ToItem(const Fields& fields) {
  CatalogueItem item;
  item.title = Get(fields, "title");
  item.body = Get(fields, "body");
  if (item.title.empty() && item.body.empty()) {
    return core::Error::InvalidArgument("title 与 body 至少须有一项");
  }
  item.index_no = Get(fields, "index_no");
  if (!item.index_no.empty() && !ParseIndexNumber(item.index_no)) {
    item.index_no_legacy = item.index_no;
  }
  item.doc_no = NormalizeDocNo(Get(fields, "doc_no"));
  item.issuer = Get(fields, "agency");
  item.topic = Get(fields, "category");
  item.genre = Get(fields, "genre");
  item.summary = Get(fields, "summary");
  item.keywords = SplitKeywords(Get(fields, "keywords"));
  GONGKAI_ASSIGN_OR_RETURN(item.formed_on, OptionalDate(fields, "written_on"));
  GONGKAI_ASSIGN_OR_RETURN(item.published_on, OptionalDate(fields, "published_on"));
  const std::string validity_text = Get(fields, "validity");
  std::optional<CatalogueValidity> validity;
  if (!validity_text.empty()) {
    validity = ParseCatalogueValidity(validity_text);
    if (!validity) {
      return core::Error::InvalidArgument("无法识别的效力状态：" + validity_text);
    }
  }
  item.doc_class = ClassOf(item.genre, validity.has_value());
  if (validity) {
    const core::Date since =
        item.published_on.value_or(item.formed_on.value_or(core::Date::FromDayNumber(0)));
    item.validity_events.push_back(ValidityEvent{*validity, since, ""});
  }
  return item;
}

// Adds the row's item or its error, refusing a 索引号 an earlier row had.
void AddRow(size_t row, core::Result<CatalogueItem> item, std::set<std::string>& seen,
            CatalogueImport& out) {
  if (!item.has_value()) {
    out.errors.push_back({row, item.error().message});
    return;
  }
  if (!item->index_no.empty() && !seen.insert(item->index_no).second) {
    out.errors.push_back({row, "索引号重复：" + item->index_no});
    return;
  }
  out.items.push_back(std::move(*item));
}

core::Result<Fields> JsonFields(std::string_view line) {
  const nlohmann::json object = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (object.is_discarded() || !object.is_object()) {
    return core::Error::InvalidArgument("不是 JSON 对象");
  }
  Fields fields;
  for (const auto& [key, value] : object.items()) {
    if (value.is_string()) {
      fields[key] = value.get<std::string>();
    } else if (!value.is_null()) {
      return core::Error::InvalidArgument("字段 " + key + " 应为字符串");
    }
  }
  return fields;
}

// Splits CSV text into records of fields (RFC 4180).
std::vector<std::vector<std::string>> CsvRecords(std::string_view text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  bool any = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    any = true;
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      record.push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
        ++i;
      }
      record.push_back(std::move(field));
      field.clear();
      records.push_back(std::move(record));
      record.clear();
      any = false;
    } else {
      field += c;
    }
  }
  if (any) {
    record.push_back(std::move(field));
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace

CatalogueImport ParseCatalogueJsonl(std::string_view text) {
  CatalogueImport out;
  std::set<std::string> seen;
  size_t row = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end;
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++row;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      continue;
    }
    auto fields = JsonFields(line);
    AddRow(row, fields.has_value() ? ToItem(*fields) : core::Result<CatalogueItem>(fields.error()),
           seen, out);
  }
  return out;
}

CatalogueImport ParseCatalogueCsv(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) {
    text.remove_prefix(3);
  }
  CatalogueImport out;
  const std::vector<std::vector<std::string>> records = CsvRecords(text);
  if (records.empty()) {
    return out;
  }
  const std::vector<std::string>& header = records.front();
  if (std::find(header.begin(), header.end(), "title") == header.end() &&
      std::find(header.begin(), header.end(), "body") == header.end()) {
    out.errors.push_back({1, "表头须含 title 或 body 列"});
    return out;
  }
  std::set<std::string> seen;
  for (size_t r = 1; r < records.size(); ++r) {
    const std::vector<std::string>& record = records[r];
    if (record.size() == 1 && record[0].empty()) {
      continue;  // a blank line
    }
    if (record.size() > header.size()) {
      out.errors.push_back({r + 1, "字段数多于表头"});
      continue;
    }
    Fields fields;
    for (size_t i = 0; i < record.size(); ++i) {
      fields[header[i]] = record[i];
    }
    AddRow(r + 1, ToItem(fields), seen, out);
  }
  return out;
}

}  // namespace gongkai::domain
