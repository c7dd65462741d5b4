package cn.kjj.platform.demo;

import cn.kjj.platform.matching.AchievementDetails;
import cn.kjj.platform.matching.ChineseWords;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Supply and demand of the demo (docs/demo-data.md, seed 000): the achievement lists of two universities
 * (364 of 五邑大学, 73 + 67 + 51 = 191 of 江门职业技术学院), 42 needs of Jianghai enterprises, and 18
 * brokered meetings of which 7 ended in a registered contract of the demo (one whose buyer is the needing
 * enterprise). Written after the registries and contracts, in the loader's transaction; deterministic.
 */
@Component
record SupplyDemandDemo(JdbcClient jdbc) {

    static final String FIRST = "五邑大学";
    static final String SECOND = "江门职业技术学院";
    static final int FIRST_COUNT = 364;
    static final int[] SECOND_BATCHES = {73, 67, 51};
    static final int DEMANDS = 42;
    static final int MEETINGS = 18;
    static final int CONTRACTS = 7;
    private static final String JIANGHAI = "440704";
    private static final long SEED = 16L;

    /** Topics of each technology field, in both achievements and needs. */
    private static final Map<String, String[]> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put("ELECTRONIC_INFORMATION", new String[] {"半导体芯片封装", "功率器件", "智能传感器", "工业互联网",
                "图像识别", "射频电路", "嵌入式控制", "显示驱动"});
        TOPICS.put("ADVANCED_MANUFACTURING", new String[] {"伺服电机控制", "数控机床", "工业机器人", "精密模具",
                "激光焊接", "摩托车发动机", "智能装备", "注塑成型"});
        TOPICS.put("NEW_MATERIALS", new String[] {"石墨烯涂层", "高分子复合材料", "陶瓷膜", "纳米纤维", "特种不锈钢",
                "导热胶", "环保涂料", "稀土发光材料"});
        TOPICS.put("BIOMEDICINE", new String[] {"中药提取", "体外诊断试剂", "医用敷料", "大健康功能食品", "生物发酵",
                "药物缓释", "医疗器械消毒", "益生菌制剂"});
        TOPICS.put("NEW_ENERGY", new String[] {"锂电池管理", "光伏组件", "储能系统", "氢燃料电池", "余热回收",
                "电机节能", "充电桩", "LED照明"});
        TOPICS.put("ENVIRONMENTAL_PROTECTION", new String[] {"污水处理", "废气净化", "固废资源化", "土壤修复",
                "重金属回收", "噪声控制", "电镀废水", "污泥干化"});
        TOPICS.put("MODERN_AGRICULTURE", new String[] {"水产养殖", "陈皮加工", "果蔬保鲜", "智慧农业", "种苗繁育",
                "饲料配方", "农产品检测", "茶叶加工"});
        TOPICS.put("MODERN_TRANSPORT", new String[] {"轨道交通", "汽车零部件", "电动摩托车", "智能物流",
                "船舶动力", "车载电子"});
        TOPICS.put("URBAN_CONSTRUCTION_SOCIAL_DEVELOPMENT", new String[] {"装配式建筑", "智慧社区", "建筑节能",
                "城市排水", "文物保护"});
    }

    private static final String[] PREFIXES = {"一种", "新型", "高效", "低成本", "智能化", "绿色", "高精度", "可靠的"};
    private static final String[] KINDS = {"方法", "工艺", "装置", "系统", "材料", "设备", "检测方法", "控制方法"};
    private static final String[] NEEDS = {"技术攻关", "工艺改进", "良率提升", "国产化替代", "自动化改造",
            "检测方法开发", "产品升级", "成本降低"};
    private static final String[] MATURITIES = {"LABORATORY", "PROTOTYPE", "PILOT", "INDUSTRIALISED"};
    private static final String[] IP_TYPES = {"PATENT", "PATENT", "PATENT_APPLICATION", "SOFTWARE_COPYRIGHT",
            "TECHNICAL_SECRET"};
    private static final String[][] MODES = {{"TRANSFER"}, {"LICENSING"}, {"TRANSFER", "LICENSING"},
            {"COOPERATION"}, {"LICENSING", "COOPERATION"}, {"EQUITY"}};
    private static final String[] OUTCOMES = {"INTENTION", "INTENTION", "INTENTION", "INTENTION", "INTENTION",
            "MEETING", "MEETING", "MEETING", "MEETING", "NO_DEAL", "NO_DEAL"};

    /** Writes the rows; how many of each table. */
    Map<String, Integer> write(LocalDate today) {
        Random random = new Random(SEED);
        Map<String, List<Long>> byField = new LinkedHashMap<>();
        int achievements = achievements(random, FIRST, FIRST_COUNT, LocalDate.of(2022, 3, 15), byField);
        LocalDate published = LocalDate.of(2022, 9, 20);
        for (int batch : SECOND_BATCHES) {
            achievements += achievements(random, SECOND, batch, published, byField);
            published = published.plusMonths(7);
        }
        List<Contract> contracts = contracts();
        List<Long> enterprises = jdbc.sql("select id from enterprise where region_code = ? order by id limit 60")
                .param(JIANGHAI).query(Long.class).list();
        List<long[]> demands = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Contract c : contracts) {
            long demand = demand(random, c.enterpriseId(), c.field(), c.signedOn().minusDays(90), true);
            demands.add(new long[] {demand, c.id()});
        }
        for (int i = contracts.size(); i < DEMANDS; i++) {
            String field = field(random);
            LocalDate on = today.minusDays(30 + random.nextInt(1000));
            long enterprise = i < contracts.size() + 2 ? enterprises.get(0) : enterprises.get(random.nextInt(enterprises.size()));
            demands.add(new long[] {demand(random, enterprise, field, on, false), 0});
        }
        int meetings = 0;
        for (int i = 0; i < MEETINGS && i < demands.size(); i++) {
            long demandId = demands.get(i)[0];
            long contractId = demands.get(i)[1];
            Map<String, Object> d = jdbc.sql("select field, published_on from demand where id = ?").param(demandId)
                    .query().singleRow();
            List<Long> candidates = byField.get((String) d.get("field"));
            long achievement = candidates.get(random.nextInt(candidates.size()));
            LocalDate publishedOn = ((java.sql.Date) d.get("published_on")).toLocalDate();
            String outcome = contractId != 0 ? "CONTRACT" : OUTCOMES[(i - contracts.size()) % OUTCOMES.length];
            LocalDate meetingOn = contractId != 0 ? publishedOn.plusDays(45)
                    : min(publishedOn.plusDays(20 + random.nextInt(60)), today);
            meetings += jdbc.sql("""
                            insert into matchmaking (demand_id, achievement_id, region_code, meeting_on, outcome,
                                                     contract_id, note)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(demandId, achievement, JIANGHAI, meetingOn, outcome, contractId == 0 ? null : contractId,
                            contractId != 0 ? "对接后签订技术合同并已登记" : "区科技局组织供需对接会")
                    .update();
        }
        counts.put("achievement", achievements);
        counts.put("demand", demands.size());
        counts.put("matchmaking", meetings);
        return counts;
    }

    /** Registered contracts of the demo whose buyer is a Jianghai enterprise of the registry, oldest first. */
    private List<Contract> contracts() {
        return jdbc.sql("""
                        select c.id, c.technology_field, e.id as enterprise_id, c.signed_on
                        from technology_contract c join enterprise e on e.credit_code = c.buyer_credit_code
                        where c.status = 'REGISTERED' and e.region_code = ? and c.registered_on >= date '2022-01-01'
                          and c.technology_field in ('ELECTRONIC_INFORMATION', 'ADVANCED_MANUFACTURING',
                              'NEW_MATERIALS', 'BIOMEDICINE', 'NEW_ENERGY', 'ENVIRONMENTAL_PROTECTION')
                        order by c.registered_on, c.id limit ?""")
                .params(JIANGHAI, CONTRACTS)
                .query((rs, i) -> new Contract(rs.getLong("id"), rs.getString("technology_field"),
                        rs.getLong("enterprise_id"), rs.getDate("signed_on").toLocalDate()))
                .list();
    }

    private record Contract(long id, String field, long enterpriseId, LocalDate signedOn) {
    }

    private int achievements(Random random, String holder, int count, LocalDate on, Map<String, List<Long>> byField) {
        Set<String> titles = new LinkedHashSet<>();
        while (titles.size() < count) {
            // the first of the list is the example of docs/demo-data.md: 芯片封装 finds it
            boolean example = titles.isEmpty() && holder.equals(FIRST);
            String field = example ? "ELECTRONIC_INFORMATION" : field(random);
            String topic = topic(random, field);
            String title = example ? "一种半导体芯片的封装工艺"
                    : PREFIXES[random.nextInt(PREFIXES.length)] + topic + KINDS[random.nextInt(KINDS.length)];
            if (!titles.add(field + "|" + title)) {
                continue;
            }
            String summary = "本成果面向" + topic + "领域，" + holder + "团队研发，已在江门企业开展应用验证，"
                    + "可显著提高效率、降低成本。";
            AchievementDetails details = new AchievementDetails(title, holder, null, null, null, null, null, null,
                    summary, null, JIANGHAI);
            String[] modes = MODES[random.nextInt(MODES.length)];
            long id = jdbc.sql("""
                            insert into achievement (title, holder, holder_nature, field, ip_type, maturity,
                                                     transfer_modes, price_hint, summary, contact, region_code,
                                                     search_title, search_body, created_at, updated_at)
                            values (?, ?, 'UNIVERSITY', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(title, holder, field, IP_TYPES[random.nextInt(IP_TYPES.length)],
                            MATURITIES[random.nextInt(MATURITIES.length)], String.join(",", modes),
                            random.nextInt(3) == 0 ? "面议" : (5 + random.nextInt(96)) + "万元", summary,
                            holder + "科研处 0750-" + (3290000 + random.nextInt(9999)), JIANGHAI,
                            details.titleWords(), details.bodyWords(), at(on), at(on))
                    .query(Long.class).single();
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(id);
        }
        return count;
    }

    private long demand(Random random, long enterprise, String field, LocalDate on, boolean closed) {
        String topic = topic(random, field);
        String title = topic + NEEDS[random.nextInt(NEEDS.length)];
        String summary = "我司在" + topic + "方面遇到技术瓶颈，希望与高校院所合作，共同开展研发。";
        return jdbc.sql("""
                        insert into demand (enterprise_id, region_code, title, field, summary, budget, deadline, status,
                                            published_on, closed_on, search_title, search_body, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(enterprise, JIANGHAI, title, field, summary,
                        new java.math.BigDecimal((10 + random.nextInt(191)) * 10000).setScale(2), on.plusMonths(6),
                        closed ? "CLOSED" : "OPEN", on, closed ? on.plusDays(120) : null, ChineseWords.indexed(title),
                        ChineseWords.indexed(summary), at(on), at(on))
                .query(Long.class).single();
    }

    private static String field(Random random) {
        List<String> fields = new ArrayList<>(TOPICS.keySet());
        return fields.get(random.nextInt(fields.size()));
    }

    private static String topic(Random random, String field) {
        String[] topics = TOPICS.get(field);
        return topics[random.nextInt(topics.length)];
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
