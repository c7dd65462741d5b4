package cn.kjj.platform.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The terms of generated contracts: type and subtype (as the schema pairs them), field, title,
 * a buyer in Jiangmen, elsewhere in China or abroad, dates and the technology transaction amount.
 */
final class ContractFactory {

    static final BigDecimal TWO_OFFICIALS = new BigDecimal("5000000.00");

    /** type, subtype (null for none), weight. */
    private static final String[][] TYPES = {
            {"TECHNOLOGY_DEVELOPMENT", "COMMISSIONED", "22"}, {"TECHNOLOGY_DEVELOPMENT", "COOPERATIVE", "12"},
            {"TECHNOLOGY_TRANSFER", "PATENT", "5"}, {"TECHNOLOGY_TRANSFER", "TECHNICAL_SECRET", "3"},
            {"TECHNOLOGY_TRANSFER", "SOFTWARE_COPYRIGHT", "2"}, {"TECHNOLOGY_LICENSING", "PATENT", "3"},
            {"TECHNOLOGY_LICENSING", "TECHNICAL_SECRET", "2"}, {"TECHNICAL_SERVICE", "GENERAL", "30"},
            {"TECHNICAL_SERVICE", "TRAINING", "4"}, {"TECHNICAL_SERVICE", "INTERMEDIARY", "4"},
            {"TECHNICAL_CONSULTING", null, "13"}};
    private static final String[] FIELDS = {"ADVANCED_MANUFACTURING", "ADVANCED_MANUFACTURING", "ELECTRONIC_INFORMATION",
            "ELECTRONIC_INFORMATION", "NEW_MATERIALS", "NEW_MATERIALS", "BIOMEDICINE", "NEW_ENERGY",
            "ENVIRONMENTAL_PROTECTION", "MODERN_AGRICULTURE", "MODERN_TRANSPORT", "URBAN_CONSTRUCTION_SOCIAL_DEVELOPMENT"};
    private static final String[] TOPICS = {"伺服电机控制算法", "锂电池正极材料", "高密度互连电路板工艺", "污水处理膜组件",
            "智能照明驱动电源", "中药有效成分提取工艺", "农产品冷链保鲜", "工业视觉检测系统", "摩托车发动机减排",
            "高分子复合材料改性", "不锈钢厨具精密成型", "储能变流器", "智能仓储调度软件", "医用敷料", "水性涂料配方",
            "五金件表面处理", "智慧社区管理平台", "光伏组件封装", "新能源汽车线束", "纺织品功能整理"};
    private static final String[] OUTSIDE = {"广州", "440106", "深圳", "440305", "佛山", "440606", "珠海", "440402",
            "东莞", "441900", "中山", "442000", "北京", "110108", "上海", "310115", "长沙", "430104", "武汉", "420111"};
    private static final String[][] FOREIGN = {{"HK", "香港"}, {"MO", "澳门"}, {"SG", "新加坡"}, {"DE", "德国"}};

    private final Random random;
    private final EnterpriseFactory enterprises;
    private final Set<String> duplicateKeys = new HashSet<>();
    private final List<DemoContract.Buyer> outsideBuyers = new ArrayList<>();

    ContractFactory(Random random, EnterpriseFactory enterprises) {
        this.random = random;
        this.enterprises = enterprises;
        for (int i = 0; i < OUTSIDE.length; i += 2) {
            for (String trade : new String[] {"智能科技有限公司", "新材料股份有限公司", "电子有限公司"}) {
                String code = enterprises.outsideCode(OUTSIDE[i + 1]);
                outsideBuyers.add(new DemoContract.Buyer(OUTSIDE[i] + "市" + brand() + trade, code, OUTSIDE[i + 1], "CN"));
            }
        }
    }

    /** A contract of {@code seller} registered on {@code registeredOn} for {@code amount}; not yet numbered. */
    DemoContract contract(DemoEnterprise seller, BigDecimal amount, LocalDate decidedOn) {
        DemoContract c = new DemoContract();
        String[] type = pickType();
        c.type = type[0];
        c.subtype = type[1];
        c.field = FIELDS[random.nextInt(FIELDS.length)];
        c.title = TOPICS[random.nextInt(TOPICS.length)] + titleSuffix(c.type);
        c.seller = seller;
        c.signedOn = decidedOn.minusDays(15 + random.nextInt(60));
        if (c.signedOn.isBefore(seller.foundedOn())) {
            c.signedOn = seller.foundedOn();
        }
        c.validTo = c.signedOn.plusMonths(6 + random.nextInt(31));
        c.buyer = buyer(seller);
        c.amount = amount;
        boolean withNonTechnicalCosts = c.type.equals("TECHNOLOGY_DEVELOPMENT") || c.type.equals("TECHNICAL_SERVICE");
        c.techAmount = withNonTechnicalCosts
                ? amount.multiply(BigDecimal.valueOf(75 + random.nextInt(26))).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.DOWN) : amount;
        if (!duplicateKeys.add(seller.id() + "/" + c.buyer.creditCode() + "/" + c.signedOn + "/" + amount)) {
            c.signedOn = c.signedOn.minusDays(1);
        }
        return c;
    }

    private String[] pickType() {
        int total = 0;
        for (String[] t : TYPES) {
            total += Integer.parseInt(t[2]);
        }
        int r = random.nextInt(total);
        for (String[] t : TYPES) {
            r -= Integer.parseInt(t[2]);
            if (r < 0) {
                return t;
            }
        }
        throw new IllegalStateException();
    }

    private static String titleSuffix(String type) {
        return switch (type) {
            case "TECHNOLOGY_DEVELOPMENT" -> "技术开发";
            case "TECHNOLOGY_TRANSFER" -> "技术转让";
            case "TECHNOLOGY_LICENSING" -> "技术许可";
            case "TECHNICAL_SERVICE" -> "技术服务";
            default -> "技术咨询";
        };
    }

    private DemoContract.Buyer buyer(DemoEnterprise seller) {
        int r = random.nextInt(100);
        if (r < 6) {
            String[] country = FOREIGN[random.nextInt(FOREIGN.length)];
            return new DemoContract.Buyer(country[1] + brand() + "科技有限公司", null, null, country[0]);
        }
        if (r < 45) {
            return outsideBuyers.get(random.nextInt(outsideBuyers.size()));
        }
        DemoDistrict district = r < 70 ? seller.district() : DemoDistrict.values()[random.nextInt(7)];
        List<DemoEnterprise> firms = enterprises.in(district);
        DemoEnterprise firm = firms.get(random.nextInt(firms.size()));
        if (firm.id() == seller.id()) {
            return outsideBuyers.get(random.nextInt(outsideBuyers.size()));
        }
        return new DemoContract.Buyer(firm.name(), firm.creditCode(), district.code(), "CN");
    }

    private String brand() {
        String letters = "恒信达安泰丰瑞华盛通远博";
        int a = random.nextInt(letters.length());
        int b = random.nextInt(letters.length());
        return "" + letters.charAt(a) + letters.charAt(b);
    }
}
