#include "audit/column_order_recovery.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "audit/extraction_rules.h"
#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

using domain::RequestRow;
using Row = std::array<std::int64_t, 7>;

// The rows of the template with one 其他处理 row, in print order (23 rows).
RequestRow At(std::size_t index) {
  return domain::RowsOf(domain::TemplateVersion::k2021, true)[index];
}
constexpr std::size_t kRows = 23;

// A consistent table: rows add up, outcome rows sum to 总计 (row 21), and 新收 + 上年结转 =
// 总计 + 结转下年度.
std::vector<Row> ConsistentTable() {
  std::vector<Row> table(kRows, Row{});
  table[0] = {10, 2, 0, 0, 1, 0, 13};   // 新收
  table[1] = {1, 0, 0, 0, 0, 0, 1};     // 上年结转
  table[2] = {5, 1, 0, 0, 0, 0, 6};     // 予以公开
  table[3] = {1, 0, 0, 0, 0, 0, 1};     // 部分公开
  table[6] = {1, 0, 0, 0, 0, 0, 1};     // 不予公开.3
  table[9] = {0, 1, 0, 0, 0, 0, 1};     // 不予公开.6
  table[12] = {2, 0, 0, 0, 1, 0, 3};    // 无法提供.1
  table[15] = {1, 0, 0, 0, 0, 0, 1};    // 不予处理.1
  table[21] = {10, 2, 0, 0, 1, 0, 13};  // 总计
  table[22] = {1, 0, 0, 0, 0, 0, 1};    // 结转下年度
  return table;
}

// The numbers of a table as a layout printed them, with the label each came after.
class Printed {
 public:
  // Appends rows [first, first + k) column by column (k = 1: row by row), after the label of row
  // `owner` (none: before any label).
  void Band(const std::vector<Row>& table, std::size_t first, std::size_t k,
            std::optional<std::size_t> owner) {
    for (std::size_t c = 0; c < 7; ++c) {
      for (std::size_t j = 0; j < k; ++j) {
        Add(std::to_string(table[first + j][c]), owner);
      }
    }
  }
  void Add(const std::string& text, std::optional<std::size_t> owner) {
    LayoutToken& token = tokens_.emplace_back();
    token.kind = TokenKind::kNumber;
    token.text = text;
    token.compact = FoldCompact(DecodeUtf8(text));
    owners_.push_back(owner.has_value() ? std::optional<RequestRow>(At(*owner)) : std::nullopt);
  }
  std::vector<SequencedValue> Values() const {
    std::vector<SequencedValue> values;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      values.push_back(SequencedValue{&tokens_[i], owners_[i]});
    }
    return values;
  }
  LayoutToken& token(std::size_t i) { return tokens_[i]; }

 private:
  std::deque<LayoutToken> tokens_;  // stable addresses
  std::vector<std::optional<RequestRow>> owners_;
};

// Every label of the template found, no cells read yet.
RequestTableResult FoundTable() {
  RequestTableResult result;
  for (std::size_t i = 0; i < kRows; ++i) {
    result.rows[static_cast<std::size_t>(At(i))].found = true;
  }
  result.rows_found = static_cast<int>(kRows);
  return result;
}

// Marks a row as read completely by the ordinary, label-by-label reading.
void Settle(RequestTableResult& result, std::size_t index, const Row& cells) {
  ParsedRequestRow& row = result.rows[static_cast<std::size_t>(At(index))];
  row.has_values = true;
  for (std::size_t c = 0; c < 7; ++c) {
    row.cells[c] = cells[c];
  }
}

Row CellsOf(const RequestTableResult& result, std::size_t index) {
  Row out{};
  const auto& cells = result.rows[static_cast<std::size_t>(At(index))].cells;
  for (std::size_t c = 0; c < 7; ++c) {
    out[c] = cells[c].value_or(-1);
  }
  return out;
}

// The shape of real-013.txt: 新收 before any label, three rows row by row, 部分公开 followed by
// nine rows column by column, five rows column by column after the label of the fifth, two rows
// of zeros row by row after the first one's label, 其他处理 and 总计 column by column, 结转下年度.
// `five_rows_label` is the row whose label precedes the five-row block.
Printed Real013Shape(const std::vector<Row>& table, std::size_t five_rows_label = 17) {
  Printed printed;
  printed.Band(table, 0, 1, std::nullopt);
  printed.Band(table, 1, 1, 1);
  printed.Band(table, 2, 1, 2);
  printed.Band(table, 3, 1, 3);
  printed.Band(table, 4, 9, 3);
  printed.Band(table, 13, 5, five_rows_label);
  printed.Band(table, 18, 1, 18);
  printed.Band(table, 19, 1, 18);
  printed.Band(table, 20, 2, 21);
  printed.Band(table, 22, 1, 22);
  return printed;
}

