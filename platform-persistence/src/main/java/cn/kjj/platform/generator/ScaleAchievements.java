package cn.kjj.platform.generator;

import cn.kjj.platform.matching.AchievementDetails;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * The generated achievements (科技成果), each a pure function of the seed and its ordinal, written
 * as lines of COPY's text format: Chinese titles and summaries composed from a vocabulary of
 * technology terms, so that a word search has many rows to find and rank. The search columns are
 * filled as the application fills them, by {@link AchievementDetails#titleWords()} and
 * {@link AchievementDetails#bodyWords()} (smartcn, decision 0040); the generated column
 * {@code search_vector} and the GIN index follow from them.
 */
final class ScaleAchievements {

    static final String COLUMNS = "achievement (id, title, holder, holder_nature, field, ip_type, maturity,"
            + " transfer_modes, price_hint, summary, contact, region_code, search_title, search_body, created_at,"
            + " updated_at)";

    /** Technology fields with their topics; the field codes are the schema's. */
    private static final String[] FIELDS = {"ELECTRONIC_INFORMATION", "ADVANCED_MANUFACTURING", "NEW_MATERIALS",
        "BIOMEDICINE", "NEW_ENERGY", "ENVIRONMENTAL_PROTECTION", "MODERN_AGRICULTURE", "AEROSPACE", "MODERN_TRANSPORT",
        "URBAN_CONSTRUCTION_SOCIAL_DEVELOPMENT", "NUCLEAR_APPLICATIONS"};
    private static final String[][] TOPICS = {
        {"半导体芯片封装", "功率器件", "智能传感器", "工业互联网平台", "图像识别", "射频电路", "嵌入式控制", "显示驱动"},
        {"伺服电机", "数控机床", "工业机器人", "精密模具", "激光焊接", "注塑成型", "智能装备", "减速器"},
        {"石墨烯涂层", "高分子复合材料", "陶瓷膜", "纳米纤维", "特种不锈钢", "导热胶", "环保涂料", "稀土发光材料"},
        {"中药提取", "体外诊断试剂", "医用敷料", "功能食品", "生物发酵", "药物缓释", "医疗器械", "益生菌制剂"},
        {"锂电池管理", "光伏组件", "储能系统", "氢燃料电池", "余热回收", "电机节能", "充电桩", "半导体照明"},
        {"污水处理", "废气净化", "固废资源化", "土壤修复", "重金属回收", "噪声控制", "电镀废水", "污泥干化"},
        {"水产养殖", "陈皮加工", "果蔬保鲜", "智慧农业", "种苗繁育", "饲料配方", "农产品检测", "茶叶加工"},
        {"无人机飞控", "航空零部件", "卫星导航终端", "复合材料机翼"},
        {"轨道交通信号", "汽车零部件", "电动摩托车", "智能物流", "船舶动力", "车载电子"},
        {"装配式建筑", "智慧社区", "建筑节能", "城市排水", "文物保护"},
        {"辐照加工", "同位素检测", "核技术仪表"}};
    private static final String[] TECHNIQUES = {"深度学习", "机器视觉", "物联网", "边缘计算", "数字孪生", "有限元分析",
        "激光加工", "纳米改性", "等离子体", "微流控", "区块链", "大数据", "云计算", "北斗定位", "超临界萃取", "膜分离",
        "电化学", "增材制造", "伺服控制", "自适应算法", "红外光谱", "高通量筛选", "碳纤维", "氢能", "智能算法",
        "精密测量", "无线通信", "表面处理", "生物催化", "热管理"};
    private static final String[] PROBLEMS = {"能耗高", "效率低", "良率不稳定", "成本偏高", "精度不足", "污染排放大",
        "依赖进口", "检测周期长", "使用寿命短", "一致性差"};
    private static final String[] EFFECTS = {"生产效率提高百分之三十以上", "单位能耗降低两成", "产品良率显著提升",
        "检测时间缩短一半", "关键部件实现国产化替代", "综合成本明显降低", "排放达到国家标准"};
    private static final String[] INDUSTRIES = {"电子制造", "汽车零部件", "家用电器", "纺织服装", "食品加工", "医疗器械",
        "五金卫浴", "新能源装备", "水处理", "精细化工", "摩托车", "造纸印刷"};
    private static final String[] PREFIXES = {"一种", "新型", "高效", "低成本", "智能化", "绿色", "高精度", "基于"};
    private static final String[] KINDS = {"方法", "工艺", "装置", "系统", "材料", "设备", "检测方法", "控制方法"};
    /** Holders with their nature (单位性质). */
    private static final String[][] HOLDERS = {{"五邑大学", "UNIVERSITY"}, {"江门职业技术学院", "UNIVERSITY"},
        {"华南理工大学", "UNIVERSITY"}, {"广东工业大学", "UNIVERSITY"}, {"中山大学", "UNIVERSITY"},
        {"暨南大学", "UNIVERSITY"}, {"广东省科学院智能制造研究所", "RESEARCH_INSTITUTE"},
        {"中国科学院广州能源研究所", "RESEARCH_INSTITUTE"}, {"江门市农业科学研究所", "RESEARCH_INSTITUTE"},
        {"江门市中心医院", "MEDICAL_INSTITUTION"}, {"江门市江海区芯联电子有限公司", "ENTERPRISE"},
        {"江门市蓬江区智造装备有限公司", "ENTERPRISE"}, {"江门市新会区绿源环保科技有限公司", "ENTERPRISE"}};
    private static final String[] IP_TYPES = {"PATENT", "PATENT", "PATENT", "PATENT_APPLICATION", "SOFTWARE_COPYRIGHT",
        "IC_LAYOUT", "PLANT_VARIETY", "TECHNICAL_SECRET", "NONE"};
    private static final String[] MATURITIES = {"LABORATORY", "PROTOTYPE", "PILOT", "INDUSTRIALISED"};
    private static final String[] MODES = {"TRANSFER", "LICENSING", "TRANSFER,LICENSING", "COOPERATION",
        "LICENSING,COOPERATION", "EQUITY", "TRANSFER,COOPERATION,OTHER"};

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ScaleSettings settings;
    private final int days;

    ScaleAchievements(ScaleSettings settings) {
        this.settings = settings;
        this.days = (int) (settings.until().toEpochDay() - settings.from().toEpochDay()) + 1;
    }

    /** Writes achievement {@code ordinal} as row {@code id}. */
    void achievement(long ordinal, long id, StringBuilder out) {
        SplittableRandom r = settings.random(9, ordinal);
        int field = r.nextInt(FIELDS.length);
        String topic = TOPICS[field][r.nextInt(TOPICS[field].length)];
        String technique = TECHNIQUES[r.nextInt(TECHNIQUES.length)];
        String other = TECHNIQUES[r.nextInt(TECHNIQUES.length)];
        String kind = KINDS[r.nextInt(KINDS.length)];
        String prefix = PREFIXES[r.nextInt(PREFIXES.length)];
        String title = prefix.equals("基于") ? "基于" + technique + "的" + topic + kind : prefix + topic + kind;
        String industry = INDUSTRIES[r.nextInt(INDUSTRIES.length)];
        String summary = "本成果针对" + industry + "行业" + topic + PROBLEMS[r.nextInt(PROBLEMS.length)] + "的问题，采用"
                + technique + "与" + other + "技术，研制了" + topic + kind + "。经企业应用验证，"
                + EFFECTS[r.nextInt(EFFECTS.length)] + "。适用于" + INDUSTRIES[r.nextInt(INDUSTRIES.length)] + "、"
                + industry + "等行业，可在江门及珠三角地区推广应用。";
        String[] holder = HOLDERS[r.nextInt(HOLDERS.length)];
        AchievementDetails words = new AchievementDetails(title, holder[0], null, null, null, null, null, null,
                summary, null, null);
        String region = ScaleEnterprises.DISTRICTS[r.nextInt(ScaleEnterprises.DISTRICTS.length)];
        String published = LocalDate.ofEpochDay(settings.from().toEpochDay() + r.nextInt(days))
                .atTime(LocalTime.of(9 + r.nextInt(8), r.nextInt(60))).atZone(ZONE)
                .toOffsetDateTime().toString();
        CopyText.line(out).value(id).value(title).value(holder[0]).value(holder[1]).value(FIELDS[field])
                .value(IP_TYPES[r.nextInt(IP_TYPES.length)]).value(MATURITIES[r.nextInt(MATURITIES.length)])
                .value(MODES[r.nextInt(MODES.length)])
                .value(r.nextInt(3) == 0 ? "面议" : (5 + r.nextInt(296)) + "万元").value(summary)
                .value(holder[0] + "科研处 0750-" + (3290000 + r.nextInt(9999))).value(region)
                .value(words.titleWords()).value(words.bodyWords()).value(published).value(published).end();
    }
}
