package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractApi.contract;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi.Seller;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Officials registering at the same moment: registration numbers stay unique and consecutive
 * per region and year, and of several steps racing on one contract exactly one wins. Real
 * threads send real requests, released together by a start gate.
 */
@ApiTest
class ContractConcurrencyTest {

    /** Kaiping: no other test registers there, so its counter moves only here. */
    private static final String KAIPING = "440783";
    private static final int THREADS = 8;
    private static final int PER_THREAD = 100;

    @Autowired
    ContractApi api;

    @Test
    void eightOfficialsRegisteringEightHundredContractsAtOnceGetConsecutiveUniqueNumbers() throws Exception {
        Seller seller = api.seller(KAIPING);
        List<Long> ids = submittedContracts(seller, THREADS * PER_THREAD);
        int year = ContractApi.today().getYear();
        int before = lastSerial(KAIPING, year);

        List<Callable<List<Integer>>> officials = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String official = api.official(KAIPING);
            List<Long> mine = ids.subList(t * PER_THREAD, (t + 1) * PER_THREAD);
            officials.add(() -> mine.stream().map(id -> api.step(official, id, "register").getResponse().getStatus())
                    .toList());
        }
        List<Integer> statuses = race(officials).stream().flatMap(List::stream).toList();

        assertThat(statuses).hasSize(THREADS * PER_THREAD).containsOnly(200);
        List<String> numbers = api.fixtures().jdbc()
                .sql("select registration_no from technology_contract where seller_id = ? order by registration_no")
                .param(seller.id()).query(String.class).list();
        assertThat(numbers).hasSize(THREADS * PER_THREAD).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).startsWith(year + KAIPING));
        assertThat(numbers.stream().map(n -> Integer.parseInt(n.substring(10))).toList())
                .containsExactlyElementsOf(IntStream.rangeClosed(before + 1, before + THREADS * PER_THREAD).boxed().toList());
        assertThat(lastSerial(KAIPING, year)).isEqualTo(before + THREADS * PER_THREAD);
        assertThat(api.count("""
                select count(*) from contract_history h join technology_contract c on c.id = h.contract_id
                where c.seller_id = ? and h.to_status = 'REGISTERED'""", seller.id()))
                .isEqualTo(THREADS * PER_THREAD);
    }

    @Test
    void ofTenOfficialsRegisteringOneContractAtOnceExactlyOneWins() throws Exception {
        Seller seller = api.seller(KAIPING);
        long id = api.filed(seller.bearer(), contract());
        int year = ContractApi.today().getYear();
        int before = lastSerial(KAIPING, year);

        List<Integer> statuses = raceOn(id, "register", 10);

        assertThat(statuses).containsOnlyOnce(200);
        assertThat(statuses.stream().filter(s -> s != 200)).allSatisfy(s -> assertThat(s).isIn(409, 412));
        assertThat(api.count("select count(*) from contract_history where contract_id = ? and to_status = 'REGISTERED'",
                id)).isEqualTo(1);
        assertThat(lastSerial(KAIPING, year)).isEqualTo(before + 1);
        assertThat(api.read(seller.bearer(), id).get("registrationNo").asString())
                .isEqualTo(String.format("%d%s%06d", year, KAIPING, before + 1));
    }

    @Test
    void ofTenOfficialsReviewingALargeContractAtOnceOneIsFirstAndAtMostOneOtherSecond() throws Exception {
        Seller seller = api.seller(KAIPING);
        long id = api.filed(seller.bearer(), contract("8000000.00"));

        List<Integer> statuses = raceOn(id, "register", 10);

        // a request that starts after the first review has committed may complete the second
        List<String> reviews = api.fixtures().jdbc().sql("""
                        select from_status || '>' || to_status || ' by ' || actor_id from contract_history
                        where contract_id = ? and from_status in ('SUBMITTED', 'PENDING_SECOND_REVIEW') order by id""")
                .param(id).query(String.class).list();
        assertThat(reviews).hasSizeBetween(1, 2);
        assertThat(reviews.get(0)).startsWith("SUBMITTED>PENDING_SECOND_REVIEW by ");
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(reviews.size());
        assertThat(statuses.stream().filter(s -> s != 200)).allSatisfy(s -> assertThat(s).isIn(409, 412));
        if (reviews.size() == 2) {
            assertThat(reviews.get(1)).startsWith("PENDING_SECOND_REVIEW>REGISTERED by ")
                    .doesNotEndWith(reviews.get(0).substring(reviews.get(0).lastIndexOf(' ')));
            assertThat(api.status(seller.bearer(), id)).isEqualTo("REGISTERED");
        } else {
            assertThat(api.status(seller.bearer(), id)).isEqualTo("PENDING_SECOND_REVIEW");
        }
    }

    @Test
    void aReturnRacingARegistrationLeavesOneDecisionOnly() throws Exception {
        Seller seller = api.seller(KAIPING);
        long id = api.filed(seller.bearer(), contract());
        String registering = api.official(KAIPING);
        String returning = api.official(KAIPING);

        List<Integer> statuses = race(List.of(
                () -> api.step(registering, id, "register").getResponse().getStatus(),
                () -> api.step(returning, id, "return", "材料不全").getResponse().getStatus()));

        assertThat(statuses).containsOnlyOnce(200);
        assertThat(api.status(seller.bearer(), id)).isIn("REGISTERED", "RETURNED");
        assertThat(api.count("select count(*) from contract_history where contract_id = ?", id)).isEqualTo(3);
    }

    /** {@code count} new officials of Kaiping take {@code step} on one contract at the same moment. */
    private List<Integer> raceOn(long id, String step, int count) throws Exception {
        List<Callable<Integer>> officials = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String official = api.official(KAIPING);
            officials.add(() -> {
                MvcTestResult result = api.step(official, id, step);
                return result.getResponse().getStatus();
            });
        }
        return race(officials);
    }

    /** Runs every task on its own thread, all released at once; waits at most a minute. */
    private static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch ready = new CountDownLatch(tasks.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).as("all threads ready").isTrue();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Submitted contracts of {@code seller}, written straight to the table: the test is about registering. */
    private List<Long> submittedContracts(Seller seller, int count) {
        String buyer = ApiFixtures.randomCreditCode(ContractApi.BUYER_REGION);
        LocalDate today = ContractApi.today();
        return api.fixtures().jdbc().sql("""
                        insert into technology_contract (title, type, subtype, technology_field, seller_id,
                            seller_region_code, buyer_name, buyer_credit_code, buyer_region_code, buyer_country,
                            signed_on, valid_from, valid_to, contract_amount, tech_transaction_amount, status,
                            submitted_at, due_on)
                        select '并发登记合同 ' || n, 'TECHNICAL_SERVICE', 'GENERAL', 'ADVANCED_MANUFACTURING', ?, ?,
                            '广州测试买方', ?, ?, 'CN', date '2023-01-10', date '2023-01-10', date '2025-12-31',
                            10000 + n, 10000 + n, 'SUBMITTED', now(), ?
                        from generate_series(1, ?) as n
                        returning id""")
                .params(seller.id(), KAIPING, buyer, ContractApi.BUYER_REGION, today.plusDays(21), count)
                .query(Long.class).list();
    }

    private int lastSerial(String region, int year) {
        return api.fixtures().jdbc()
                .sql("select coalesce(max(last_serial), 0) from registration_counter where region_code = ? and year = ?")
                .params(region, year).query(Integer.class).single();
    }
}
