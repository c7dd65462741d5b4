package cn.kjj.platform.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.kjj.platform.account.AccountRepository;
import cn.kjj.platform.account.ApiTokenService;
import cn.kjj.platform.contract.Buyer;
import cn.kjj.platform.contract.ChangeApplication;
import cn.kjj.platform.contract.ContractChangeService;
import cn.kjj.platform.contract.ContractObjectionService;
import cn.kjj.platform.contract.ContractAttachmentService;
import cn.kjj.platform.contract.ContractService;
import cn.kjj.platform.contract.ContractSubtype;
import cn.kjj.platform.contract.ContractTerms;
import cn.kjj.platform.contract.ContractType;
import cn.kjj.platform.contract.ContractView;
import cn.kjj.platform.contract.NewContract;
import cn.kjj.platform.contract.ReviewClock;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.enterprise.CertificationKind;
import cn.kjj.platform.enterprise.CertificationService;
import cn.kjj.platform.enterprise.HighTechApplicationService;
import cn.kjj.platform.enterprise.NewCertification;
import cn.kjj.platform.enterprise.OrganisationNature;
import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.matching.AchievementDetails;
import cn.kjj.platform.matching.AchievementService;
import cn.kjj.platform.matching.DemandDetails;
import cn.kjj.platform.matching.DemandService;
import cn.kjj.platform.matching.MatchOutcome;
import cn.kjj.platform.matching.MatchmakingDetails;
import cn.kjj.platform.matching.MatchmakingService;
import cn.kjj.platform.matching.Maturity;
import cn.kjj.platform.matching.TransferMode;
import java.util.List;
import cn.kjj.platform.program.ExpertDetails;
import cn.kjj.platform.program.ExpertService;
import cn.kjj.platform.program.NewApplication;
import cn.kjj.platform.program.NewCall;
import cn.kjj.platform.program.ProgramApplicationService;
import cn.kjj.platform.program.ProgramCallService;
import cn.kjj.platform.program.ProgramReviewService;
import cn.kjj.platform.program.NewVoucher;
import cn.kjj.platform.program.VoucherService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Real records for a route's path variables, all of them {@link Who#OWNER}'s or in Jianghai: a
 * fresh submitted contract (with an attachment) and certificate per route, so that one route's
 * state changes never move another's expectations; a fresh API token of the owner per request.
 */
final class MatrixRecords {

    private final ApplicationContext context;
    private final MatrixPeople people;
    private final MockMvc mvc;
    private String importJob;
    private String certification;

    MatrixRecords(ApplicationContext context, MatrixPeople people, MockMvc mvc) {
        this.context = context;
        this.people = people;
        this.mvc = mvc;
    }

    /** The path variables of one route, made when first asked for. */
    Map<String, Supplier<String>> variables(String pattern) {
        Map<String, Supplier<String>> made = new HashMap<>();
        Map<String, String> once = new HashMap<>();
        made.put("id", () -> id(pattern, once));
        made.put("attachmentId", () -> {
            if (pattern.startsWith("/api/v1/program-applications") || pattern.startsWith("/api/v1/expert-reviews")) {
                programApplication(once);
            } else {
                contract(once);
            }
            return once.get("attachmentId");
        });
        made.put("certificationId", this::certification);
        made.put("enterpriseId", () -> String.valueOf(people.ownerEnterpriseId()));
        // a pending change application and an open objection of a registered contract (decision 0034)
        made.put("changeId", () -> once.containsKey("changeId") ? once.get("changeId") : remember(once, "changeId", () -> {
            long contract = Long.parseLong(registeredContract(once));
            return String.valueOf(context.getBean(ContractChangeService.class).apply(people.get(Who.OWNER), contract,
                    new ChangeApplication("CHANGE", "矩阵测试变更", null, null, LocalDate.of(2099, 12, 31))).id());
        }));
        made.put("objectionId", () -> once.containsKey("objectionId") ? once.get("objectionId")
                : remember(once, "objectionId", () -> {
            long contract = Long.parseLong(registeredContract(once));
            String number = context.getBean(JdbcClient.class)
                    .sql("select registration_no from technology_contract where id = ?").param(contract)
                    .query(String.class).single();
            return String.valueOf(context.getBean(ContractObjectionService.class)
                    .raise(people.get(Who.OTHER_OFFICIAL), number, "矩阵测试异议").id());
        }));
        made.put("reviewId", () -> review(once));
        made.put("step", () -> pattern.startsWith("/high-tech-applications") ? "recommend" : "accept");
        made.put("regionCode", () -> MatrixPeople.JIANGHAI);
        made.put("year", () -> pattern.contains("/annual-figures/") || pattern.contains("/high-tech-reports/")
                ? ownersFigures() : "2022");
        made.put("kind", () -> "enterprises");
        made.put("indicator", () -> "tech-smes");
        made.put("format", () -> "csv");
        made.put("date", () -> calendarDay(once));
        // a certificate's verification token: of a registered contract, so that "public" means the page is shown
        made.put("token", () -> context.getBean(JdbcClient.class)
                .sql("select verification_token from technology_contract where id = ?")
                .param(Long.parseLong(registeredContract(once))).query(String.class).single());
        return made;
    }

