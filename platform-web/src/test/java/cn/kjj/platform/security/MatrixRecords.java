package cn.kjj.platform.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.kjj.platform.account.AccountRepository;
import cn.kjj.platform.account.ApiTokenService;
import cn.kjj.platform.contract.Buyer;
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
import cn.kjj.platform.enterprise.NewCertification;
import cn.kjj.platform.program.ExpertDetails;
import cn.kjj.platform.program.ExpertService;
import cn.kjj.platform.program.NewApplication;
import cn.kjj.platform.program.NewCall;
import cn.kjj.platform.program.ProgramApplicationService;
import cn.kjj.platform.program.ProgramCallService;
import cn.kjj.platform.program.ProgramReviewService;
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
            if (pattern.startsWith("/api/v1/program-applications")) {
                programApplication(once);
            } else {
                contract(once);
            }
            return once.get("attachmentId");
        });
        made.put("certificationId", this::certification);
        made.put("reviewId", () -> review(once));
        made.put("step", () -> "accept");
        made.put("regionCode", () -> MatrixPeople.JIANGHAI);
        made.put("year", () -> "2022");
        made.put("kind", () -> "enterprises");
        made.put("format", () -> "csv");
        made.put("date", () -> calendarDay(once));
        // a certificate's verification token: of a registered contract, so that "public" means the page is shown
        made.put("token", () -> context.getBean(JdbcClient.class)
                .sql("select verification_token from technology_contract where id = ?")
                .param(Long.parseLong(registeredContract(once))).query(String.class).single());
        return made;
    }

    private String id(String pattern, Map<String, String> once) {
        String area = pattern.replaceFirst("^/api/v1", "").split("/")[1];
        return switch (area) {
            case "contracts" -> pattern.endsWith("/certificate") ? registeredContract(once) : contract(once);
            case "enterprises" -> String.valueOf(people.ownerEnterpriseId());
            case "incubators", "labs", "programs" -> demoRecord(area.replaceFirst("s$", ""));
            case "imports" -> importJob();
            case "users", "admin" -> String.valueOf(context.getBean(AccountRepository.class)
                    .findByUsername("matrix.analyst").orElseThrow().getId());
            case "auth", "account" -> String.valueOf(context.getBean(ApiTokenService.class)
                    .issue(people.get(Who.OWNER), "matrix", 1).id());
            case "indicators" -> "rd-intensity";
            case "program-calls" -> programCall(once);
            case "program-applications" -> programApplication(once);
            case "experts" -> expert(once);
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

    /** An expert of Jianghai from an organisation of its own. */
    private String expert(Map<String, String> once) {
        if (!once.containsKey("expert")) {
            once.put("expert", String.valueOf(context.getBean(ExpertService.class).create(people.get(Who.OFFICIAL),
                    new ExpertDetails("矩阵专家", "五邑大学", null, "智能制造", MatrixPeople.JIANGHAI)).id()));
        }
        return once.get("expert");
    }

    /** The application accepted for review and an expert assigned to it. */
    private String review(Map<String, String> once) {
        if (!once.containsKey("review")) {
            long application = Long.parseLong(programApplication(once));
            long expert = Long.parseLong(expert(once));
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
}
