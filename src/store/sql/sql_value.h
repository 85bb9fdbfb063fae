// Values that cross the boundary between the store's SQL and a database driver, and a reader
// that turns a result row back into typed fields with clear errors for unexpected contents.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/date.h"
#include "core/result.h"

namespace gongkai::store {

// NULL, INTEGER, REAL or TEXT. Drivers return every column as one of these.
using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;
using SqlRow = std::vector<SqlValue>;
using SqlRows = std::vector<SqlRow>;

// Parameter helpers: dates travel as ISO text 'YYYY-MM-DD'; nullopt becomes NULL.
SqlValue DateParam(const core::Date& date);
SqlValue OptionalDateParam(const std::optional<core::Date>& date);
SqlValue OptionalIntParam(const std::optional<std::int64_t>& value);
SqlValue OptionalTextParam(const std::optional<std::string>& value);

// Reads the columns of one row left to right. Every accessor returns kInternal with a Chinese
// message naming `what` (e.g. "案件 17") and the column when the stored value has the wrong type,
// is NULL where a value is required, or is an impossible date. The row must outlive the reader.
class RowReader {
 public:
  RowReader(const SqlRow& row, std::string what) : row_(row), what_(std::move(what)) {}

  core::Result<std::int64_t> Int(std::string_view column);
  core::Result<std::optional<std::int64_t>> OptionalInt(std::string_view column);
  core::Result<double> Real(std::string_view column);
  core::Result<std::string> Text(std::string_view column);
  core::Result<std::optional<std::string>> OptionalText(std::string_view column);
  core::Result<core::Date> Date(std::string_view column);
  core::Result<std::optional<core::Date>> OptionalDate(std::string_view column);

 private:
  core::Result<const SqlValue*> Next(std::string_view column);
  core::Error Corrupt(std::string_view column, std::string_view problem) const;

  const SqlRow& row_;
  std::string what_;
  std::size_t index_ = 0;
};

}  // namespace gongkai::store