    private static String remember(Map<String, String> once, String key, Supplier<String> make) {
        String made = make.get();
        once.put(key, made);
        return made;
    }

    private String id(String pattern, Map<String, String> once) {
        String area = pattern.replaceFirst("^/api/v1", "").split("/")[1];
        return switch (area) {
            case "contracts" -> pattern.contains("/external/") ? externalContract()
                    : pattern.endsWith("/certificate") || pattern.contains("{changeId}")
                    || pattern.contains("{objectionId}") ? registeredContract(once) : contract(once);
            case "enterprises" -> String.valueOf(people.ownerEnterpriseId());
            case "incubators", "labs", "programs" -> demoRecord(area.replaceFirst("s$", ""));
            case "imports" -> importJob();
            case "users", "admin" -> String.valueOf(context.getBean(AccountRepository.class)
                    .findByUsername("matrix.analyst").orElseThrow().getId());
            case "auth", "account" -> String.valueOf(context.getBean(ApiTokenService.class)
                    .issue(people.get(Who.OWNER), "matrix", 1).id());
            case "indicators" -> "rd-intensity";
            case "tech-smes" -> demoRecord("tech_sme");
            case "achievements" -> achievement(once);
            case "demands" -> demand(once);
            case "matchmakings" -> matchmaking(once);
            case "high-tech-applications" -> ownersApplication();
            case "program-calls" -> programCall(once);
            case "program-applications" -> programApplication(once);
            case "experts" -> expert(once);
            case "vouchers" -> voucher(once);
            default -> throw new IllegalStateException("no record for {id} of " + pattern
                    + ": teach MatrixRecords which record it stands for");
        };
    }

    private String contract(Map<String, String> once) {
        if (once.containsKey("contract")) {
            return once.get("contract");
        }
        ContractService contracts = context.getBean(ContractService.class);
        ContractView draft = contracts.create(people.get(Who.OWNER), new NewContract(terms(), null, false));
        ContractView.AttachmentView file = context.getBean(ContractAttachmentService.class).upload(
                people.get(Who.OWNER), draft.id(), "matrix.pdf",
                "%PDF-1.4\n%matrix\n".getBytes(StandardCharsets.US_ASCII));
        once.put("attachmentId", String.valueOf(file.id()));
        contracts.submit(people.get(Who.OWNER), draft.id(), null);
        once.put("contract", String.valueOf(draft.id()));
        return once.get("contract");
    }

    /** A contract registered elsewhere, its buyer in Jianghai (imported: decision 0036). */
    private String externalContract() {
        String number = "2024440106" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return String.valueOf(context.getBean(JdbcClient.class).sql("""
                insert into external_contract_registration (registration_no, registering_region_code, registered_on,
                    signed_on, type, technology_field, seller_name, seller_credit_code, buyer_name, buyer_credit_code,
                    buyer_region_code, contract_amount, tech_transaction_amount)
                values (?, '440106', date '2024-05-20', date '2024-04-28', 'TECHNICAL_SERVICE', 'NEW_MATERIALS',
                    '矩阵测试卖方', '91440300708461136T', '矩阵测试买方', ?, ?, 100000.00, 100000.00)
                on conflict (registration_no) do nothing returning id""")
                .params(number, "91440704MA4UH5XB8Y", MatrixPeople.JIANGHAI)
                .query(Long.class).single());
    }

    /** A call open today on Jianghai's first program, for any enterprise of the district. */
    private String programCall(Map<String, String> once) {
        if (!once.containsKey("programCall")) {
            LocalDate today = LocalDate.now(ReviewClock.ZONE);
            once.put("programCall", String.valueOf(context.getBean(ProgramCallService.class).publish(
                    people.get(Who.OFFICIAL), Long.parseLong(demoRecord("program")), new NewCall("矩阵测试申报指南",
                            today.minusDays(1), today.plusDays(30), new BigDecimal("1000000.00"), "ANY",
                            List.of("项目申报书"), null)).id()));
        }
        return once.get("programCall");
    }

