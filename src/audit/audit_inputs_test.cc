#include "audit/audit_inputs.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace gongkai::audit {
namespace {

namespace fs = std::filesystem;

class AuditInputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("gongkai_audit_inputs_" +
             std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "sub" / "deeper");
  }
  void TearDown() override { fs::remove_all(root_); }

  void Touch(const fs::path& relative) { std::ofstream(root_ / relative) << "x"; }

  fs::path root_;
};

TEST_F(AuditInputsTest, RecognisesExtensionsInAnyCase) {
  EXPECT_TRUE(IsAuditableFileName("a.txt"));
  EXPECT_TRUE(IsAuditableFileName("a.HTM"));
  EXPECT_TRUE(IsAuditableFileName("报告.Html"));
  EXPECT_TRUE(IsAuditableFileName("a.pdf"));
  EXPECT_TRUE(IsAuditableFileName("a.DOCX"));
  EXPECT_FALSE(IsAuditableFileName("a.doc"));
  EXPECT_FALSE(IsAuditableFileName("a.csv"));
  EXPECT_FALSE(IsAuditableFileName("txt"));
}

TEST_F(AuditInputsTest, ExpandsDirectoriesRecursivelyInSortedOrder) {
  Touch("b.pdf");
  Touch("a.txt");
  Touch("notes.csv");
  Touch("sub/c.html");
  Touch("sub/deeper/d.docx");
  const std::vector<std::string> args = {(root_ / "a.txt").string(), root_.string()};
  const core::Result<AuditInputs> inputs = CollectAuditInputs(args);
  ASSERT_TRUE(inputs.has_value()) << inputs.error().message;
  EXPECT_TRUE(inputs->has_directory);
  EXPECT_EQ(inputs->files,
            (std::vector<std::string>{(root_ / "a.txt").string(), (root_ / "a.txt").string(),
                                      (root_ / "b.pdf").string(), (root_ / "sub/c.html").string(),
                                      (root_ / "sub/deeper/d.docx").string()}));
}

TEST_F(AuditInputsTest, KeepsFilesAndMissingPathsAsGiven) {
  Touch("report.doc");
  const std::vector<std::string> args = {(root_ / "report.doc").string(),
                                         (root_ / "missing.pdf").string()};
  const core::Result<AuditInputs> inputs = CollectAuditInputs(args);
  ASSERT_TRUE(inputs.has_value());
  EXPECT_FALSE(inputs->has_directory);
  EXPECT_EQ(inputs->files, args);
}

TEST_F(AuditInputsTest, EmptyDirectoryGivesNoFiles) {
  const std::vector<std::string> args = {(root_ / "sub" / "deeper").string()};
  const core::Result<AuditInputs> inputs = CollectAuditInputs(args);
  ASSERT_TRUE(inputs.has_value());
  EXPECT_TRUE(inputs->has_directory);
  EXPECT_TRUE(inputs->files.empty());
}

}  // namespace
}  // namespace gongkai::audit
