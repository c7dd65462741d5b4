package cn.kjj.platform.security;

import static cn.kjj.platform.security.WriteTargets.body;

import cn.kjj.platform.contract.ReviewClock;
import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.program.ApplicationMoneyService;
import cn.kjj.platform.program.ExpertDetails;
import cn.kjj.platform.program.ExpertService;
import cn.kjj.platform.program.NewApplication;
import cn.kjj.platform.program.NewCall;
import cn.kjj.platform.program.NewVoucher;
import cn.kjj.platform.program.ProgramApplicationService;
import cn.kjj.platform.program.ProgramCallService;
import cn.kjj.platform.program.ProgramReviewService;
import cn.kjj.platform.program.Redemption;
import cn.kjj.platform.program.VoucherService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The write routes of programs, calls, applications (every step), expert reviews, competitions, subsidies and
 * vouchers, each on a record of its own made fresh in the state its step starts from, with who takes the
 * step (issue 15). A valid body is accepted once; the step is then 409, so the later bad values are still
 * refused with problem JSON and nothing written.
 */
final class ProgramWriteTargets {

    static final List<String> TABLES = List.of("program", "program_call", "program_application",
            "program_application_history", "program_disbursement", "program_review", "program_award", "expert",
            "innovation_voucher", "innovation_voucher_history");

    /** A route to send bad input to, and who sends it. */
    record Target(WriteTargets write, AccountPrincipal as) {
    }

    private final ApplicationContext context;
    private final MatrixPeople people;
    private final JdbcClient jdbc;
    private final AccountPrincipal official;
    private final AccountPrincipal owner;
    private final ProgramApplicationService applications;

    private ProgramWriteTargets(ApplicationContext context, MatrixPeople people) {
        this.context = context;
        this.people = people;
        this.jdbc = context.getBean(JdbcClient.class);
        this.official = people.get(Who.OFFICIAL);
        this.owner = people.get(Who.OWNER);
        this.applications = context.getBean(ProgramApplicationService.class);
    }

    static List<Target> all(ApplicationContext context, MatrixPeople people) {
        return new ProgramWriteTargets(context, people).targets();
    }

    /** The portal's forms of the same features (the call form included), each on a fresh record of its own. */
    static List<BadFormInputTest.Form> forms(ApplicationContext context, MatrixPeople people) {
        return new ProgramWriteTargets(context, people).portalForms();
    }