    /** A submitted application of the owner's enterprise, with its document attached. */
    private String programApplication(Map<String, String> once) {
        if (!once.containsKey("programApplication")) {
            long call = Long.parseLong(programCall(once));
            ProgramApplicationService applications = context.getBean(ProgramApplicationService.class);
            long id = applications.apply(people.get(Who.OWNER), Long.parseLong(demoRecord("program")),
                    new NewApplication(call, "矩阵测试项目", new BigDecimal("100000.00"), null)).id();
            once.put("attachmentId", String.valueOf(applications.attach(people.get(Who.OWNER), id, "项目申报书",
                    "matrix.pdf", "%PDF-1.4\n%matrix\n".getBytes(StandardCharsets.US_ASCII)).id()));
            once.put("programApplication", String.valueOf(id));
        }
        return once.get("programApplication");
    }

    /** A voucher issued today to the owner's enterprise from a voucher program of Jianghai of its own. */
    private String voucher(Map<String, String> once) {
        if (!once.containsKey("voucher")) {
            long program = context.getBean(JdbcClient.class).sql("""
                    insert into program (name, kind, region_code, year, budget)
                    values ('矩阵测试创新券', 'INNOVATION_VOUCHER', ?, 2026, 1000000.00) returning id""")
                    .param(MatrixPeople.JIANGHAI).query(Long.class).single();
            once.put("voucher", String.valueOf(context.getBean(VoucherService.class).issue(people.get(Who.OFFICIAL),
                    new NewVoucher(program, people.ownerEnterpriseId(), new BigDecimal("1000.00"),
                            LocalDate.now(ReviewClock.ZONE).plusDays(30)))));
        }
        return once.get("voucher");
    }

    /** An expert of Jianghai from an organisation of its own. */
    private String expert(Map<String, String> once) {
        if (!once.containsKey("expert")) {
            once.put("expert", String.valueOf(context.getBean(ExpertService.class).create(people.get(Who.OFFICIAL),
                    new ExpertDetails("矩阵专家", "五邑大学", null, "智能制造", MatrixPeople.JIANGHAI)).id()));
        }
        return once.get("expert");
    }

    /** The application accepted for review and {@link Who#EXPERT}'s expert assigned to it. */
    private String review(Map<String, String> once) {
        if (!once.containsKey("review")) {
            long application = Long.parseLong(programApplication(once));
            long expert = people.expertId();
            context.getBean(ProgramApplicationService.class).accept(people.get(Who.OFFICIAL), application, null);
            once.put("review", String.valueOf(context.getBean(ProgramReviewService.class).assign(
                    people.get(Who.OFFICIAL), application, expert).id()));
        }
        return once.get("review");
    }

    /** A certificate exists only for a registered contract. */
    private String registeredContract(Map<String, String> once) {
        String id = contract(once);
        if (once.putIfAbsent("registered", id) == null) {
            context.getBean(ContractService.class).register(people.get(Who.OFFICIAL), Long.parseLong(id), null);
        }
        return id;
    }

