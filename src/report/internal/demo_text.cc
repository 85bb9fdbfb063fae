#include "report/internal/demo_text.h"

#include <array>
#include <string_view>

namespace gongkai::report::internal {
namespace {

using domain::RequestRow;
using Words = std::span<const std::string_view>;

constexpr std::array<std::string_view, 24> kSurnames = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
    "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋"};
constexpr std::array<std::string_view, 24> kGivenNames = {
    "伟", "芳", "娜", "秀英", "敏", "静", "丽",   "强", "磊", "军", "洋",   "勇",
    "艳", "杰", "娟", "涛",   "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华"};
constexpr std::array<std::string_view, 10> kFirmWords = {"恒信", "华达", "鼎盛", "瑞丰", "安和",
                                                         "中正", "明德", "博远", "汇通", "嘉禾"};
constexpr std::array<std::string_view, 5> kTrades = {"贸易", "食品", "科技", "餐饮管理",
                                                     "医疗器械"};
constexpr std::array<std::string_view, 4> kDistricts = {"江北区", "江南区", "高新区", "滨湖区"};

std::string Digits(DemoRandom& random, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) {
    out += static_cast<char>('0' + random.Uniform(0, 9));
  }
  return out;
}

std::string OrganisationName(DemoRandom& random, int kind) {
  const std::string word(random.Pick(Words(kFirmWords)));
  switch (kind) {
    case 1:
      return "滨江" + word + std::string(random.Pick(Words(kTrades))) + "有限公司";
    case 2:
      return "滨江大学" + word + "研究院";
    case 3:
      return "滨江市" + word + "公益服务中心";
    case 4:
      return "浙江" + word + "律师事务所";
    default:
      return "滨江市" + std::string(random.Pick(Words(kDistricts))) + word + "小区业主委员会";
  }
}

// Subjects by outcome: {outcome, subjects}; %Y is replaced by the year before the request.
struct SubjectList {
  RequestRow outcome;
  std::array<std::string_view, 3> subjects;
};

constexpr std::array<SubjectList, 21> kSubjects = {{
    {RequestRow::kGranted,
     {"%Y年度本市食品安全监督抽检结果", "本局%Y年度行政许可事项目录及办理情况",
      "%Y年电梯安全专项检查情况通报"}},
    {RequestRow::kPartlyGranted,
     {"对某超市作出行政处罚的决定书及调查报告", "某餐饮企业%Y年以来的日常监督检查记录",
      "某小区电梯维保单位的检验报告及整改材料"}},
    {RequestRow::kWithheld1, {"%Y年某专项整治行动的内部部署文件", "涉密会议纪要", "涉密请示件"}},
    {RequestRow::kWithheld2,
     {"某企业申报的商业秘密材料", "举报人身份信息", "某案件当事人的个人征信材料"}},
    {RequestRow::kWithheld3,
     {"重大活动安保期间的食品安全保障方案", "特种设备重大隐患点位清单", "应急处置预案细节"}},
    {RequestRow::kWithheld4,
     {"某公司提交的产品配方和工艺资料", "某商户的经营者个人身份信息", "第三方检测机构原始数据"}},
    {RequestRow::kWithheld5,
     {"本局%Y年度干部考核结果", "本局办公用房分配方案", "本局内部工作流程规定"}},
    {RequestRow::kWithheld6,
     {"某规范性文件起草过程中的讨论记录", "本局向市政府的请示报告", "与其他部门的磋商函件"}},
    {RequestRow::kWithheld7,
     {"某行政处罚案件的全部案卷材料", "对某企业立案调查的询问笔录", "某案件的现场检查笔录和证据"}},
    {RequestRow::kWithheld8,
     {"某公司的企业登记档案", "某个体工商户的注册登记材料", "某企业股东变更登记资料"}},
    {RequestRow::kUnavailable1,
     {"某小区规划许可证及竣工验收资料", "某道路拓宽工程的征收补偿方案", "某学校的招生计划"}},
    {RequestRow::kUnavailable2,
     {"全市近十年所有食品抽检不合格企业的汇总分析表", "本局历年处罚金额按行业的统计",
      "辖区内所有药店的经营数据对比"}},
    {RequestRow::kUnavailable3, {"“有关部门的那个文件”", "关于那件事的处理情况", "相关材料"}},
    {RequestRow::kNotHandled1,
     {"要求查处某商户销售过期食品的投诉", "举报某公司虚假宣传并要求答复处理结果",
      "投诉某物业公司乱收费"}},
    {RequestRow::kNotHandled2,
     {"已答复过的某处罚决定书（重复申请）", "此前已申请过的抽检报告", "同一事项的再次申请"}},
    {RequestRow::kNotHandled3,
     {"《市场监督管理行政处罚程序规定》文本", "本局已公开出版的年鉴", "公开发行的统计公报"}},
    {RequestRow::kNotHandled4,
     {"某街道全部商户的登记信息（同一申请人本月第十二次申请）", "大量反复申请的同类信息",
      "每日提交的同类申请"}},
    {RequestRow::kNotHandled5,
     {"要求确认此前答复内容的真实性", "要求重新出具已获取的处罚决定书",
      "要求对已获取信息加盖公章"}},
    {RequestRow::kOther1, {"某项目的有关材料（描述不清）", "某企业的情况", "有关部门的文件"}},
    {RequestRow::kOther2,
     {"%Y年全部食品抽检报告原件复制件", "大量处罚决定书复印件", "全部检验报告纸质复制件"}},
    {RequestRow::kOther3, {"某商铺的营业执照信息", "某企业的年度报告", "某产品的质量检验报告"}},
}};