    private List<BadFormInputTest.Form> portalForms() {
        String base = "/program-applications/";
        String history = "program_application_history";
        long program = program("SUBSIDY", "100000000.00");
        long competition = program("OPEN_COMPETITION", "100000000.00");
        long vouchers = program("INNOVATION_VOUCHER", "1000000.00");
        LocalDate today = LocalDate.now(ReviewClock.ZONE);
        long call = call(program, null);
        List<BadFormInputTest.Form> forms = new ArrayList<>();
        forms.add(form("/programs/" + program + "/calls", "program_call", Who.OFFICIAL, "title", "坏输入申报指南",
                "opensOn", today.minusDays(1), "closesOn", today.plusDays(30), "budget", "1000000.00",
                "eligibility", "ANY", "requiredDocuments", "项目申报书", "guidelines", "说明"));
        forms.add(form("/programs/" + competition + "/calls", "program_call", Who.OFFICIAL, "title", "坏输入榜单",
                "opensOn", today.minusDays(1), "closesOn", today.plusDays(30), "budget", "1000000.00",
                "prize", "1000.00", "requiredDocuments", "项目申报书"));
        forms.add(form("/program-calls/" + call + "/apply", "program_application", Who.OWNER, "title", "坏输入申报",
                "requestedAmount", "1000.00", "summary", "摘要"));
        forms.add(form(base + submitted(program, call) + "/accept", history, Who.OFFICIAL, "reason", "齐全"));
        forms.add(form(base + submitted(program, call) + "/return", history, Who.OFFICIAL, "reason", "补正"));
        forms.add(form(base + submitted(program, call) + "/reject", history, Who.OFFICIAL, "reason", "不符"));
        long returned = submitted(program, call);
        applications.returnForCorrection(official, returned, "补正");
        forms.add(form(base + returned + "/resubmit", history, Who.OWNER, "reason", "已补正"));
        forms.add(form(base + underReview(program, call) + "/approve", history, Who.OFFICIAL, "amount", "100.00"));
        forms.add(form(base + underReview(program, call) + "/decline", history, Who.OFFICIAL, "reason", "不予"));
        forms.add(form(base + underReview(program, call) + "/reviews", "program_review", Who.OFFICIAL, "expertId",
                expert()));
        long reviewed = underReview(program, call);
        ProgramReviewService reviews = context.getBean(ProgramReviewService.class);
        long review = reviews.assign(official, reviewed, expert()).id();
        forms.add(form(base + reviewed + "/reviews/" + review, "program_review", Who.OFFICIAL, "score", "80",
                "comment", "评语"));
        long ownReview = reviews.assign(official, underReview(program, call), people.expertId()).id();
        forms.add(form("/expert-reviews/" + ownReview, "program_review", Who.EXPERT, "score", "80", "comment",
                "评语"));
        forms.add(form(base + approved(program, call) + "/disburse", "program_disbursement", Who.OFFICIAL,
                "amount", "10.00", "paidOn", today));
        forms.add(form(base + approved(program, call) + "/midterm", history, Who.OFFICIAL, "passed", "true", "note",
                "进度正常"));
        long passed = approved(program, call);
        applications.midterm(official, passed, true, null);
        forms.add(form(base + passed + "/complete", history, Who.OFFICIAL, "result", "PASSED", "note", "完成"));
        long paid = approved(program, call);
        context.getBean(ApplicationMoneyService.class).disburse(official, paid, new BigDecimal("100.00"), today);
        forms.add(form(base + paid + "/terminate", history, Who.OFFICIAL, "reason", "终止", "recoveredAmount",
                "10.00"));
        forms.add(form(base + approved(competition, call(competition, null)) + "/stage-review", history,
                Who.OFFICIAL, "passed", "true", "note", "通过"));
        forms.add(form(base + approved(competition, call(competition, new BigDecimal("1000.00"))) + "/win", history,
                Who.OFFICIAL, "reason", "揭榜成功"));
        forms.add(form("/programs/" + program + "/awards", "program_award", Who.OFFICIAL, "enterpriseCreditCode",
                ownerCode(), "amount", "1.00", "awardedOn", today, "note", "备注"));
        long subsidy = program("SUBSIDY", "1.00");
        forms.add(form("/programs/" + subsidy + "/newly-certified-subsidy/preview", "program_award", Who.OFFICIAL,
                "year", "2024", "amount", "1.00"));
        forms.add(form("/programs/" + subsidy + "/newly-certified-subsidy", "program_award", Who.OFFICIAL, "year",
                "2024", "amount", "1.00"));
        forms.add(form("/programs/" + vouchers + "/vouchers", "innovation_voucher", Who.OFFICIAL,
                "enterpriseCreditCode", ownerCode(), "amount", "100.00", "validTo", today.plusDays(30)));
        VoucherService voucherService = context.getBean(VoucherService.class);
        forms.add(form("/vouchers/" + voucher(voucherService, vouchers) + "/redeem", "innovation_voucher_history",
                Who.OFFICIAL, "providerName", "检测院", "providerCreditCode",
                CreditCode.withCheckCharacters("12440700MB2C0009").value(), "amount", "10.00"));
        forms.add(form("/experts", "expert", Who.OFFICIAL, "name", "坏输入专家", "organisation", "坏输入研究院",
                "fields", "智能制造", "regionCode", MatrixPeople.JIANGHAI));
        return forms;
    }

    private String ownerCode() {
        return jdbc.sql("select credit_code from enterprise where id = ?").param(people.ownerEnterpriseId())
                .query(String.class).single();
    }

