#include "audit/cell_run_resolver.h"

#include <gtest/gtest.h>

#include "audit/label_normalizer.h"
#include "audit/utf32_text.h"

namespace gongkai::audit {
namespace {

LayoutToken Token(std::string text, std::optional<double> x = std::nullopt) {
  LayoutToken token;
  token.kind = text.empty() ? TokenKind::kBlank : TokenKind::kNumber;
  token.compact = FoldCompact(DecodeUtf8(text));
  token.text = std::move(text);
  if (x.has_value()) {
    token.x_begin = *x;
    token.x_end = *x + 2;
  }
  return token;
}

CellRun ValueRun(std::initializer_list<const char*> texts) {
  CellRun run;
  for (const char* text : texts) {
    run.tokens.push_back(Token(text));
  }
  return run;
}

RowSpec Spec(int cells = 7) {
  RowSpec spec;
  spec.cell_count = cells;
  spec.split_fused_runs = cells == 7;
  spec.row_where = "某行";
  spec.cell_where = [](int c) {
    return "某行 / 第" + std::to_string(c + 1) + "列";
  };
  spec.column_name = [](int c) {
    return "第" + std::to_string(c + 1) + "列";
  };
  return spec;
}

std::vector<std::optional<double>> Cells(std::initializer_list<std::optional<double>> values) {
  return values;
}

bool Has(const ResolvedRow& row, std::string_view rule) {
  for (const auto& f : row.findings) {
    if (f.rule == rule) {
      return true;
    }
  }
  return false;
}

TEST(CellRunResolverTest, SevenTokensOverSeveralLines) {
  const ResolvedRow row =
      ResolveRow({ValueRun({"1", "2"}), ValueRun({"0", "0", "0"}), ValueRun({"0", "3"})}, Spec());
  EXPECT_EQ(row.cells, Cells({1, 2, 0, 0, 0, 0, 3}));
  EXPECT_TRUE(row.findings.empty());
}

TEST(CellRunResolverTest, AWholeLineRowLeavesLaterNumbersUnplaced) {
  const ResolvedRow row =
      ResolveRow({ValueRun({"1", "0", "0", "0", "0", "0", "1"}), ValueRun({"5", "5"})}, Spec());
  EXPECT_EQ(row.cells, Cells({1, 0, 0, 0, 0, 0, 1}));
  EXPECT_TRUE(Has(row, "cells.unplaced"));
}

TEST(CellRunResolverTest, EqualValuesFillTheLeadingCells) {
  const ResolvedRow row = ResolveRow({ValueRun({"0", "0", "0", "0", "0"})}, Spec());
  EXPECT_EQ(row.cells, Cells({0, 0, 0, 0, 0, std::nullopt, std::nullopt}));
  ASSERT_TRUE(Has(row, "cells.missing"));
  EXPECT_NE(row.findings[0].message.find("只印出 5 个"), std::string::npos);
}

TEST(CellRunResolverTest, DifferentValuesWithACellMissingAreAllNull) {
  const ResolvedRow row = ResolveRow({ValueRun({"3", "1", "0", "0", "0", "4"})}, Spec());
  EXPECT_EQ(row.cells, std::vector<std::optional<double>>(7));
  EXPECT_TRUE(Has(row, "cells.missing"));
}

TEST(CellRunResolverTest, TooManyValuesAreAllNull) {
  const ResolvedRow row = ResolveRow({ValueRun({"1", "0", "0", "0", "0", "0", "1", "1"})}, Spec());
  EXPECT_EQ(row.cells, std::vector<std::optional<double>>(7));
  EXPECT_TRUE(Has(row, "cells.extra"));
}

TEST(CellRunResolverTest, BlankLeadingZeroAndMalformedCells) {
  const ResolvedRow row = ResolveRow({ValueRun({"—", "00", "3.5", "/", "无", "", "0"})}, Spec());
  EXPECT_EQ(row.cells,
            Cells({std::nullopt, 0, std::nullopt, std::nullopt, std::nullopt, std::nullopt, 0}));
  int blanks = 0;
  for (const auto& f : row.findings) {
    blanks += f.rule == "cells.blank" ? 1 : 0;
    EXPECT_NE(f.where.find("第"), std::string::npos);
  }
  EXPECT_EQ(blanks, 4);
  EXPECT_TRUE(Has(row, "cells.leading_zero"));
  EXPECT_TRUE(Has(row, "cells.malformed"));
}

TEST(CellRunResolverTest, FusedRunIsSplitOnlyWhenUnique) {
  const ResolvedRow split = ResolveRow({ValueRun({"640020470"})}, Spec());
  EXPECT_EQ(split.cells, Cells({64, 0, 0, 2, 0, 4, 70}));
  EXPECT_TRUE(Has(split, "cells.split_run"));
  EXPECT_EQ(split.findings[0].severity, domain::Severity::kWarning);
  const ResolvedRow several = ResolveRow({ValueRun({"101000011"})}, Spec());
  EXPECT_EQ(several.cells, std::vector<std::optional<double>>(7));
  EXPECT_TRUE(Has(several, "cells.fused_run"));
}

TEST(CellRunResolverTest, PositionsPlaceTheCellsOfAShortRow) {
  RowSpec spec = Spec();
  spec.column_centres = std::vector<double>{11, 21, 31, 41, 51, 61, 71};
  CellRun run;
  for (double x : {10.0, 20.0, 40.0, 50.0, 60.0, 70.0}) {
    run.tokens.push_back(Token(x == 10.0 ? "4" : x == 70.0 ? "4" : "0", x));
  }
  const ResolvedRow row = ResolveRow({run}, spec);
  EXPECT_EQ(row.cells, Cells({4, 0, std::nullopt, 0, 0, 0, 4}));
  ASSERT_TRUE(Has(row, "cells.missing"));
  EXPECT_NE(row.findings.back().message.find("“第3列”"), std::string::npos);
}

TEST(CellRunResolverTest, AmbiguousPositionsAreNotUsed) {
  RowSpec spec = Spec();
  spec.column_centres = std::vector<double>{11, 21, 31, 41, 51, 61, 71};
  CellRun run;
  for (double x : {10.0, 15.0, 40.0, 50.0, 60.0, 70.0}) {
    run.tokens.push_back(Token(x == 10.0 ? "4" : "1", x));
  }
  const ResolvedRow row = ResolveRow({run}, spec);
  EXPECT_EQ(row.cells, std::vector<std::optional<double>>(7));
}

}  // namespace
}  // namespace gongkai::audit
