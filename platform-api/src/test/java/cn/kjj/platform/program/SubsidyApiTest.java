package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The one-step subsidy to the newly certified high-tech enterprises of a year: who, all or nothing, once. */
@ApiTest
class SubsidyApiTest {

    /** A district and a certification year no other test certifies in. */
    static final String ENPING = "440785";
    static final int YEAR = 2014;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    ProgramApplicationApi api;
    VoucherApi vouchers;
    String official;
    List<Long> newlyCertified;

    @BeforeEach
    void setUp() {
        api = new ProgramApplicationApi(mvc, fixtures);
        vouchers = new VoucherApi(api, fixtures);
        official = fixtures.officialBearer(ENPING);
        newlyCertified = List.of(certified(ENPING, "INITIAL", LocalDate.of(YEAR, 3, 1), false),
                certified(ENPING, "INITIAL", LocalDate.of(YEAR, 11, 30), false));
        certified(ENPING, "INITIAL", LocalDate.of(YEAR, 5, 1), true);
        certified(ENPING, "RENEWAL", LocalDate.of(YEAR, 6, 1), false);
        certified(ENPING, "INITIAL", LocalDate.of(YEAR - 1, 12, 31), false);
        certified(ApiFixtures.JIANGHAI, "INITIAL", LocalDate.of(YEAR, 6, 1), false);
    }

    @Test
    void thePreviewListsTheEnterprisesFirstCertifiedThatYearInTheRegionAndWritesNothing() {
        long program = vouchers.program(official, "SUBSIDY", ENPING, 2026, "10000000.00");
        MvcTestResult preview = api.get(official, path(program) + "?year=" + YEAR + "&amount=50000");
        assertThat(preview).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.booked", v -> v.assertThat().isEqualTo(false))
                .hasPathSatisfying("$.skipped", v -> v.assertThat().asList().isEmpty());
        List<Long> ids = ids(preview, "$.awarded[*].id");
        assertThat(ids).containsAll(newlyCertified);
        assertThat(JsonPath.<Number>read(text(preview), "$.total").doubleValue()).isEqualTo(50000.0 * ids.size());
        assertThat(vouchers.count("select count(*) from program_award where program_id = ?", program)).isZero();
    }

    @Test
    void aSubsidyBeyondTheBudgetWritesNothingAndARepeatSkipsThoseAlreadyAwarded() {
        long previewed = vouchers.program(official, "SUBSIDY", ENPING, 2026, "1.00");
        int expected = ids(api.get(official, path(previewed) + "?year=" + YEAR), "$.awarded[*].id").size();
        long tight = vouchers.program(official, "SUBSIDY", ENPING, 2026, String.valueOf(50000L * expected - 1));
        assertThat(grant(official, tight, "50000")).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.subsidy.budgetExceeded"));
        assertThat(vouchers.count("select count(*) from program_award where program_id = ?", tight)).isZero();
        assertThat(api.money("select awarded_total from program where id = ?", tight)).isZero();

        long program = vouchers.program(official, "SUBSIDY", ENPING, 2026, String.valueOf(50000L * expected));
        MvcTestResult granted = grant(official, program, "50000");
        assertThat(granted).hasStatus(HttpStatus.CREATED).bodyJson()
                .hasPathSatisfying("$.booked", v -> v.assertThat().isEqualTo(true));
        assertThat(ids(granted, "$.awarded[*].id")).hasSize(expected).containsAll(newlyCertified);
        assertThat(api.money("select awarded_total from program where id = ?", program))
                .isEqualByComparingTo(String.valueOf(50000L * expected));
        assertThat(vouchers.count("select count(*) from audit_event where action = 'program.subsidyNewlyCertified' "
                + "and entity_id = ?", String.valueOf(program))).isEqualTo(1);

        MvcTestResult again = grant(official, program, "50000");
        assertThat(again).hasStatus(HttpStatus.CREATED);
        assertThat(ids(again, "$.awarded[*].id")).isEmpty();
        assertThat(ids(again, "$.skipped[*].id")).hasSize(expected).containsAll(newlyCertified);
        assertThat(vouchers.count("select count(*) from program_award where program_id = ?", program))
                .isEqualTo(expected);
    }

    @Test
    void onlySubsidyProgramsOfTheOfficialsRegionAndGoodInputAreAccepted() {
        long voucherProgram = vouchers.program(official, "INNOVATION_VOUCHER", ENPING, 2026, "100000.00");
        assertThat(grant(official, voucherProgram, "100")).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.subsidy.programKind"));
        long program = vouchers.program(official, "SUBSIDY", ENPING, 2026, "100000.00");
        assertThat(api.post(official, path(program), "{\"year\": 20, \"amount\": -1}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[*].field", v -> v.assertThat().asList().contains("year", "amount"));
        assertThat(grant(fixtures.officialBearer(ApiFixtures.JIANGHAI), program, "100"))
                .hasStatus(HttpStatus.NOT_FOUND);
        long clerkOf = newlyCertified.get(0);
        assertThat(grant(fixtures.enterpriseBearer(clerkOf), program, "100")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(vouchers.count("select count(*) from program_award where program_id = ?", program)).isZero();
    }

    private MvcTestResult grant(String bearer, long program, String amount) {
        return api.post(bearer, path(program), "{\"year\": " + YEAR + ", \"amount\": " + amount + "}");
    }

    private static String path(long program) {
        return "/api/v1/programs/" + program + "/newly-certified-subsidy";
    }

    private long certified(String region, String kind, LocalDate issuedOn, boolean revoked) {
        long enterprise = fixtures.enterprise(region);
        String number = (kind.equals("INITIAL") ? "GR" : "GF") + issuedOn.getYear()
                + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        fixtures.jdbc().sql("""
                insert into high_tech_certification (enterprise_id, certificate_no, kind, issued_on, expires_on,
                    revoked_on, revocation_reason) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(enterprise, number, kind, issuedOn, issuedOn.plusYears(3).minusDays(1),
                        revoked ? issuedOn.plusMonths(1) : null, revoked ? "弄虚作假" : null).update();
        return enterprise;
    }

    private static List<Long> ids(MvcTestResult result, String path) {
        List<Number> found = JsonPath.read(text(result), path);
        return found.stream().map(Number::longValue).toList();
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