    private static BadFormInputTest.Form form(String path, String table, Who who, Object... pairs) {
        return new BadFormInputTest.Form(path, () -> {
            Map<String, Object> values = new java.util.LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                values.put((String) pairs[i], String.valueOf(pairs[i + 1]));
            }
            return values;
        }, table, who);
    }

    private List<Target> targets() {
        String base = "/api/v1/program-applications/";
        long program = program("SUBSIDY", "100000000.00");
        long competition = program("OPEN_COMPETITION", "100000000.00");
        long vouchers = program("INNOVATION_VOUCHER", "1000000.00");
        LocalDate today = LocalDate.now(ReviewClock.ZONE);
        List<Target> targets = new ArrayList<>();
        targets.add(official("PUT", "/api/v1/programs/" + program(("SUBSIDY"), "2000000.00"), () -> body("name",
                unique("坏输入项目"), "kind", "SUBSIDY", "regionCode", MatrixPeople.JIANGHAI, "year", 2024, "budget",
                "2000000.00", "description", "说明")));
        targets.add(official("PUT", "/api/v1/experts/" + expert(), () -> body("name", unique("坏输入专家"),
                "organisation", "坏输入研究院", "organisationCreditCode", "12440700455868397Q", "fields", "智能制造",
                "regionCode", MatrixPeople.JIANGHAI)));
        targets.add(official("POST", "/api/v1/programs/" + program + "/calls", () -> body("title",
                unique("坏输入申报指南"), "opensOn", today.minusDays(1).toString(), "closesOn",
                today.plusDays(30).toString(), "budget", "1000000.00", "eligibility", "ANY", "requiredDocuments",
                List.of("项目申报书"), "guidelines", "说明")));
        targets.add(official("POST", "/api/v1/program-calls/" + call(program, null) + "/close", Map::of));
        long call = call(program, null);
        targets.add(new Target(new WriteTargets("POST", "/api/v1/programs/" + program + "/applications",
                () -> body("callId", call, "title", unique("坏输入申报"), "requestedAmount", "1000.00", "summary",
                        "摘要"), TABLES), owner));
        targets.add(official("POST", base + submitted(program, call) + "/accept", () -> body("reason", "齐全")));
        targets.add(official("POST", base + submitted(program, call) + "/return", () -> body("reason", "补正")));
        targets.add(official("POST", base + submitted(program, call) + "/reject", () -> body("reason", "不符")));
        long returned = submitted(program, call);
        applications.returnForCorrection(official, returned, "补正");
        targets.add(new Target(new WriteTargets("POST", base + returned + "/resubmit", () -> body("reason", "已补正"),
                TABLES), owner));
        targets.add(official("POST", base + underReview(program, call) + "/approve", () -> body("amount", "100.00")));
        targets.add(official("POST", base + underReview(program, call) + "/decline", () -> body("reason", "不予")));
        long expert = expert();
        targets.add(official("POST", base + underReview(program, call) + "/reviews", () -> body("expertId",
                expert)));
        long reviewed = underReview(program, call);
        long review = context.getBean(ProgramReviewService.class).assign(official, reviewed, expert()).id();
        targets.add(official("PUT", base + reviewed + "/reviews/" + review, () -> body("score", 80, "comment",
                "评语")));
        targets.add(official("POST", base + approved(program, call) + "/disbursements", () -> body("amount", "10.00",
                "paidOn", today.toString())));
        targets.add(official("POST", base + approved(program, call) + "/midterm", () -> body("passed", true, "note",
                "进度正常")));
        long passed = approved(program, call);
        applications.midterm(official, passed, true, null);
        targets.add(official("POST", base + passed + "/complete", () -> body("result", "PASSED", "note", "完成")));
        long paid = approved(program, call);
        context.getBean(ApplicationMoneyService.class).disburse(official, paid, new BigDecimal("100.00"), today);
        targets.add(official("POST", base + paid + "/terminate", () -> body("reason", "终止", "recoveredAmount",
                "10.00")));
        long race = call(competition, null);
        targets.add(official("POST", base + approved(competition, race) + "/stage-review", () -> body("passed", true,
                "note", "通过")));
        long challenge = call(competition, new BigDecimal("1000.00"));
        targets.add(official("POST", base + approved(competition, challenge) + "/win", () -> body("reason",
                "揭榜成功")));
        targets.add(official("POST", "/api/v1/programs/" + program("SUBSIDY", "1.00") + "/newly-certified-subsidy",
                () -> body("year", 2024, "amount", "1.00")));
        VoucherService voucherService = context.getBean(VoucherService.class);
        long issued = voucher(voucherService, vouchers);
        String provider = CreditCode.withCheckCharacters("12440700MB2C0009").value();
        targets.add(official("POST", "/api/v1/vouchers/" + issued + "/redeem", () -> body("providerName", "检测院",
                "providerCreditCode", provider, "amount", "10.00")));
        long redeemed = voucher(voucherService, vouchers);
        voucherService.redeem(official, redeemed, new Redemption("检测院", provider, new BigDecimal("10.00"), null));
        targets.add(official("POST", "/api/v1/vouchers/" + redeemed + "/pay", Map::of));
        return targets;
    }

    private Target official(String method, String uri, Supplier<Map<String, Object>> body) {
        return new Target(new WriteTargets(method, uri, body, TABLES), people.get(Who.OFFICIAL));
    }

    private long program(String kind, String budget) {
        return jdbc.sql("""
                insert into program (name, kind, region_code, year, budget)
                values (?, ?, ?, 2026, ?) returning id""")
                .params(unique("坏输入计划"), kind, MatrixPeople.JIANGHAI, new BigDecimal(budget))
                .query(Long.class).single();
    }

    private long call(long program, BigDecimal prize) {
        LocalDate today = LocalDate.now(ReviewClock.ZONE);
        return context.getBean(ProgramCallService.class).publish(official, program, new NewCall(unique("坏输入指南"),
                today.minusDays(1), today.plusDays(30), new BigDecimal("1000000.00"), "ANY", List.of("项目申报书"),
                null, prize)).id();
    }

    private long submitted(long program, long call) {
        long id = applications.apply(owner, program, new NewApplication(call, unique("坏输入项目"),
                new BigDecimal("1000.00"), null)).id();
        applications.attach(owner, id, "项目申报书", "bad-input.pdf",
                "%PDF-1.4\n%bad input\n".getBytes(StandardCharsets.US_ASCII));
        return id;
    }

    private long underReview(long program, long call) {
        long id = submitted(program, call);
        applications.accept(official, id, null);
        return id;
    }

    private long approved(long program, long call) {
        long id = underReview(program, call);
        context.getBean(ApplicationMoneyService.class).approve(official, id, new BigDecimal("1000.00"));
        return id;
    }

    private long expert() {
        return context.getBean(ExpertService.class).create(official, new ExpertDetails(unique("坏输入专家"),
                "坏输入研究院", null, "智能制造", MatrixPeople.JIANGHAI)).id();
    }

    private long voucher(VoucherService service, long program) {
        return service.issue(official, new NewVoucher(program, people.ownerEnterpriseId(), new BigDecimal("100.00"),
                LocalDate.now(ReviewClock.ZONE).plusDays(30)));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
