#include "search/alias_table.h"

#include <algorithm>
#include <array>

namespace gongkai::search {
namespace {

// Sources, cited by short name below:
//   机构改革2018: 国务院机构改革方案 (2018-03-17, 第十三届全国人大一次会议批准): 组建国家市场监督
//     管理总局，不再保留国家工商行政管理总局、国家质量监督检验检疫总局、国家食品药品监督管理总局;
//     组建国家医疗保障局; 组建生态环境部 (环境保护部不再保留).
//   信息处理费: 政府信息公开信息处理费管理办法 (国办函〔2020〕109号).
//   登记条例: 中华人民共和国市场主体登记管理条例 (2021) 第三十条 (歇业), 第三十三条 (简易注销).
//   电商法: 中华人民共和国电子商务法 (2018) 第十条 (电子商务经营者依法办理市场主体登记).
//   公示条例: 企业信息公示暂行条例 (2014, 2024 修订) 第八条 (年度报告).
//   特设法: 中华人民共和国特种设备安全法 (2013) 第二条 (电梯、起重机械…属特种设备).
//   双随机: 国务院办公厅关于推广随机抽查规范事中事后监管的通知 (国办发〔2015〕58号).
//   条例: 中华人民共和国政府信息公开条例 (2019) 第二十七条 (依申请公开), 第四十二条 (信息处理费).
//   消法: 中华人民共和国消费者权益保护法 第二十五条 (七日无理由退货); 12315: 市场监管总局
//     投诉举报平台 (全国12315平台).
//   计量法: 中华人民共和国计量法; 网络交易: 网络交易监督管理办法 (市场监管总局令第37号).
//   社会救助: 社会救助暂行办法 (国务院令第649号, 最低生活保障); 社保法: 中华人民共和国社会保险法.
//   公积金: 住房公积金管理条例; 医美: 医疗美容服务管理办法 (卫生部令第19号).
//   网约车办法: 网络预约出租汽车经营服务管理暂行办法 (交通运输部令2016年第60号), 简称网约车.
//   放管服: 国务院关于深化“放管服”改革… (国发〔2018〕… and the 2015 电视电话会议 wording:
//     简政放权、放管结合、优化服务).
//   常用简称: names of local bureaus as printed on their own sites (人社局, 住建局, 发改委,
//   卫健委).
constexpr std::array kAliases = {
    Alias{"工商局", "市场监督管理局", "机构改革2018"},
    Alias{"工商", "市场监管", "机构改革2018"},
    Alias{"质监局", "市场监督管理局", "机构改革2018"},
    Alias{"质监", "市场监管 质量", "机构改革2018"},
    Alias{"食药监", "市场监管 药品监督管理", "机构改革2018"},
    Alias{"市监局", "市场监督管理局", "常用简称"},
    Alias{"环保局", "生态环境局", "机构改革2018"},
    Alias{"医保局", "医疗保障局", "机构改革2018"},
    Alias{"人社局", "人力资源和社会保障局", "常用简称"},
    Alias{"住建局", "住房和城乡建设局", "常用简称"},
    Alias{"发改委", "发展和改革委员会", "常用简称"},
    Alias{"卫健委", "卫生健康委员会", "常用简称"},
    Alias{"交钱", "信息处理费 收费", "信息处理费"},
    Alias{"收钱", "信息处理费 收费", "信息处理费"},
    Alias{"暂停营业", "歇业", "登记条例"},
    Alias{"不想干了", "注销 歇业", "登记条例"},
    Alias{"关门", "注销 歇业", "登记条例"},
    Alias{"开网店", "电子商务经营者 网络经营 登记", "电商法"},
    Alias{"网店", "电子商务经营者 网络经营", "电商法"},
    Alias{"开店", "设立登记 营业执照", "登记条例"},
    Alias{"开公司", "设立登记 营业执照", "登记条例"},
    Alias{"个体户", "个体工商户", "登记条例"},
    Alias{"年报", "年度报告", "公示条例"},
    Alias{"特设", "特种设备", "特设法"},
    Alias{"双随机", "双随机一公开 随机抽查", "双随机"},
    Alias{"申请公开", "依申请公开", "条例"},
    Alias{"退货", "七日无理由退货", "消法"},
    Alias{"12315", "投诉举报", "12315"},
    Alias{"缺斤短两", "计量 短斤缺两", "计量法"},
    Alias{"短斤缺两", "计量", "计量法"},
    Alias{"网购", "网络交易", "网络交易"},
    Alias{"低保", "最低生活保障", "社会救助"},
    Alias{"社保", "社会保险", "社保法"},
    Alias{"公积金", "住房公积金", "公积金"},
    Alias{"医美", "医疗美容", "医美"},
    Alias{"网约车", "网络预约出租汽车", "网约车办法"},
    Alias{"放管服", "简政放权 放管结合 优化服务", "放管服"},
    Alias{"环保", "生态环境", "机构改革2018"},
    Alias{"罚款", "行政处罚", "条例"},
    Alias{"罚单", "行政处罚决定书", "条例"},
};

}  // namespace

std::span<const Alias> BuiltinAliases() {
  return kAliases;
}

std::vector<Alias> MatchAliases(std::span<const Alias> table, std::string_view normalized_query,
                                size_t limit) {
  std::vector<Alias> found;
  for (const Alias& alias : table) {
    if (normalized_query.find(alias.from) != std::string_view::npos) {
      found.push_back(alias);
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const Alias& left, const Alias& right) {
    return left.from.size() > right.from.size();
  });
  std::vector<Alias> kept;
  for (const Alias& alias : found) {
    const bool inside_longer = std::any_of(kept.begin(), kept.end(), [&](const Alias& longer) {
      return longer.from.find(alias.from) != std::string_view::npos;
    });
    if (!inside_longer && kept.size() < limit) {
      kept.push_back(alias);
    }
  }
  return kept;
}

}  // namespace gongkai::search
