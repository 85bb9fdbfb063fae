#include "store/sql/sql_value.h"

#include <charconv>

namespace gongkai::store {

SqlValue DateParam(const core::Date& date) {
  return date.ToString();
}

SqlValue OptionalDateParam(const std::optional<core::Date>& date) {
  return date.has_value() ? SqlValue(date->ToString()) : SqlValue();
}

SqlValue OptionalIntParam(const std::optional<std::int64_t>& value) {
  return value.has_value() ? SqlValue(*value) : SqlValue();
}

SqlValue OptionalTextParam(const std::optional<std::string>& value) {
  return value.has_value() ? SqlValue(*value) : SqlValue();
}

core::Error RowReader::Corrupt(std::string_view column, std::string_view problem) const {
  return core::Error::Internal("数据库中" + what_ + "的字段 " + std::string(column) + " " +
                               std::string(problem) + "，数据可能已损坏");
}

core::Result<const SqlValue*> RowReader::Next(std::string_view column) {
  if (index_ >= row_.size()) {
    return Corrupt(column, "缺失");
  }
  return &row_[index_++];
}

core::Result<std::optional<std::int64_t>> RowReader::OptionalInt(std::string_view column) {
  GONGKAI_ASSIGN_OR_RETURN(const SqlValue* value, Next(column));
  if (std::holds_alternative<std::monostate>(*value)) {
    return std::optional<std::int64_t>();
  }
  if (const auto* integer = std::get_if<std::int64_t>(value)) {
    return std::optional<std::int64_t>(*integer);
  }
  // PostgreSQL NUMERIC results (e.g. SUM) and hand-edited rows arrive as text.
  if (const auto* text = std::get_if<std::string>(value)) {
    std::int64_t parsed = 0;
    const char* end = text->data() + text->size();
    auto [ptr, ec] = std::from_chars(text->data(), end, parsed);
    if (ec == std::errc() && ptr == end) {
      return std::optional<std::int64_t>(parsed);
    }
  }
  return Corrupt(column, "不是整数");
}

core::Result<std::int64_t> RowReader::Int(std::string_view column) {
  GONGKAI_ASSIGN_OR_RETURN(std::optional<std::int64_t> value, OptionalInt(column));
  if (!value.has_value()) {
    return Corrupt(column, "为空");
  }
  return *value;
}

core::Result<double> RowReader::Real(std::string_view column) {
  GONGKAI_ASSIGN_OR_RETURN(const SqlValue* value, Next(column));
  if (const auto* real = std::get_if<double>(value)) {
    return *real;
  }
  if (const auto* integer = std::get_if<std::int64_t>(value)) {
    return static_cast<double>(*integer);
  }
  return Corrupt(column, "不是数值");
}

core::Result<std::optional<std::string>> RowReader::OptionalText(std::string_view column) {
  GONGKAI_ASSIGN_OR_RETURN(const SqlValue* value, Next(column));
  if (std::holds_alternative<std::monostate>(*value)) {
    return std::optional<std::string>();
  }
  if (const auto* text = std::get_if<std::string>(value)) {
    return std::optional<std::string>(*text);
  }
  return Corrupt(column, "不是文本");
}

core::Result<std::string> RowReader::Text(std::string_view column) {
  GONGKAI_ASSIGN_OR_RETURN(std::optional<std::string> value, OptionalText(column));
  if (!value.has_value()) {
    return Corrupt(column, "为空");
  }
  return std::move(*value);
}

core::Result<std::optional<core::Date>> RowReader::OptionalDate(std::string_view column) {
  GONGKAI_ASSIGN_OR_RETURN(std::optional<std::string> text, OptionalText(column));
  if (!text.has_value()) {
    return std::optional<core::Date>();
  }
  core::Result<core::Date> date = core::Date::Parse(*text);
  if (!date.has_value()) {
    return Corrupt(column, "不是有效日期（" + *text + "）");
  }
  return std::optional<core::Date>(*date);
}

core::Result<core::Date> RowReader::Date(std::string_view column) {
  GONGKAI_ASSIGN_OR_RETURN(std::optional<core::Date> value, OptionalDate(column));
  if (!value.has_value()) {
    return Corrupt(column, "为空");
  }
  return *value;
}

}  // namespace gongkai::store