RequestTableResult Real013Reading(const std::vector<Row>& table) {
  RequestTableResult result = FoundTable();
  Settle(result, 1, table[1]);
  Settle(result, 2, table[2]);
  Settle(result, 22, table[22]);
  result.findings.push_back(MakeFinding(kRuleCellsUnplaced, domain::Severity::kWarning, "三", "x"));
  return result;
}

bool Untouched(const RequestTableResult& result) {
  for (std::size_t i : {0, 3, 4, 12, 20, 21}) {
    if (CellsOf(result, i) != Row{-1, -1, -1, -1, -1, -1, -1}) {
      return false;
    }
  }
  return result.findings.size() == 1;
}

TEST(ColumnOrderRecoveryTest, ColumnMajorBlocksArePlacedWithAWarning) {
  const std::vector<Row> table = ConsistentTable();
  Printed printed = Real013Shape(table);
  RequestTableResult result = Real013Reading(table);
  ASSERT_TRUE(NeedsColumnOrderRecovery(result));
  ASSERT_TRUE(RecoverColumnOrder(printed.Values(), result));
  for (std::size_t i = 0; i < kRows; ++i) {
    EXPECT_EQ(CellsOf(result, i), table[i]) << "row " << i;
    const auto& findings = result.rows[static_cast<std::size_t>(At(i))].findings;
    const bool settled = i == 1 || i == 2 || i == 22;
    ASSERT_EQ(findings.size(), settled ? 0u : 1u) << "row " << i;
    if (!settled) {
      EXPECT_EQ(findings[0].rule, kRuleCellsColumnOrder);
      EXPECT_EQ(findings[0].severity, domain::Severity::kWarning);
    }
  }
  const auto& blocked = result.rows[static_cast<std::size_t>(RequestRow::kWithheld1)].findings;
  EXPECT_NE(blocked[0].message.find("这 9 行的数字按列印出"), std::string::npos)
      << blocked[0].message;
  EXPECT_NE(blocked[0].message.find("“（四）无法提供 1.本机关不掌握相关政府信息”"),
            std::string::npos);
  EXPECT_TRUE(result.findings.empty());  // the numbers before any label now have their row
  EXPECT_FALSE(NeedsColumnOrderRecovery(result));
}

TEST(ColumnOrderRecoveryTest, ABlockWhoseTotalColumnDoesNotAddUpIsRejected) {
  const std::vector<Row> table = ConsistentTable();
  Printed printed = Real013Shape(table);
  // The 总计 cell of 无法提供.1, the last number of the nine-row block (28 + 63 - 1).
  ASSERT_EQ(printed.token(90).text, "3");
  printed.token(90).text = "4";
  printed.token(90).compact = U"4";
  RequestTableResult result = Real013Reading(table);
  EXPECT_FALSE(RecoverColumnOrder(printed.Values(), result));
  EXPECT_TRUE(Untouched(result));
}

TEST(ColumnOrderRecoveryTest, RowsThatAddUpButBreakTheTableTotalsAreRejected) {
  std::vector<Row> table = ConsistentTable();
  table[12] = {3, 0, 0, 0, 1, 0, 4};  // the row adds up; the outcome rows no longer sum to 总计
  Printed printed = Real013Shape(table);
  RequestTableResult result = Real013Reading(table);
  EXPECT_FALSE(RecoverColumnOrder(printed.Values(), result));
  EXPECT_TRUE(Untouched(result));
}

// Rows 15–17 print 0 0 0 0 0 1 1 three times: one row, then two rows column by column (after the
// label of row `block_label`), or two rows column by column then one row. The cells differ, the
// column sums do not, so every total holds either way. Every other row is printed and read by its
// label.
struct AmbiguousTable {
  std::vector<Row> table = ConsistentTable();
  Printed printed;
  RequestTableResult result = FoundTable();

  explicit AmbiguousTable(std::size_t block_label) {
    table[15] = {0, 0, 0, 0, 0, 1, 1};
    table[16] = {0, 0, 0, 1, 0, 0, 1};
    table[17] = {0, 0, 1, 0, 0, 0, 1};
    table[21] = {9, 2, 1, 1, 1, 1, 15};
    table[0] = {9, 2, 1, 1, 1, 1, 15};
    for (std::size_t i = 0; i < kRows; ++i) {
      if (i == 16 || i == 17) {
        continue;
      }
      printed.Band(table, i, 1, i);
      if (i == 15) {
        printed.Band(table, 16, 2, block_label);
      } else {
        Settle(result, i, table[i]);
      }
    }
  }
};

