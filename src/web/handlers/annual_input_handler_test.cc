#include "web/handlers/annual_input_handler.h"

#include <gtest/gtest.h>

#include "web/web_test_fixture.h"

namespace gongkai::web {
namespace {

constexpr char kInputs[] = "/staff/reports/demo-city/2024/inputs";

class AnnualInputHandlerTest : public WebTestFixture {
 protected:
  void SetUp() override {
    WebTestFixture::SetUp();
    token_ = LogIn();
    csrf_ = CsrfOf(token_);
  }

  // The form's hidden fields as a GET of the page gives them, plus every figure and text.
  FieldMap Form() {
    const HttpResponse page = AsStaff(Get(kInputs), token_);
    EXPECT_EQ(page.status, 200);
    return {{"csrf", csrf_},
            {"figures_version", HiddenValue(page.body, "figures_version")},
            {"text_version", HiddenValue(page.body, "text_version")},
            {"rules_issued", "1"},
            {"rules_abolished", "0"},
            {"rules_in_force", "12"},
            {"normative_issued", "3"},
            {"normative_abolished", "2"},
            {"normative_in_force", "40"},
            {"licensing_decisions", "1200"},
            {"penalty_decisions", "35"},
            {"coercion_decisions", "4"},
            {"fees_wan_yuan", "38.949"},
            {"overview", "本年度主动公开政府信息 1,024 条。"},
            {"problems", "依申请公开答复的规范性有待提高。"},
            {"other_matters", "本年度未收取信息处理费。"}};
  }

  HttpResponse Save(FieldMap fields) { return AsStaff(Post(kInputs, std::move(fields)), token_); }

  std::size_t AuditCount() { return store_->ListAuditEntries(0, 100000)->size(); }