    private static ContractTerms terms() {
        LocalDate signed = LocalDate.now(ReviewClock.ZONE).minusDays(5);
        BigDecimal amount = BigDecimal.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 400_000_000L), 2);
        return new ContractTerms("矩阵测试合同", ContractType.TECHNOLOGY_DEVELOPMENT, ContractSubtype.COMMISSIONED,
                TechnologyField.ADVANCED_MANUFACTURING, new Buyer("深圳市示例买方有限公司", "91440300708461136T",
                "440300", "CN"), signed, signed, signed.plusYears(1), amount, amount);
    }

    /** A weekday of 2100 made a holiday, per route, so that removing it finds it. */
    private String calendarDay(Map<String, String> once) {
        return once.computeIfAbsent("date", key -> {
            LocalDate day = LocalDate.of(2100, 1, 4).plusWeeks(ThreadLocalRandom.current().nextInt(50));
            context.getBean(JdbcClient.class).sql("insert into calendar_exception (day, working, name) "
                    + "values (?, false, '矩阵测试') on conflict (day) do nothing").param(day).update();
            return day.toString();
        });
    }

    /** One certificate for the run (two would overlap, so other tests' records reuse it); never revoked here. */
    private String certification() {
        if (certification == null) {
            certification = context.getBean(JdbcClient.class)
                    .sql("select max(id) from high_tech_certification where enterprise_id = ? and revoked_on is null")
                    .param(people.ownerEnterpriseId()).query(Long.class).optional().map(String::valueOf).orElse(null);
        }
        if (certification != null) {
            return certification;
        }
        StringBuilder digits = new StringBuilder("GR");
        for (int i = 0; i < 12; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        LocalDate issued = LocalDate.now(ReviewClock.ZONE).minusYears(1);
        certification = String.valueOf(context.getBean(CertificationService.class).certify(people.get(Who.ADMIN),
                people.ownerEnterpriseId(), new NewCertification(digits.toString(), CertificationKind.INITIAL,
                        issued, null)).id());
        return certification;
    }

    /** The owner's annual figures of 2022 (what its figures' routes read), entered when missing. */
    private String ownersFigures() {
        context.getBean(JdbcClient.class).sql("""
                insert into enterprise_annual_figures (enterprise_id, year, revenue, sales_revenue, high_tech_income,
                    rd_expense, rd_expense_domestic, staff, tech_staff, invention_patents, other_ip, profit, tax_paid,
                    assets, above_scale)
                values (?, 2022, 1000000, 1000000, 700000, 60000, 60000, 20, 4, 1, 2, 50000, 30000, 900000, false)
                on conflict (enterprise_id, year) do nothing""").param(people.ownerEnterpriseId()).update();
        return "2022";
    }

    /** An application of the owner: one it has, else one for the 2022 batch entered by an administrator. */
    private String ownersApplication() {
        return context.getBean(JdbcClient.class).sql("select max(id) from high_tech_application where enterprise_id = ?")
                .param(people.ownerEnterpriseId()).query(Long.class).optional().map(String::valueOf)
                .orElseGet(() -> String.valueOf(context.getBean(HighTechApplicationService.class)
                        .apply(people.get(Who.ADMIN), people.ownerEnterpriseId(), 2022).id()));
    }

    private String demoRecord(String table) {
        return String.valueOf(context.getBean(JdbcClient.class)
                .sql("select min(id) from " + table + " where region_code = ?")
                .param(MatrixPeople.JIANGHAI).query(Long.class).single());
    }

    /** A job of {@link Who#OFFICIAL}: the empty enterprise template, uploaded through the portal. */
    private String importJob() {
        if (importJob == null) {
            try {
                byte[] template = mvc.perform(get("/imports/enterprises/template.csv")
                        .with(user(people.get(Who.OFFICIAL)))).andReturn().getResponse().getContentAsByteArray();
                String location = mvc.perform(multipart("/imports/enterprises")
                        .file(new MockMultipartFile("file", "matrix.csv", "text/csv", template))
                        .with(user(people.get(Who.OFFICIAL))).with(csrf())).andReturn().getResponse()
                        .getRedirectedUrl();
                importJob = location.substring(location.lastIndexOf('/') + 1);
            } catch (Exception e) {
                throw new IllegalStateException("could not start the matrix's import job", e);
            }
        }
        return importJob;
    }

    /** An achievement published in Jianghai, per route. */
    private String achievement(Map<String, String> once) {
        return once.computeIfAbsent("achievement", key -> String.valueOf(context.getBean(AchievementService.class)
                .create(people.get(Who.ADMIN), new AchievementDetails("矩阵测试芯片封装工艺", "矩阵大学",
                        OrganisationNature.UNIVERSITY, TechnologyField.ELECTRONIC_INFORMATION, IpType.PATENT,
                        Maturity.PILOT, List.of(TransferMode.LICENSING), "面议", "芯片封装", null,
                        MatrixPeople.JIANGHAI)).id()));
    }

    /** An open demand of the owner's enterprise, per route (a route may close it). */
    private String demand(Map<String, String> once) {
        return once.computeIfAbsent("demand", key -> String.valueOf(context.getBean(DemandService.class)
                .publish(people.get(Who.OWNER), new DemandDetails("矩阵测试芯片封装需求",
                        TechnologyField.ELECTRONIC_INFORMATION, "芯片封装", null, null)).id()));
    }

    /** A meeting between a fresh demand and achievement, per route. */
    private String matchmaking(Map<String, String> once) {
        // the demand and the achievement first: computeIfAbsent must not change the map it computes for
        long demand = Long.parseLong(demand(once));
        long achievement = Long.parseLong(achievement(once));
        return once.computeIfAbsent("matchmaking", key -> String.valueOf(context.getBean(MatchmakingService.class)
                .record(people.get(Who.OFFICIAL), new MatchmakingDetails(demand, achievement,
                        LocalDate.now(ReviewClock.ZONE), MatchOutcome.MEETING, null, null)).id()));
    }
}