std::string Replace(std::string text, std::string_view from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
    text.replace(at, from.size(), to);
    at += to.size();
  }
  return text;
}

}  // namespace

domain::Applicant DemoApplicant(DemoRandom& random, int kind) {
  domain::Applicant applicant;
  applicant.kind = kind;
  if (kind == 0) {
    applicant.name =
        std::string(random.Pick(Words(kSurnames))) + std::string(random.Pick(Words(kGivenNames)));
    applicant.id_document = "身份证 3301" + Digits(random, 2) + "19" + Digits(random, 2) + "0" +
                            std::to_string(random.Uniform(1, 9)) + Digits(random, 6);
  } else {
    applicant.name = OrganisationName(random, kind);
    applicant.id_document = "统一社会信用代码 9133" + Digits(random, 14);
  }
  applicant.contact = "13" + Digits(random, 9);
  return applicant;
}

std::string DemoSubject(DemoRandom& random, RequestRow outcome, int year) {
  for (const SubjectList& list : kSubjects) {
    if (list.outcome == outcome) {
      return Replace(std::string(random.Pick(Words(list.subjects))), "%Y",
                     std::to_string(year - 1));
    }
  }
  return "有关政府信息";
}

std::string DemoReplyNote(RequestRow outcome) {
  switch (outcome) {
    case RequestRow::kGranted:
      return "依据《条例》第三十六条第（二）项予以公开";
    case RequestRow::kPartlyGranted:
      return "依据《条例》第三十七条区分处理，涉及个人隐私的部分不予公开";
    case RequestRow::kUnavailable1:
      return "经检索，本机关未制作或获取该信息，已告知申请人可向有关部门咨询";
    case RequestRow::kNotHandled1:
      return "属于投诉举报事项，已告知通过12315渠道提出";
    case RequestRow::kOther3:
      return "申请人来电表示撤回申请";
    default:
      return "依据《条例》有关规定作出答复，并告知救济途径";
  }
}

std::string DemoProvisionForm(DemoRandom& random) {
  static constexpr std::array<std::string_view, 4> kForms = {"电子邮件", "纸质邮寄", "当面领取",
                                                             "网上下载"};
  return std::string(random.Pick(Words(kForms)));
}

domain::ReportText DemoReportText(DemoRandom& random, const DemoTextFacts& facts) {
  const std::string year = std::to_string(facts.year);
  const std::string subject = facts.has_branches ? "全系统" : "本局";
  domain::ReportText text;
  text.agency_id = facts.agency_id;
  text.year = facts.year;
  text.overview =
      year + "年，" + facts.agency_name +
      "坚持以人民为中心，认真贯彻落实《中华人民共和国政府信息公开条例》，不断提升政府信息公开工作质"
      "效。\n"
      "（一）主动公开。" +
      subject + "通过门户网站主动公开政府信息" + std::to_string(random.Uniform(300, 2600)) +
      "条，发布政策解读" + std::to_string(random.Uniform(8, 40)) + "篇，召开新闻发布会" +
      std::to_string(random.Uniform(2, 15)) +
      "场。\n"
      "（二）依申请公开。严格执行登记、审核、办理、答复、归档各环节要求，依法保障申请人合法权益。\n"
      "（三）政府信息管理。落实公开属性源头认定和保密审查制度，动态更新政府信息公开目录。\n"
      "（四）政府信息公开平台建设。优化门户网站信息公开专栏，加强政务新媒体管理。\n"
      "（五）监督保障。将政务公开工作纳入年度考核，组织业务培训" +
      std::to_string(random.Uniform(1, 6)) + "次。";
  text.problems =
      "一是依申请公开答复的规范化水平仍需提高；二是政策解读形式还不够丰富。\n"
      "下一步，将加强答复文书审核把关，丰富图解、视频等解读形式，持续提升公开质量。";
  text.other_matters = facts.fees_collected_yuan > 0
                           ? "依据《政府信息公开信息处理费管理办法》，本年度共收取信息处理费" +
                                 std::to_string(facts.fees_collected_yuan) + "元。"
                           : "本年度未收取信息处理费。";
  return text;
}

}  // namespace gongkai::report::internal
