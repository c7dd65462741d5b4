package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.contract.ContractApi;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Voucher programs, vouchers and contracts made through the API for the voucher and subsidy tests. */
record VoucherApi(ProgramApplicationApi api, ApiFixtures fixtures) {

    static final String VOUCHERS = "/api/v1/vouchers";
    static final String PROVIDER_CODE = ApiFixtures.randomCreditCode("440703");

    /** A program of {@code kind} in {@code region} for {@code year}. */
    long program(String bearer, String kind, String region, int year, String budget) {
        MvcTestResult created = api.post(bearer, "/api/v1/programs", """
                {"name": "%s", "kind": "%s", "regionCode": "%s", "year": %d, "budget": %s}"""
                .formatted("计划" + UUID.randomUUID().toString().substring(0, 8), kind, region, year, budget));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return ProgramApplicationApi.id(created);
    }

    MvcTestResult issue(String bearer, long program, long enterprise, String amount, LocalDate validTo) {
        return api.post(bearer, VOUCHERS, """
                {"programId": %d, "enterpriseId": %d, "amount": %s, "validTo": "%s"}"""
                .formatted(program, enterprise, amount, validTo));
    }

    long issued(String bearer, long program, long enterprise, String amount) {
        MvcTestResult issued = issue(bearer, program, enterprise, amount, LocalDate.now().plusMonths(6));
        assertThat(issued).hasStatus(HttpStatus.CREATED);
        return ProgramApplicationApi.id(issued);
    }

    MvcTestResult redeem(String bearer, long voucher, String amount, Long contractId) {
        return api.post(bearer, VOUCHERS + "/" + voucher + "/redeem", """
                {"providerName": "江门市检测技术研究院", "providerCreditCode": "%s", "amount": %s, "contractId": %s}"""
                .formatted(PROVIDER_CODE, amount, contractId));
    }

    MvcTestResult pay(String bearer, long voucher) {
        return api.post(bearer, VOUCHERS + "/" + voucher + "/pay", "{}");
    }

    String status(String bearer, long voucher) {
        return ProgramApplicationApi.json(api.get(bearer, VOUCHERS + "/" + voucher), "$.status");
    }

    /** A contract of a new seller whose buyer is {@code buyerCreditCode}, registered when {@code register}. */
    static long contractBoughtBy(ContractApi contracts, String buyerCreditCode, boolean register) {
        ContractApi.Seller seller = contracts.seller();
        Map<String, Object> body = ContractApi.withBuyer(ContractApi.contract("80000.00"), "creditCode",
                buyerCreditCode);
        long id = contracts.filed(seller.bearer(), body);
        if (register) {
            while (!"REGISTERED".equals(contracts.status(contracts.admin(), id))) {
                contracts.stepOk(contracts.official(), id, "register");
            }
        }
        return id;
    }

    /**
     * {@code times} vouchers of {@code amount} from the program issued at the same moment by two officials, each to
     * a new enterprise of Jianghai.
     */
    java.util.List<MvcTestResult> issuedAtOnce(String first, String second, long program, int times, String amount)
            throws Exception {
        java.util.List<Long> enterprises = new java.util.ArrayList<>();
        for (int i = 0; i < times; i++) {
            enterprises.add(fixtures.enterprise(ApiFixtures.JIANGHAI));
        }
        return AtOnce.run(times, i -> {
            String bearer = i % 2 == 0 ? first : second;
            long enterprise = enterprises.get(i);
            return () -> issue(bearer, program, enterprise, amount, LocalDate.now().plusMonths(3));
        });
    }

    long count(String sql, Object... params) {
        return fixtures.jdbc().sql(sql).params(params).query(Long.class).single();
    }
}