  std::string token_;
  std::string csrf_;
};

TEST_F(AnnualInputHandlerTest, NeedsALoginAndTheCsrfToken) {
  const HttpResponse page = server_->Handle(Get(kInputs));
  EXPECT_EQ(page.status, 303);
  EXPECT_EQ(HeaderOf(page, "Location"),
            "/login?next=%2Fstaff%2Freports%2Fdemo-city%2F2024%2Finputs");
  FieldMap fields = Form();
  EXPECT_EQ(server_->Handle(Post(kInputs, fields)).status, 403);
  fields["csrf"] = std::string(64, '0');
  const HttpResponse forged = Save(fields);
  EXPECT_EQ(forged.status, 403);
  EXPECT_NE(forged.body.find("表单已过期或来源不明"), std::string::npos);
  fields.erase("csrf");
  EXPECT_EQ(Save(fields).status, 403);
  EXPECT_FALSE(store_->GetProactiveFigures("demo-city", 2024).has_value());
  EXPECT_FALSE(store_->GetReportText("demo-city", 2024).has_value());
}

TEST_F(AnnualInputHandlerTest, FormShowsTheTemplateLabels) {
  const HttpResponse page = AsStaff(Get(kInputs), token_);
  ASSERT_EQ(page.status, 200);
  for (const char* label :
       {"第二十条第（一）项", "行政规范性文件", "本年废止件数", "现行有效件数", "行政强制",
        "本年处理决定数量", "本年收费金额（单位：万元）", "一、总体情况",
        "五、存在的主要问题及改进情况", "六、其他需要报告的事项"}) {
    EXPECT_NE(page.body.find(label), std::string::npos) << label;
  }
  EXPECT_NE(page.body.find("尚未录入"), std::string::npos);
}

TEST_F(AnnualInputHandlerTest, SavesBothPartsWithAuditEntriesAndShowsThemInTheReport) {
  const std::size_t audit_before = AuditCount();
  const HttpResponse saved = Save(Form());
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(HeaderOf(saved, "Location"), "/staff/reports/demo-city/2024?scope=agency&saved=1");
  const auto figures = store_->GetProactiveFigures("demo-city", 2024);
  ASSERT_TRUE(figures.has_value());
  EXPECT_EQ(figures->licensing_decisions, 1200);
  EXPECT_DOUBLE_EQ(figures->fees_wan_yuan, 38.949);
  EXPECT_EQ(store_->GetReportText("demo-city", 2024)->problems, "依申请公开答复的规范性有待提高。");
  const auto entries = store_->ListAuditEntries(0, 100000);
  ASSERT_EQ(entries->size(), audit_before + 2);
  EXPECT_EQ(entries->back().actor, kTestUser);

  const HttpResponse report =
      AsStaff(Get("/staff/reports/demo-city/2024", {{"saved", "1"}}), token_);
  ASSERT_EQ(report.status, 200);
  EXPECT_NE(report.body.find("已保存"), std::string::npos);
  EXPECT_NE(report.body.find("本年度主动公开政府信息 1,024 条。"), std::string::npos);
  EXPECT_NE(report.body.find(">38.949<"), std::string::npos);
  EXPECT_NE(report.body.find(">1200<"), std::string::npos);
  EXPECT_NE(report.body.find("href=\"/staff/reports/demo-city/2024/inputs\""), std::string::npos);

  // Saving the same again changes nothing and writes no audit entry.
  const HttpResponse again = Save(Form());
  EXPECT_EQ(HeaderOf(again, "Location"), "/staff/reports/demo-city/2024?scope=agency&saved=0");
  EXPECT_EQ(AuditCount(), audit_before + 2);
}

TEST_F(AnnualInputHandlerTest, BadFiguresAre400WithTheFieldNamed) {
  FieldMap fields = Form();
  fields["fees_wan_yuan"] = "1.23456";
  fields["rules_issued"] = "-3";
  const HttpResponse page = Save(fields);
  ASSERT_EQ(page.status, 400);
  EXPECT_NE(page.body.find("<p class=\"field-error\" id=\"e-fees_wan_yuan\">"
                           "收费金额以万元为单位，最多保留四位小数</p>"),
            std::string::npos);
  EXPECT_NE(page.body.find("id=\"e-rules_issued\">不能为负数<"), std::string::npos);
  EXPECT_NE(page.body.find("行政事业性收费 · 本年收费金额（单位：万元）</a>："), std::string::npos);
  EXPECT_NE(page.body.find("value=\"1.23456\""), std::string::npos);  // the input is kept
  EXPECT_FALSE(store_->GetProactiveFigures("demo-city", 2024).has_value());
  EXPECT_FALSE(store_->GetReportText("demo-city", 2024).has_value());
}

TEST_F(AnnualInputHandlerTest, StoredFiguresCannotBeBlankedOut) {
  ASSERT_EQ(Save(Form()).status, 303);
  FieldMap fields = Form();
  for (const char* key : {"rules_issued", "rules_abolished", "rules_in_force", "normative_issued",
                          "normative_abolished", "normative_in_force", "licensing_decisions",
                          "penalty_decisions", "coercion_decisions", "fees_wan_yuan"}) {
    fields[key] = "";
  }
  const HttpResponse page = Save(fields);
  EXPECT_EQ(page.status, 400);
  EXPECT_NE(page.body.find("id=\"e-coercion_decisions\">请填写本项，没有的填 0<"),
            std::string::npos);
}

TEST_F(AnnualInputHandlerTest, StaleVersionIs409AndKeepsTheOtherClerksChange) {
  FieldMap mine = Form();
  domain::ProactiveFigures theirs{"demo-city", 2024, 5, 0, 5, 0, 0, 0, 7, 0, 0, 1.5};
  ASSERT_TRUE(store_->PutProactiveFigures(theirs, domain::Actor{"lisi"}).has_value());
  const HttpResponse conflict = Save(mine);
  ASSERT_EQ(conflict.status, 409);
  EXPECT_NE(conflict.body.find("其他人修改并保存了本年度的数据"), std::string::npos);
  EXPECT_NE(conflict.body.find("value=\"38.949\""), std::string::npos);  // mine, kept
  EXPECT_EQ(store_->GetProactiveFigures("demo-city", 2024)->licensing_decisions, 7);
  EXPECT_FALSE(store_->GetReportText("demo-city", 2024).has_value());
  // Submitting the page the 409 showed overwrites deliberately.
  mine["figures_version"] = HiddenValue(conflict.body, "figures_version");
  mine["text_version"] = HiddenValue(conflict.body, "text_version");
  EXPECT_EQ(Save(mine).status, 303);
  EXPECT_EQ(store_->GetProactiveFigures("demo-city", 2024)->licensing_decisions, 1200);
}

TEST_F(AnnualInputHandlerTest, APartChangedOnlyByTheOtherClerkIsLeftAlone) {
  FieldMap mine = Form();
  for (const char* key : {"overview", "problems", "other_matters"}) {
    mine[key] = "";  // as the page showed them: this clerk only enters figures
  }
  ASSERT_TRUE(
      store_->PutReportText({"demo-city", 2024, "他人写的总体情况", "", ""}, domain::Actor{"lisi"})
          .has_value());
  ASSERT_EQ(Save(mine).status, 303);
  EXPECT_EQ(store_->GetReportText("demo-city", 2024)->overview, "他人写的总体情况");
  EXPECT_EQ(store_->GetProactiveFigures("demo-city", 2024)->penalty_decisions, 35);
}

TEST_F(AnnualInputHandlerTest, YearAndAgencyAreChecked) {
  EXPECT_EQ(AsStaff(Get("/staff/reports/nowhere/2024/inputs"), token_).status, 404);
  const HttpResponse future = AsStaff(Get("/staff/reports/demo-city/2026/inputs"), token_);
  EXPECT_EQ(future.status, 400);
  EXPECT_NE(future.body.find("年度 2026 尚未开始"), std::string::npos);
  EXPECT_EQ(AsStaff(Get("/staff/reports/demo-city/20x4/inputs"), token_).status, 400);
  FieldMap fields = Form();
  EXPECT_EQ(AsStaff(Post("/staff/reports/nowhere/2024/inputs", fields), token_).status, 404);
  EXPECT_EQ(AsStaff(Post("/staff/reports/demo-city/2026/inputs", fields), token_).status, 400);
  EXPECT_EQ(AsStaff(Get("/staff/reports/demo-city/2025/inputs"), token_).status, 200);
}

}  // namespace
}  // namespace gongkai::web