TEST(ColumnOrderRecoveryTest, TwoReadingsThatBothAddUpAreRejected) {
  AmbiguousTable ambiguous(15);
  EXPECT_FALSE(RecoverColumnOrder(ambiguous.printed.Values(), ambiguous.result));
  EXPECT_EQ(CellsOf(ambiguous.result, 16), (Row{-1, -1, -1, -1, -1, -1, -1}));

  // The label of the third row printed before the last fourteen numbers (as real-013 prints
  // “3.要求提供公开出版物” before its block) leaves only one reading.
  AmbiguousTable labelled(17);
  ASSERT_TRUE(RecoverColumnOrder(labelled.printed.Values(), labelled.result));
  EXPECT_EQ(CellsOf(labelled.result, 16), labelled.table[16]);
  EXPECT_EQ(CellsOf(labelled.result, 17), labelled.table[17]);
}

TEST(ColumnOrderRecoveryTest, APartialBlockIsRejected) {
  const std::vector<Row> table = ConsistentTable();
  const Printed printed = Real013Shape(table);
  std::vector<SequencedValue> values = printed.Values();
  // The nine-row block (numbers 28–90) without its 总计 column.
  values.erase(values.begin() + 82, values.begin() + 91);
  RequestTableResult result = Real013Reading(table);
  EXPECT_FALSE(RecoverColumnOrder(values, result));
  EXPECT_TRUE(Untouched(result));
}

TEST(ColumnOrderRecoveryTest, NumbersAfterTheLabelOfAnotherRowAreRejected) {
  const std::vector<Row> table = ConsistentTable();
  // The label of 其他处理 before the rows 无法提供.2–不予处理.3.
  const Printed printed = Real013Shape(table, 20);
  RequestTableResult result = Real013Reading(table);
  EXPECT_FALSE(RecoverColumnOrder(printed.Values(), result));
  EXPECT_TRUE(Untouched(result));
}

TEST(ColumnOrderRecoveryTest, ARowReadByItsLabelMustKeepItsCells) {
  const std::vector<Row> table = ConsistentTable();
  Printed printed = Real013Shape(table);
  RequestTableResult result = Real013Reading(table);
  Settle(result, 2, Row{6, 0, 0, 0, 0, 0, 6});  // the ordinary reading says otherwise
  EXPECT_FALSE(RecoverColumnOrder(printed.Values(), result));
  EXPECT_EQ(CellsOf(result, 3), (Row{-1, -1, -1, -1, -1, -1, -1}));
}

TEST(ColumnOrderRecoveryTest, PlaceholdersAndMissingLabelsAreNotGuessedAround) {
  const std::vector<Row> table = ConsistentTable();
  Printed printed = Real013Shape(table);
  printed.token(40).text = "-";
  printed.token(40).compact = U"-";
  RequestTableResult result = Real013Reading(table);
  EXPECT_FALSE(RecoverColumnOrder(printed.Values(), result));
  EXPECT_TRUE(Untouched(result));

  Printed clean = Real013Shape(table);
  RequestTableResult unlabelled = Real013Reading(table);
  unlabelled.rows[static_cast<std::size_t>(RequestRow::kNotHandled2)].found = false;
  EXPECT_FALSE(RecoverColumnOrder(clean.Values(), unlabelled));
  EXPECT_TRUE(Untouched(unlabelled));
}

TEST(ColumnOrderRecoveryTest, EqualValuesReadTheSameEveryWay) {
  // An all-zero table can be cut into bands in millions of ways; all give the same cells, and
  // telling them apart stays cheap.
  const std::vector<Row> table(kRows, Row{});
  Printed printed;
  for (std::size_t i = 0; i < kRows * 7; ++i) {
    printed.Add("0", std::nullopt);
  }
  RequestTableResult result = FoundTable();
  const auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(RecoverColumnOrder(printed.Values(), result));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
  for (std::size_t i = 0; i < kRows; ++i) {
    EXPECT_EQ(CellsOf(result, i), table[i]);
  }
}

TEST(ColumnOrderRecoveryTest, LongSequencesAreRejectedWithoutReading) {
  Printed printed;
  for (int i = 0; i < 200000; ++i) {
    printed.Add("0", std::nullopt);
  }
  RequestTableResult result = FoundTable();
  const auto start = std::chrono::steady_clock::now();
  EXPECT_FALSE(RecoverColumnOrder(printed.Values(), result));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
}

TEST(ColumnOrderRecoveryTest, NeededOnlyWhenAFoundRowIsIncomplete) {
  RequestTableResult result = FoundTable();
  EXPECT_TRUE(NeedsColumnOrderRecovery(result));
  const std::vector<Row> table = ConsistentTable();
  for (std::size_t i = 0; i < kRows; ++i) {
    Settle(result, i, table[i]);
  }
  EXPECT_FALSE(NeedsColumnOrderRecovery(result));
}

}  // namespace
}  // namespace gongkai::audit
