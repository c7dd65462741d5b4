package cn.kjj.platform.program;

import static cn.kjj.platform.program.VoucherApi.VOUCHERS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi;
import cn.kjj.platform.identity.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** An innovation voucher's life through the API: issue, redeem, pay, expiry, the steps refused and who sees what. */
@ApiTest
class VoucherApiTest {

    static final String JIANGHAI = ApiFixtures.JIANGHAI;
    static final String PENGJIANG = "440703";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    @Autowired
    ContractApi contracts;

    ProgramApplicationApi api;
    VoucherApi vouchers;
    String official;
    long enterprise;
    String clerk;
    long program;

    @BeforeEach
    void setUp() {
        api = new ProgramApplicationApi(mvc, fixtures);
        vouchers = new VoucherApi(api, fixtures);
        official = fixtures.officialBearer(JIANGHAI);
        enterprise = fixtures.enterprise(JIANGHAI);
        clerk = fixtures.enterpriseBearer(enterprise);
        program = vouchers.program(official, "INNOVATION_VOUCHER", JIANGHAI, 2026, "1000000.00");
    }

    @Test
    void aVoucherIsIssuedRedeemedAndPaidWithEveryStepInItsHistoryAndAudit() {
        MvcTestResult issued = vouchers.issue(official, program, enterprise, "50000.00", LocalDate.now().plusMonths(6));
        assertThat(issued).hasStatus(HttpStatus.CREATED).bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("ISSUED"))
                .hasPathSatisfying("$.history.length()", v -> v.assertThat().isEqualTo(1));
        long voucher = ProgramApplicationApi.id(issued);
        assertThat(api.money("select voucher_total from program where id = ?", program)).isEqualByComparingTo("50000");
        assertThat(api.get(official, "/api/v1/programs/" + program)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.remainingBudget", v -> v.assertThat().asNumber().isEqualTo(950000.0));

        assertThat(vouchers.redeem(clerk, voucher, "30000.00", null)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("REDEEMED"))
                .hasPathSatisfying("$.providerCreditCode", v -> v.assertThat().isEqualTo(VoucherApi.PROVIDER_CODE))
                .hasPathSatisfying("$.actions", v -> v.assertThat().asList().isEmpty());
        assertThat(vouchers.pay(official, voucher)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", v -> v.assertThat().isEqualTo("PAID"))
                .hasPathSatisfying("$.paidAmount", v -> v.assertThat().asNumber().isEqualTo(30000.0))
                .hasPathSatisfying("$.history[*].action", v -> v.assertThat().asList()
                        .containsExactly("ISSUE", "REDEEM", "PAY"))
                .hasPathSatisfying("$.history[2].fromStatus", v -> v.assertThat().isEqualTo("REDEEMED"));
        assertThat(vouchers.count("select count(*) from audit_event where entity_type = 'voucher' and entity_id = ?",
                String.valueOf(voucher))).isEqualTo(3);

        assertThat(vouchers.pay(official, voucher)).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.voucher.transition.illegal"));
        assertThat(vouchers.redeem(clerk, voucher, "1000.00", null)).hasStatus(HttpStatus.CONFLICT);
        assertThat(vouchers.count("select count(*) from innovation_voucher_history where voucher_id = ?", voucher))
                .isEqualTo(3);
    }

    @Test
    void aRedemptionAboveTheVoucherOrWithABadCreditCodeIsRefusedAndChangesNothing() {
        long voucher = vouchers.issued(official, program, enterprise, "20000.00");
        assertThat(vouchers.redeem(clerk, voucher, "20000.01", null)).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.voucher.amountExceeded"));
        assertThat(api.post(clerk, VOUCHERS + "/" + voucher + "/redeem", """
                {"providerName": " ", "providerCreditCode": "91440703MA4UQ0000X", "amount": -5}"""))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[*].field", v -> v.assertThat().asList()
                        .contains("providerName", "providerCreditCode", "amount"));
        assertThat(vouchers.pay(official, voucher)).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.voucher.transition.illegal"));
        assertThat(vouchers.status(clerk, voucher)).isEqualTo("ISSUED");
        assertThat(vouchers.count("select count(*) from innovation_voucher_history where voucher_id = ?", voucher))
                .isEqualTo(1);
    }

