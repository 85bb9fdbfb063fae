#include "web/application_form.h"

#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

const std::vector<domain::Agency> kAgencies = {{"demo-city", "演示市人民政府", std::nullopt}};

FieldMap ValidFields() {
  return {{"agency_id", "demo-city"},
          {"applicant_kind", "natural_person"},
          {"applicant_name", " 张三 "},
          {"id_document", "110101199001011234"},
          {"contact", "13800000000"},
          {"info_name", "2024年度部门预算"},
          {"info_number", ""},
          {"info_description", "预算公开表格"},
          {"provision_form", "electronic"},
          {"provision_route", "email"}};
}

TEST(ApplicationFormTest, ValidFormGivesADraft) {
  const ParsedApplication parsed = ParseApplicationForm(ValidFields(), kAgencies);
  ASSERT_TRUE(parsed.errors.empty()) << parsed.errors.front().message;
  ASSERT_TRUE(parsed.draft.has_value());
  EXPECT_EQ(parsed.draft->agency_id, "demo-city");
  EXPECT_EQ(parsed.draft->applicant.kind, 0);
  EXPECT_EQ(parsed.draft->applicant.name, "张三");
  EXPECT_EQ(parsed.draft->information_requested, "名称：2024年度部门预算\n描述：预算公开表格");
  EXPECT_EQ(parsed.draft->preferred_form, "电子文本；电子邮件");
  EXPECT_EQ(parsed.draft->channel, domain::Channel::kOnline);
}

TEST(ApplicationFormTest, EmptyFormNamesEveryRequiredField) {
  const ParsedApplication parsed = ParseApplicationForm({}, kAgencies);
  EXPECT_FALSE(parsed.draft.has_value());
  for (const char* field : {"agency_id", "applicant_kind", "applicant_name", "id_document",
                            "contact", "info_name", "provision_form", "provision_route"}) {
    EXPECT_TRUE(MessageFor(parsed.errors, field).has_value()) << field;
  }
  EXPECT_EQ(MessageFor(parsed.errors, "applicant_name"), "请填写申请人姓名或者名称");
}

TEST(ApplicationFormTest, RejectsUnknownChoices) {
  FieldMap fields = ValidFields();
  fields["agency_id"] = "nowhere";
  fields["applicant_kind"] = "alien";
  fields["provision_form"] = "carrier-pigeon";
  const ParsedApplication parsed = ParseApplicationForm(fields, kAgencies);
  EXPECT_EQ(parsed.errors.size(), 3U);
  EXPECT_TRUE(MessageFor(parsed.errors, "agency_id").has_value());
  EXPECT_TRUE(MessageFor(parsed.errors, "applicant_kind").has_value());
  EXPECT_TRUE(MessageFor(parsed.errors, "provision_form").has_value());
}

TEST(ApplicationFormTest, RejectsBadUtf8AndControlCharacters) {
  FieldMap fields = ValidFields();
  fields["applicant_name"] = "\xc3\x28";
  fields["contact"] = std::string("138\0000", 5);
  const ParsedApplication parsed = ParseApplicationForm(fields, kAgencies);
  ASSERT_TRUE(MessageFor(parsed.errors, "applicant_name").has_value());
  EXPECT_NE(MessageFor(parsed.errors, "applicant_name")->find("无法识别"), std::string::npos);
  EXPECT_TRUE(MessageFor(parsed.errors, "contact").has_value());
  EXPECT_EQ(parsed.errors.size(), 2U);  // one message per field, no "missing" on top
}

TEST(ApplicationFormTest, RejectsOverlongText) {
  FieldMap fields = ValidFields();
  std::string long_name;
  for (int i = 0; i < 101; ++i) {
    long_name += "张";
  }
  fields["applicant_name"] = long_name;
  const ParsedApplication parsed = ParseApplicationForm(fields, kAgencies);
  ASSERT_TRUE(MessageFor(parsed.errors, "applicant_name").has_value());
  EXPECT_NE(MessageFor(parsed.errors, "applicant_name")->find("100"), std::string::npos);
}

TEST(ApplicationFormTest, CleanTextAcceptsChineseAndRejectsOverlongEncodings) {
  EXPECT_TRUE(IsCleanText("政府信息公开\t申请\n"));
  EXPECT_TRUE(IsCleanText("𠀀"));
  EXPECT_FALSE(IsCleanText("\xc0\xaf"));
  EXPECT_FALSE(IsCleanText("\xed\xa0\x80"));
  EXPECT_FALSE(IsCleanText("\xe6\x94"));
}

}  // namespace
}  // namespace gongkai::web
