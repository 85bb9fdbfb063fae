// A case received in late December and closed in January, through the use cases: counted in
// 结转下年度 of its year and 上年结转 of the next; the explain listing names it; a report with an
// error is refused at export.
#include <filesystem>

#include <gtest/gtest.h>

#include "domain/case_service.h"
#include "domain/report_checks.h"
#include "domain/review_register.h"
#include "report/cell_explanation.h"
#include "report/report_builder.h"
#include "report/report_export.h"
#include "report_backends.h"

namespace gongkai::report {
namespace {

using domain::RequestRow;

core::Date D(int y, int m, int d) {
  return *core::Date::FromYmd(y, m, d);
}

domain::CommandContext On(core::Date date) {
  domain::CommandContext context;
  context.actor = domain::Actor{"测试"};
  context.date = date;
  return context;
}

class ReportExplainTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    backend_ = std::make_unique<testing::Backend>(GetParam(), D(2025, 6, 30));
    ASSERT_TRUE(backend_->ok());
    domain::Store& store = backend_->store();
    const domain::Actor actor{"测试"};
    ASSERT_TRUE(store.agencies().PutAgency({"city", "某市人民政府", std::nullopt}, actor));
    ASSERT_TRUE(store.agencies().PutAgency({"city-edu", "某市教育局", "city"}, actor));
    service_ =
        std::make_unique<domain::CaseService>(store, backend_->calendar(), backend_->clock());
  }

  // Receives, registers and (when `replied` is set) answers one application of a natural person.
  std::string Case(const std::string& agency, core::Date received,
                   std::optional<core::Date> replied, RequestRow outcome = RequestRow::kGranted,
                   int kind = 0) {
    domain::ApplicationDraft draft;
    draft.agency_id = agency;
    draft.applicant = {kind, "张三", "身份证 330100199001011234", "13800000000"};
    draft.information_requested = "某文件";
    draft.received_on = received;
    auto c = service_->ReceiveApplication(draft, domain::Actor{"测试"});
    EXPECT_TRUE(c.has_value()) << c.error().message;
    auto registered = service_->Register(c->id, On(received));
    EXPECT_TRUE(registered.has_value()) << registered.error().message;
    if (replied.has_value()) {
      domain::ReplyDecision decision;
      decision.outcome = outcome;
      decision.provision_form = "电子邮件";
      decision.note = "答复";
      auto done = service_->Reply(c->id, decision, On(*replied));
      EXPECT_TRUE(done.has_value()) << done.error().message;
    }
    return registered->tracking_number;
  }

  domain::AnnualReport Build(const std::string& agency, int year, Scope scope) {
    auto report = BuildAnnualReport(backend_->store(), agency, year, scope);
    EXPECT_TRUE(report.has_value()) << report.error().message;
    return report.has_value() ? *report : domain::AnnualReport{};
  }

  std::vector<std::string> Listed(const std::string& agency, int year, Scope scope,
                                  const std::string& cell) {
    auto explanation = Explain(backend_->store(), agency, year, scope, cell);
    EXPECT_TRUE(explanation.has_value()) << explanation.error().message;
    std::vector<std::string> numbers;
    if (explanation.has_value()) {
      for (const ExplainedCase& c : explanation->cases) {
        numbers.push_back(c.tracking_number);
      }
    }
    return numbers;
  }

  std::unique_ptr<testing::Backend> backend_;
  std::unique_ptr<domain::CaseService> service_;
};