    @Test
    void issuingRefusesBadInputOtherProgramKindsAndEnterprisesOutsideTheRegion() {
        assertThat(vouchers.issue(official, program, enterprise, "0", LocalDate.now().minusDays(1)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[*].field", v -> v.assertThat().asList().contains("amount", "validTo"));
        assertThat(api.post(official, VOUCHERS, "{\"programId\": 999999999, \"enterpriseId\": " + enterprise
                + ", \"amount\": 100, \"validTo\": \"" + LocalDate.now().plusDays(9) + "\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[*].field", v -> v.assertThat().asList().contains("programId"));
        long subsidy = vouchers.program(official, "SUBSIDY", JIANGHAI, 2026, "100000.00");
        assertThat(vouchers.issue(official, subsidy, enterprise, "100.00", LocalDate.now().plusDays(9)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.voucher.programKind"));
        long city = vouchers.program(fixtures.officialBearer("440700"), "INNOVATION_VOUCHER", "440700", 2026,
                "100000.00");
        assertThat(vouchers.issue(official, city, enterprise, "100.00", LocalDate.now().plusDays(9)))
                .as("an official of a district issues nothing from the city's program").hasStatus(HttpStatus.NOT_FOUND);
        long pengjiang = fixtures.enterprise(PENGJIANG);
        assertThat(vouchers.issue(fixtures.officialBearer("440700"), program, pengjiang, "100.00",
                LocalDate.now().plusDays(9))).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.voucher.outsideRegion"));
        assertThat(vouchers.issue(official, program, enterprise, "1000000.01", LocalDate.now().plusDays(9)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.program.budgetExceeded"));
        assertThat(vouchers.count("select count(*) from innovation_voucher where program_id in (?, ?, ?)", program,
                subsidy, city)).isZero();
        assertThat(vouchers.issue(clerk, program, enterprise, "100.00", LocalDate.now().plusDays(9)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anExpiredVoucherIsListedAsExpiredAndCannotBeRedeemed() {
        long voucher = vouchers.issued(official, program, enterprise, "10000.00");
        fixtures.jdbc().sql("update innovation_voucher set issued_on = ?, valid_to = ? where id = ?")
                .params(LocalDate.now().minusMonths(13), LocalDate.now().minusDays(2), voucher).update();
        assertThat(vouchers.status(clerk, voucher)).isEqualTo("EXPIRED");
        assertThat(vouchers.redeem(clerk, voucher, "100.00", null)).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.voucher.expired"));
        assertThat(api.get(official, VOUCHERS + "?programId=" + program + "&status=EXPIRED")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content[*].id", v -> v.assertThat().asList().containsExactly((int) voucher));
        assertThat(api.get(official, VOUCHERS + "?programId=" + program + "&status=ISSUED")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content", v -> v.assertThat().asList().isEmpty());
        assertThat(vouchers.count("select count(*) from innovation_voucher_history where voucher_id = ?", voucher))
                .isEqualTo(1);
    }

    @Test
    void aContractRedeemedAgainstMustBeRegisteredAndBoughtByTheVouchersEnterprise() {
        long voucher = vouchers.issued(official, program, enterprise, "60000.00");
        String code = fixtures.creditCodeOf(enterprise);
        long unregistered = VoucherApi.contractBoughtBy(contracts, code, false);
        long ofAnother = VoucherApi.contractBoughtBy(contracts, ApiFixtures.randomCreditCode(JIANGHAI), true);
        long own = VoucherApi.contractBoughtBy(contracts, code, true);

        assertThat(vouchers.redeem(clerk, voucher, "50000.00", 999999999L)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("contractId"));
        assertThat(vouchers.redeem(clerk, voucher, "50000.00", unregistered)).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat()
                        .isEqualTo("error.voucher.contractNotRegistered"));
        assertThat(vouchers.redeem(clerk, voucher, "50000.00", ofAnother)).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat()
                        .isEqualTo("error.voucher.contractNotOfEnterprise"));
        assertThat(vouchers.status(clerk, voucher)).isEqualTo("ISSUED");
        assertThat(vouchers.redeem(clerk, voucher, "50000.00", own)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.contractId", v -> v.assertThat().asNumber()
                        .satisfies(n -> assertThat(n.longValue()).isEqualTo(own)));
    }

    @Test
    void anEnterpriseSeesOnlyItsOwnVouchersAndOfficialsOnlyTheirRegions() {
        long voucher = vouchers.issued(official, program, enterprise, "10000.00");
        long other = fixtures.enterprise(JIANGHAI);
        String otherClerk = fixtures.enterpriseBearer(other);
        long othersVoucher = vouchers.issued(official, program, other, "10000.00");

        assertThat(api.get(otherClerk, VOUCHERS + "/" + voucher)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(vouchers.redeem(otherClerk, voucher, "100.00", null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(clerk, VOUCHERS)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content[*].id", v -> v.assertThat().asList().containsExactly((int) voucher));
        assertThat(api.get(otherClerk, VOUCHERS + "?programId=" + program)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content[*].id", v -> v.assertThat().asList()
                        .containsExactly((int) othersVoucher));
        String pengjiang = fixtures.officialBearer(PENGJIANG);
        assertThat(api.get(pengjiang, VOUCHERS + "/" + voucher)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(vouchers.pay(pengjiang, voucher)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(pengjiang, VOUCHERS + "?programId=" + program)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content", v -> v.assertThat().asList().isEmpty());
        String analyst = fixtures.quickBearer(Role.ANALYST);
        assertThat(api.get(analyst, VOUCHERS + "/" + voucher)).hasStatusOk();
        assertThat(vouchers.redeem(analyst, voucher, "100.00", null)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(vouchers.redeem(clerk, voucher, "100.00", null)).hasStatusOk();
        assertThat(vouchers.pay(clerk, voucher)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(vouchers.status(clerk, voucher)).isEqualTo("REDEEMED");
    }

    @Test
    void theListExportsAsCsvWithTheSameFilters() {
        long voucher = vouchers.issued(official, program, enterprise, "12345.67");
        MvcTestResult csv = api.get(official, VOUCHERS + "?programId=" + program + "&format=csv");
        assertThat(csv).hasStatusOk();
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text).contains("12345.67").contains(String.valueOf(voucher)).contains("ISSUED");
    }
}
