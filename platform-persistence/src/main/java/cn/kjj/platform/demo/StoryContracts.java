package cn.kjj.platform.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo enterprise's own contracts, filed by {@code enterprise.demo}: four registered (2022,
 * 2023-H1, 2024 and this year, all within Jianghai's planned turnover) and this year's in progress —
 * one returned for correction with its reason, one submitted, one of 6.8 million yuan awaiting its
 * second review, one refused and a draft.
 */
final class StoryContracts {

    static final String RETURN_REASON = "附件中的技术成果说明不完整，请补充研发任务书和验收标准后重新提交";

    private final DemoStory story;
    private final List<DemoContract> registered = new ArrayList<>();
    private final List<DemoContract> inProgress = new ArrayList<>();

    StoryContracts(DemoStory story, ContractFactory factory, LocalDate today) {
        this.story = story;
        register(factory, "智能分拣机器人控制系统技术开发", LocalDate.of(2022, 6, 15), "1280000.00");
        register(factory, "数控机床远程运维平台技术服务", LocalDate.of(2023, 4, 12), "2350000.00");
        register(factory, "伺服驱动器故障诊断技术开发", LocalDate.of(2024, 9, 10), "1560000.00");
        register(factory, "焊接机器人视觉引导技术开发", today.minusDays(150), "860000.00");
        DemoContract returned = open(factory, "AGV调度系统技术开发", today.minusDays(20), "1100000.00", "RETURNED");
        returned.reason = RETURN_REASON;
        returned.decidedAt = ContractRecorder.at(today.minusDays(12), 14);
        open(factory, "工业机器人减速器技术咨询", today.minusDays(3), "380000.00", "SUBMITTED");
        DemoContract large = open(factory, "智能产线整体解决方案技术开发", today.minusDays(9), "6800000.00",
                "PENDING_SECOND_REVIEW");
        large.decidedAt = ContractRecorder.at(today.minusDays(2), 10);
        DemoContract refused = open(factory, "包装设备采购及安装", today.minusDays(80), "920000.00", "REJECTED");
        refused.reason = ContractGenerator.REJECT_REASONS[0];
        refused.decidedAt = ContractRecorder.at(today.minusDays(70), 15);
        DemoContract draft = open(factory, "激光切割工艺优化技术服务", today.minusDays(1), "450000.00", "DRAFT");
        draft.submittedAt = null;
    }

    private void register(ContractFactory factory, String title, LocalDate day, String amount) {
        DemoContract c = own(factory, title, day, amount);
        c.status = "REGISTERED";
        c.registeredOn = day;
        c.submittedAt = ContractRecorder.at(day.minusDays(6), 10);
        c.createdAt = ContractRecorder.at(day.minusDays(7), 16);
        c.decidedAt = ContractRecorder.at(day, 15);
        registered.add(c);
    }

    private DemoContract open(ContractFactory factory, String title, LocalDate submittedOn, String amount,
                              String status) {
        DemoContract c = own(factory, title, submittedOn, amount);
        c.status = status;
        c.submittedAt = ContractRecorder.at(submittedOn, 10);
        c.createdAt = ContractRecorder.at(submittedOn.minusDays(1), 16);
        inProgress.add(c);
        return c;
    }

    private DemoContract own(ContractFactory factory, String title, LocalDate day, String amount) {
        DemoContract c = factory.contract(story.enterprise(), DemoStory.money(amount), day);
        c.title = title;
        boolean consulting = title.endsWith("技术咨询");
        c.type = consulting ? "TECHNICAL_CONSULTING" : title.endsWith("技术服务") ? "TECHNICAL_SERVICE"
                : "TECHNOLOGY_DEVELOPMENT";
        c.subtype = consulting ? null : c.type.equals("TECHNICAL_SERVICE") ? "GENERAL" : "COMMISSIONED";
        c.field = "ADVANCED_MANUFACTURING";
        c.techAmount = c.amount;
        c.createdBy = story.account(DemoAccounts.ENTERPRISE);
        return c;
    }

    List<DemoContract> registered() {
        return registered;
    }

    List<DemoContract> inProgress() {
        return inProgress;
    }

    boolean isDemo(DemoEnterprise e) {
        return story.isDemo(e);
    }

    /** The demo enterprise's registered turnover within a window of its own district (nothing elsewhere). */
    BigDecimal registeredWithin(DemoDistrict district, ContractPlan.Window window) {
        return registered.stream().filter(c -> c.seller.district() == district)
                .filter(c -> !c.registeredOn.isBefore(window.from()) && !c.registeredOn.isAfter(window.to()))
                .map(c -> c.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