TEST_P(ReportExplainTest, DecemberCaseClosedInJanuaryIsCarriedOver) {
  const std::string late = Case("city-edu", D(2024, 12, 27), D(2025, 1, 10));
  const std::string early = Case("city-edu", D(2024, 3, 4), D(2024, 3, 20));
  const domain::AnnualReport y2024 = Build("city-edu", 2024, Scope::kAgencyOnly);
  EXPECT_EQ(y2024.row(RequestRow::kNewlyReceived)[0], 2);
  EXPECT_EQ(y2024.row(RequestRow::kGranted)[0], 1);
  EXPECT_EQ(y2024.row(RequestRow::kCarriedToNextYear)[0], 1);
  EXPECT_EQ(y2024.row(RequestRow::kCarriedToNextYear)[6], 1);
  const domain::AnnualReport y2025 = Build("city-edu", 2025, Scope::kAgencyOnly);
  EXPECT_EQ(y2025.row(RequestRow::kNewlyReceived)[0], 0);
  EXPECT_EQ(y2025.row(RequestRow::kCarriedFromLastYear)[0], 1);
  EXPECT_EQ(y2025.row(RequestRow::kGranted)[0], 1);
  EXPECT_EQ(y2025.row(RequestRow::kCarriedToNextYear)[6], 0);
  EXPECT_FALSE(domain::HasErrors(y2025.findings));
  for (const domain::Finding& f : y2025.findings) {
    EXPECT_NE(f.rule, domain::kRuleCarryOver) << f.message;
  }
  EXPECT_EQ(Listed("city-edu", 2024, Scope::kAgencyOnly, "三.结转下年度.自然人"),
            std::vector<std::string>{late});
  EXPECT_EQ(Listed("city-edu", 2025, Scope::kAgencyOnly, "三.上年结转"),
            std::vector<std::string>{late});
  EXPECT_EQ(Listed("city-edu", 2024, Scope::kAgencyOnly, "三.予以公开.自然人"),
            std::vector<std::string>{early});
  EXPECT_EQ(Listed("city", 2025, Scope::kAgencyAndBelow, "三.总计.总计"),
            std::vector<std::string>{late});
  EXPECT_TRUE(Listed("city", 2025, Scope::kAgencyOnly, "三.总计.总计").empty());
}

TEST_P(ReportExplainTest, ExplainListsTheCasesBehindACell) {
  Case("city-edu", D(2024, 5, 6), D(2024, 5, 20), RequestRow::kWithheld5, 0);
  const std::string second =
      Case("city-edu", D(2024, 6, 3), D(2024, 6, 14), RequestRow::kWithheld5, 0);
  Case("city-edu", D(2024, 7, 1), D(2024, 7, 8), RequestRow::kWithheld5, 1);
  Case("city-edu", D(2024, 8, 1), D(2024, 8, 8), RequestRow::kGranted, 0);
  const auto explanation =
      Explain(backend_->store(), "city-edu", 2024, Scope::kAgencyOnly, "三.不予公开.5.自然人");
  ASSERT_TRUE(explanation.has_value()) << explanation.error().message;
  ASSERT_EQ(explanation->cases.size(), 2u);
  EXPECT_EQ(explanation->value, 2);
  EXPECT_EQ(explanation->cases[1].tracking_number, second);
  EXPECT_EQ(explanation->cases[1].received_on, D(2024, 6, 3));
  EXPECT_EQ(explanation->cases[1].closed_on, D(2024, 6, 14));
  EXPECT_EQ(explanation->cases[1].outcome, RequestRow::kWithheld5);
  const domain::AnnualReport report = Build("city-edu", 2024, Scope::kAgencyOnly);
  EXPECT_EQ(report.row(RequestRow::kWithheld5)[0], 2);
  const std::string text = FormatExplanation(*explanation);
  EXPECT_NE(text.find("2024年 三.不予公开.5.自然人"), std::string::npos) << text;
  EXPECT_NE(text.find(second + "  自然人  收到 2024-06-03  办结 2024-06-14  （三）不予公开 "
                               "5.属于三类内部事务信息"),
            std::string::npos)
      << text;
  const auto bad = Explain(backend_->store(), "city-edu", 2024, Scope::kAgencyOnly, "三.不存在");
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code, core::ErrorCode::kInvalidArgument);
  const auto unknown = Explain(backend_->store(), "nowhere", 2024, Scope::kAgencyOnly, "三.新收");
  ASSERT_FALSE(unknown.has_value());
  EXPECT_EQ(unknown.error().code, core::ErrorCode::kNotFound);
}

