package cn.kjj.platform.generator;

import cn.kjj.platform.common.WorkingDayCalendar;
import cn.kjj.platform.contract.ContractSubtype;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.RegistrationNumber;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.contract.VerificationToken;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The generated technology contracts and their history, each a pure function of the seed, its
 * ordinal and the generated enterprises (the parties), written as lines of COPY's text format.
 * Registration numbers continue each district's and year's counter in ordinal order (the serials are
 * given by the generator, see {@link #registrationKey}).
 */
final class ScaleContracts {

    /** Enterprises that sell and buy: ids, districts, credit codes and names by ordinal. */
    record Parties(long[] ids, String[] regions, String[] creditCodes, String[] names) {
        int size() {
            return ids.length;
        }
    }

    static final String COLUMNS = "technology_contract (id, title, type, subtype, technology_field, seller_id,"
            + " seller_region_code, buyer_name, buyer_credit_code, buyer_region_code, buyer_country, signed_on,"
            + " valid_from, valid_to, contract_amount, tech_transaction_amount, status, registration_no, registered_on,"
            + " submitted_at, due_on, created_at, updated_at, version, reason_code, verification_token, ip_type,"
            + " plan_source, buyer_nature, seller_nature, declared_tech_transaction_amount)";
    static final String HISTORY_COLUMNS = "contract_history (contract_id, at, actor_name, from_status, to_status, reason,"
            + " reason_code)";
    /** The grounds of the generated returns and refusals. */
    private static final String RETURN_GROUND = "OTHER";
    private static final String REJECT_GROUND = "NOT_TECHNOLOGY_CONTRACT";

    private static final long SECOND_OFFICIAL_CENTS = 5_000_000_00L;
    private static final double LN_MIN = Math.log(20_000);
    private static final double LN_MAX = Math.log(20_000_000);
    private static final String[][] TOPICS = {{"工业互联网平台", "智能视觉检测系统", "边缘计算网关"},
        {"数控机床智能化改造", "工业机器人集成", "精密模具设计"}, {"高性能复合材料", "功能涂层", "特种合金"},
        {"创新药物筛选", "医疗器械检测", "中药提取工艺"}, {"储能电池管理系统", "光伏组件效率提升", "余热回收"},
        {"污水处理工艺", "固废资源化利用", "VOCs治理"}, {"智慧农业物联网", "水产养殖技术", "农产品保鲜"},
        {"无人机飞控", "航空零部件加工", "卫星导航终端"}, {"新能源汽车电驱", "轨道交通信号", "智能网联汽车测试"},
        {"智慧社区平台", "建筑节能改造", "城市管网监测"}, {"辐照加工工艺", "同位素检测", "核技术仪表"}};
    static final String[] OUTSIDE = {"440106", "440305", "440604", "441302", "110108", "310115", "330106",
        "320505"};
    static final String[] OUTSIDE_NAMES = {"广州", "深圳", "佛山", "惠州", "北京", "上海", "杭州", "苏州"};
    private static final String[][] FOREIGN = {{"US", "Redwood Analytics Inc."}, {"DE", "Rheintal Maschinenbau GmbH"},
        {"JP", "Sakura Precision Co., Ltd."}, {"SG", "Straits Innovation Pte. Ltd."}, {"GB", "Thames Bioscience Ltd"},
        {"KR", "Hanbit Electronics Co., Ltd."}};
    /** The registration form's other dimensions (decision 0035), drawn so that every group has contracts. */
    static final String[] IP_TYPES = {"PATENT", "PATENT", "PATENT_APPLICATION", "SOFTWARE_COPYRIGHT",
        "SOFTWARE_COPYRIGHT", "IC_LAYOUT", "PLANT_VARIETY", "BIOMEDICAL_VARIETY", "TECHNICAL_SECRET",
        "TECHNICAL_SECRET", "NONE", "NONE", "NONE", "NONE"};
    static final String[] PLAN_SOURCES = {"NATIONAL", "PROVINCIAL", "PROVINCIAL", "MUNICIPAL", "MUNICIPAL",
        "DISTRICT", "NONE", "NONE", "NONE", "NONE", "NONE", "NONE"};
    private static final String[] BUYER_NATURES = {"ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "ENTERPRISE",
        "ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "ENTERPRISE",
        "UNIVERSITY", "RESEARCH_INSTITUTE", "MEDICAL_INSTITUTION", "OTHER_PUBLIC_INSTITUTION", "GOVERNMENT_AGENCY",
        "SOCIAL_ORGANISATION", "INDIVIDUAL"};
    private static final ContractType[] TYPES = ContractType.values();
    /** Each type's subtypes, in the order of its set (as the draws have always read them). */
    private static final ContractSubtype[][] SUBTYPES = Arrays.stream(TYPES)
            .map(type -> type.allowedSubtypes().toArray(ContractSubtype[]::new)).toArray(ContractSubtype[][]::new);
    /** The nature of every generated enterprise (the column's default, not written by {@link ScaleEnterprises}). */
    private static final String SELLER_NATURE = "ENTERPRISE";
    private static final String FILER = "企业填报员";
    private static final String OFFICIAL = "区科技局审核员";

    private final ScaleSettings settings;
    private final Parties parties;
    private final ScaleClock clock;
    private final int days;

    ScaleContracts(ScaleSettings settings, Parties parties, WorkingDayCalendar calendar) {
        this.settings = settings;
        this.parties = parties;
        this.clock = new ScaleClock(settings, calendar);
        this.days = clock.days();
    }

    /**
     * Where contract {@code ordinal} takes its registration number, {@code "region/year"}, or null when it is
     * not registered: the generator numbers the registered contracts of each district and year in ordinal
     * order before the rows are written, so that they can be written in parallel.
     */
    String registrationKey(long ordinal) {
        Plan plan = plan(ordinal, false);
        return plan.story.registeredOn == null ? null : plan.region + "/" + plan.story.registeredOn.getYear();
    }

    /**
     * Writes contract {@code ordinal} as row {@code id} to {@code contracts} and its history to {@code history};
     * when registered, it takes the next serial of its district and year from {@code counters} ("region/year" to
     * the last serial given; see {@link #registrationKey}).
     */
    void contract(long ordinal, long id, Map<String, Integer> counters, StringBuilder contracts,
                  StringBuilder history) {
        Plan plan = plan(ordinal, true);
        SplittableRandom r = plan.random;
        Story story = plan.story;
        String region = plan.region;
        long cents = plan.cents;
        long techCents = plan.techCents;
        String[] buyer = plan.buyer;
        LocalDate signed = plan.signed;
        String registrationNo = story.registeredOn == null ? null : registrationNumber(region, story.registeredOn,
                counters.merge(region + "/" + story.registeredOn.getYear(), 1, Integer::sum));
        // the form's other dimensions from a stream of their own: the draws above stay as earlier runs made them
        SplittableRandom form = settings.random(8, ordinal);
        CopyText.line(contracts).value(id).value(plan.title).value(plan.type.name()).value(plan.subtype)
                .value(TechnologyField.values()[plan.field].name()).value(parties.ids()[plan.seller]).value(region)
                .value(buyer[0]).value(buyer[1]).value(buyer[2]).value(buyer[3]).value(signed).value(signed)
                .value(signed.plusYears(1 + r.nextInt(3))).money(cents).money(techCents).value(story.status)
                .value(registrationNo).value(story.registeredOn)
                .value(story.submitted == null ? null : clock.stamp(story.submitted, 9))
                .value(story.submitted == null ? null : clock.dueOn(story.submitted, story.twoOfficials))
                .value(clock.stamp(signed, 8)).value(clock.stamp(story.last().day, story.last().hour))
                .value(story.events.size() - 1)
                .value(ground(story.status))
                .value(registrationNo == null ? null : VerificationToken.random())
                .value(IP_TYPES[form.nextInt(IP_TYPES.length)]).value(PLAN_SOURCES[form.nextInt(PLAN_SOURCES.length)])
                .value("CN".equals(buyer[3]) ? BUYER_NATURES[form.nextInt(BUYER_NATURES.length)] : "FOREIGN")
                // what the insert triggers would fill in (V16, V22), given so that no row asks the enterprise table:
                // every generated seller is an ENTERPRISE, and the declared amount is the 核定 one
                .value(SELLER_NATURE).money(techCents).end();
        for (Event event : story.events) {
            CopyText.line(history).value(id).value(clock.stamp(event.day, event.hour)).value(event.actor)
                    .value(event.from).value(event.to).value(event.reason).value(ground(event.to)).end();
        }
    }

    /** The draws of contract {@code ordinal} up to its story; {@code random} goes on with the rest of its row. */
    private record Plan(SplittableRandom random, int seller, ContractType type, ContractSubtype subtype, int field,
                        String title, String[] buyer, LocalDate signed, long cents, long techCents, Story story,
                        String region) {
    }

    /**
     * The draws of contract {@code ordinal}; with {@code strings} false (the numbering pass) the same draws without
     * the texts made of them (title and buyer are null).
     */
    private Plan plan(long ordinal, boolean strings) {
        SplittableRandom r = settings.random(3, ordinal);
        int seller = (int) (parties.size() * Math.pow(r.nextDouble(), 2));
        ContractType type = TYPES[r.nextInt(TYPES.length)];
        ContractSubtype[] subtypes = SUBTYPES[type.ordinal()];
        ContractSubtype subtype = subtypes.length == 0 ? null : subtypes[r.nextInt(subtypes.length)];
        int field = r.nextInt(TOPICS.length);
        int topic = r.nextInt(3);
        String title = strings ? TOPICS[field][topic] + type.nameZh() + "合同" : null;
        String[] buyer = buyer(r, seller, strings);
        LocalDate signed = settings.from().plusDays(r.nextInt(days));
        long cents = amountCents(r);
        long techCents = Math.max(1, cents * (55 + r.nextInt(46)) / 100);
        Story story = story(r, signed, cents >= SECOND_OFFICIAL_CENTS);
        return new Plan(r, seller, type, subtype, field, title, buyer, signed, cents, techCents, story,
                parties.regions()[seller]);
    }

    /** A contract amount in fen, log-uniform from 20,000 to 20 million yuan. */
    static long amountCents(SplittableRandom r) {
        return Math.round(Math.exp(LN_MIN + r.nextDouble() * (LN_MAX - LN_MIN)) * 100);
    }

    /** name, credit code, district, country: a Jiangmen enterprise, one elsewhere in China, or abroad. */
    private String[] buyer(SplittableRandom r, int seller, boolean strings) {
        int p = r.nextInt(100);
        if (p < 55 && parties.size() > 1) {
            int b = r.nextInt(parties.size());
            b = b == seller ? (b + 1) % parties.size() : b;
            return strings ? new String[] {parties.names()[b], parties.creditCodes()[b], parties.regions()[b], "CN"}
                    : null;
        }
        if (p < 90) {
            int city = r.nextInt(OUTSIDE.length);
            int ordinal = r.nextInt(50_000);
            return strings ? new String[] {OUTSIDE_NAMES[city] + "技术合作伙伴" + ordinal + "号有限公司",
                ScaleEnterprises.creditCode(OUTSIDE[city], ordinal), OUTSIDE[city], "CN"} : null;
        }
        String[] foreign = FOREIGN[r.nextInt(FOREIGN.length)];
        return strings ? new String[] {foreign[1], null, null, foreign[0]} : null;
    }

    /** What happened to a contract: recent ones are still open, older ones mostly registered. */
    private Story story(SplittableRandom r, LocalDate signed, boolean twoOfficials) {
        LocalDate until = settings.until();
        boolean recent = until.toEpochDay() - signed.toEpochDay() < 40;
        int p = r.nextInt(100);
        String status = recent ? (p < 15 ? "DRAFT" : p < 30 ? "RETURNED" : "SUBMITTED")
                : p < 2 ? "DRAFT" : p < 3 ? "RETURNED" : p < 8 ? "REJECTED" : p < 10 ? "REVOKED" : "REGISTERED";
        Story story = new Story(status, twoOfficials);
        story.event(signed, 8, FILER, null, "DRAFT", null);
        if (status.equals("DRAFT")) {
            return story;
        }
        story.submitted = min(signed.plusDays(1 + r.nextInt(5)), until);
        story.event(story.submitted, 9, FILER, "DRAFT", "SUBMITTED", null);
        LocalDate decided = min(story.submitted.plusDays(3 + r.nextInt(20)), until);
        switch (status) {
            case "RETURNED" -> story.event(decided, 16, OFFICIAL, "SUBMITTED", "RETURNED", "请补充技术合同登记所需的证明材料");
            case "REJECTED" -> story.event(decided, 16, OFFICIAL, "SUBMITTED", "REJECTED", "合同内容不属于技术合同认定登记范围");
            case "REGISTERED", "REVOKED" -> {
                String before = "SUBMITTED";
                if (twoOfficials) {
                    story.event(decided, 10, OFFICIAL, before, "PENDING_SECOND_REVIEW", null);
                    before = "PENDING_SECOND_REVIEW";
                }
                story.event(decided, 15, OFFICIAL, before, "REGISTERED", null);
                story.registeredOn = decided;
                if (status.equals("REVOKED")) {
                    story.event(min(decided.plusDays(30 + r.nextInt(300)), until), 11, OFFICIAL, "REGISTERED",
                            "REVOKED", "合同当事人虚报技术交易额，撤销登记");
                }
            }
            default -> { }
        }
        return story;
    }

    private static String ground(String status) {
        return switch (status) {
            case "RETURNED" -> RETURN_GROUND;
            case "REJECTED" -> REJECT_GROUND;
            default -> null;
        };
    }

    /** {@link RegistrationNumber#value()}, written without its String.format (one for every registered contract). */
    static String registrationNumber(String region, LocalDate registeredOn, int serial) {
        if (serial > RegistrationNumber.MAX_SERIAL) {
            throw new IllegalStateException("more than 999,999 registrations in " + region + " in one year");
        }
        return registeredOn.getYear() + region + CopyText.sixDigits(serial);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private record Event(LocalDate day, int hour, String actor, String from, String to, String reason) {
    }

    private static final class Story {
        final String status;
        final boolean twoOfficials;
        final List<Event> events = new ArrayList<>(5);
        LocalDate submitted;
        LocalDate registeredOn;

        Story(String status, boolean twoOfficials) {
            this.status = status;
            this.twoOfficials = twoOfficials;
        }

        void event(LocalDate day, int hour, String actor, String from, String to, String reason) {
            events.add(new Event(day, hour, actor, from, to, reason));
        }

        Event last() {
            return events.get(events.size() - 1);
        }
    }
}
