package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractApi.contract;
import static cn.kjj.platform.contract.ContractApi.json;
import static cn.kjj.platform.contract.ContractApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi.Seller;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** An {@code Idempotency-Key} makes a retried POST return the first result instead of a second contract. */
@ApiTest
class ContractIdempotencyTest {

    @Autowired
    ContractApi api;

    @Test
    void theSamePostTwiceWithOneKeyFilesOneContract() {
        Seller seller = api.seller();
        Map<String, Object> body = contract();
        String key = UUID.randomUUID().toString();

        MvcTestResult first = post(seller.bearer(), key, body);
        MvcTestResult retry = post(seller.bearer(), key, body);

        assertThat(first).hasStatus(HttpStatus.CREATED);
        assertThat(first.getResponse().getHeader("Idempotent-Replayed")).isNull();
        assertThat(retry).hasStatusOk().hasHeader("Idempotent-Replayed", "true")
                .hasHeader(HttpHeaders.LOCATION, ContractApi.CONTRACTS + "/" + ContractApi.id(first));
        assertThat(ContractApi.id(retry)).isEqualTo(ContractApi.id(first));
        assertThat(json(retry).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(contractsOf(seller)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsA409() {
        Seller seller = api.seller();
        String key = UUID.randomUUID().toString();
        assertThat(post(seller.bearer(), key, contract())).hasStatus(HttpStatus.CREATED);

        assertThat(post(seller.bearer(), key, contract()))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.idempotency.keyReused"));
        assertThat(contractsOf(seller)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirAccount() {
        Seller seller = api.seller();
        String colleague = api.fixtures().enterpriseBearer(seller.id());
        String key = UUID.randomUUID().toString();

        assertThat(post(seller.bearer(), key, contract())).hasStatus(HttpStatus.CREATED);
        assertThat(post(colleague, key, contract())).hasStatus(HttpStatus.CREATED);
        assertThat(contractsOf(seller)).isEqualTo(2);
    }

    @Test
    void withoutAKeyARetryIsADuplicate() {
        Seller seller = api.seller();
        Map<String, Object> body = contract();

        assertThat(api.file(seller.bearer(), body)).hasStatus(HttpStatus.CREATED);
        assertThat(api.file(seller.bearer(), body)).hasStatus(HttpStatus.CONFLICT);
        assertThat(contractsOf(seller)).isEqualTo(1);
    }

    @Test
    void aKeyOfMoreThanAHundredCharactersIsA400() {
        Seller seller = api.seller();

        assertThat(post(seller.bearer(), "k".repeat(101), contract())).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("Idempotency-Key"));
        assertThat(contractsOf(seller)).isZero();
    }

    @Test
    void concurrentPostsWithTheSameKeyFileOneContract() throws Exception {
        for (Map<String, Object> body : List.of(contract(), with(with(contract(), "buyer",
                Map.of("name", "Fraunhofer-Gesellschaft", "country", "DE")), "title", "国外买方的合同"))) {
            Seller seller = api.seller();
            String key = UUID.randomUUID().toString();
            int threads = 6;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<MvcTestResult>> posts = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    posts.add(pool.submit(() -> {
                        start.await();
                        return post(seller.bearer(), key, body);
                    }));
                }
                start.countDown();
                List<MvcTestResult> results = new ArrayList<>();
                for (Future<MvcTestResult> post : posts) {
                    results.add(post.get(30, TimeUnit.SECONDS));
                }

                assertThat(results.stream().map(r -> r.getResponse().getStatus()))
                        .containsOnlyOnce(201).containsOnly(201, 200);
                assertThat(results.stream().map(ContractApi::id).distinct()).hasSize(1);
                assertThat(contractsOf(seller)).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private MvcTestResult post(String bearer, String key, Map<String, Object> body) {
        return api.mvc().post().uri(ContractApi.CONTRACTS).header(HttpHeaders.AUTHORIZATION, bearer)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(ContractApi.json(body)).exchange();
    }

    private long contractsOf(Seller seller) {
        return api.count("select count(*) from technology_contract where seller_id = ?", seller.id());
    }
}