TEST_P(ReportExplainTest, ExplainsReviewAndFigureCells) {
  Case("city-edu", D(2024, 5, 6), D(2024, 5, 20), RequestRow::kWithheld7);
  domain::ReviewRegister reviews(backend_->store(), backend_->clock());
  domain::ReviewCase review;
  review.agency_id = "city-edu";
  review.kind = domain::ReviewKind::kReconsideration;
  review.reference = "某政复〔2024〕3号";
  review.filed_on = D(2024, 6, 20);
  review.result = domain::ReviewResult::kUpheld;
  review.decided_on = D(2024, 8, 1);
  ASSERT_TRUE(reviews.Create(review, domain::Actor{"测试"}).has_value());
  const auto upheld =
      Explain(backend_->store(), "city", 2024, Scope::kAgencyAndBelow, "四.行政复议.结果维持");
  ASSERT_TRUE(upheld.has_value()) << upheld.error().message;
  ASSERT_EQ(upheld->reviews.size(), 1u);
  EXPECT_EQ(upheld->reviews[0].reference, "某政复〔2024〕3号");
  const auto pending =
      Explain(backend_->store(), "city", 2024, Scope::kAgencyAndBelow, "四.行政复议.尚未审结");
  ASSERT_TRUE(pending.has_value());
  EXPECT_TRUE(pending->reviews.empty());

  domain::ProactiveFigures figures;
  figures.agency_id = "city-edu";
  figures.year = 2024;
  figures.licensing_decisions = 1234;
  ASSERT_TRUE(backend_->store().annual_inputs().PutProactiveFigures(figures, {"测试"}).has_value());
  const auto licensing =
      Explain(backend_->store(), "city", 2024, Scope::kAgencyAndBelow, "二.行政许可");
  ASSERT_TRUE(licensing.has_value()) << licensing.error().message;
  ASSERT_EQ(licensing->figures.size(), 2u);
  EXPECT_EQ(licensing->value, 1234);
  EXPECT_FALSE(licensing->figures[0].value.has_value());  // city entered nothing
  EXPECT_EQ(licensing->figures[1].value, 1234);
  const domain::AnnualReport report = Build("city", 2024, Scope::kAgencyAndBelow);
  EXPECT_EQ(report.proactive->at("行政许可").at("本年处理决定数量"), 1234);
  bool warned = false;
  for (const domain::Finding& f : report.findings) {
    warned = warned ||
             (f.rule == kRuleProactiveNotEntered && f.message.find("city") != std::string::npos);
  }
  EXPECT_TRUE(warned);
}

TEST_P(ReportExplainTest, ExportIsRefusedForAReportWithAnError) {
  Case("city-edu", D(2024, 5, 6), D(2024, 5, 20));
  domain::AnnualReport report = Build("city-edu", 2024, Scope::kAgencyOnly);
  ASSERT_TRUE(ExportReport(report, {}, ExportFormat::kMarkdown).has_value());
  // A cell changed by hand after generation breaks the 勾稽关系.
  report.row(RequestRow::kGranted)[0] = 5;
  report.findings = domain::CheckReport(report);
  const std::string path =
      (std::filesystem::temp_directory_path() / ("gongkai-refused-" + GetParam() + ".xlsx"))
          .string();
  std::filesystem::remove(path);
  const core::Status status = ExportReportToFile(report, {}, ExportFormat::kXlsx, path);
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, core::ErrorCode::kFailedPrecondition);
  EXPECT_NE(status.error().message.find("requests.row_total"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(path));
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportExplainTest, ::testing::Values("memory", "sqlite"));

}  // namespace
}  // namespace gongkai::report
