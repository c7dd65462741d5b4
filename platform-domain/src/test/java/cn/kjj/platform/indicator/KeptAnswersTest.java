package cn.kjj.platform.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Kept answers (decisions 0057, 0069): after the generation moves, the clients of a dashboard or a report that all
 * ask again at once get one computation's answer instead of each waiting for a computation of its own; a
 * computation that fails or is not to be kept leaves each of them to compute its own; and nothing computed in one
 * generation answers in the next.
 */
class KeptAnswersTest {

    private static final int CLIENTS = 8;

    private final KeptAnswers<String> answers = KeptAnswers.counted(100);

    /**
     * CLIENTS callers asking the same key in {@code generation} at once: the computations are held until {@code
     * computing} of them have started and every other caller waits for one of them. Their answers, or "failed: " and
     * the message of what their call threw.
     */
    private List<String> askTogether(long generation, int computing,
                                     KeptAnswers.Computation<String, RuntimeException> computation) throws Exception {
        List<Thread> clients = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS, task -> {
            Thread client = new Thread(task);
            clients.add(client);
            return client;
        });
        try {
            AtomicInteger started = new AtomicInteger();
            CountDownLatch release = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                futures.add(pool.submit(() -> answers.obtain("turnover?region=440703", generation, () -> {
                    started.incrementAndGet();
                    release.await();
                    return computation.compute();
                })));
            }
            // the callers that do not compute wait for another's answer (a timed wait: KeptAnswers.WAIT_SECONDS)
            await().atMost(Duration.ofSeconds(20)).until(() -> started.get() == computing
                    && clients.stream().filter(c -> c.getState() == Thread.State.TIMED_WAITING).count()
                    == CLIENTS - computing);
            release.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : futures) {
                try {
                    results.add(f.get(30, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    results.add("failed: " + e.getCause().getMessage());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void clientsAskingTheSameAnswerAtOnceShareOneComputationAndTheNextReadIsKept() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        List<String> results = askTogether(7, 1, () -> "1,234.56 万元 #" + computed.incrementAndGet());

        assertThat(computed).hasValue(1);
        assertThat(results).hasSize(CLIENTS).containsOnly("1,234.56 万元 #1");
        assertThat(answers.obtain("turnover?region=440703", 7, () -> "computed again")).isEqualTo("1,234.56 万元 #1");
        // a write moved the generation: computed anew
        assertThat(answers.obtain("turnover?region=440703", 8, () -> "after the write")).isEqualTo("after the write");
    }

    @Test
    void aComputationThatFailsOrIsNotKeptLeavesEveryWaitingClientToComputeItsOwn() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        List<String> results = askTogether(7, 1, () -> {
            int n = computed.incrementAndGet();
            if (n == 1) {
                throw new IllegalStateException("the database went away");
            }
            return "own " + n;
        });
        // the failure reached its own client only; each of the others ran its own computation after it
        assertThat(results).hasSize(CLIENTS).doesNotHaveDuplicates()
                .containsOnlyOnce("failed: the database went away")
                .filteredOn(r -> r.startsWith("own ")).hasSize(CLIENTS - 1);
        assertThat(computed).hasValue(CLIENTS);

        AtomicInteger unkept = new AtomicInteger();
        KeptAnswers<String> other = KeptAnswers.counted(100);
        assertThat(other.obtain("csv", 3, () -> {
            unkept.incrementAndGet();
            return null;
        })).isNull();
        assertThat(other.obtain("csv", 3, () -> "computed again")).isEqualTo("computed again");
        assertThat(unkept).hasValue(1);
    }

    @Test
    void aScanOfAddressesEachAskedOnceLeavesTheAnswersAskedOverAndOverKept() {
        KeptAnswers<String> bytes = new KeptAnswers<>(100, 1_000_000, String::length);
        AtomicInteger dashboards = new AtomicInteger();
        // a report client asks two thousand addresses once each, twenty times the bound, while a dashboard is
        // refreshed after every twenty of them
        for (int i = 0; i < 2000; i++) {
            String address = "turnover?region=" + i;
            assertThat(bytes.obtain(address, 5, () -> "answer of " + address)).isEqualTo("answer of " + address);
            if (i % 20 == 0) {
                assertThat(bytes.obtain("dashboard|440703", 5, () -> "figures " + dashboards.incrementAndGet()))
                        .startsWith("figures ");
            }
        }
        // a map that started over at its bound would have computed it about twenty times
        assertThat(dashboards).hasValueLessThanOrEqualTo(2);
        assertThat(bytes.get("dashboard|440703", 5)).isNotNull();
        long keptOfTheScan = IntStream.range(0, 2000).filter(i -> bytes.get("turnover?region=" + i, 5) != null).count();
        assertThat(keptOfTheScan).isLessThanOrEqualTo(100);
    }

    @Test
    void anAnswerComputedBeforeAWriteDoesNotReplaceOneComputedAfterIt() {
        answers.put("k", 9, "after the write");
        answers.put("k", 8, "before the write, finished late");
        assertThat(answers.get("k", 9)).isEqualTo("after the write");
    }

    @Test
    void theFailureReachesTheClientWhoseComputationFailed() {
        assertThatThrownBy(() -> answers.obtain("k", 1, () -> {
            throw new IllegalStateException("timeout");
        })).hasMessage("timeout");
        assertThat(answers.obtain("k", 1, () -> "fine")).isEqualTo("fine");
    }

    @Test
    void withoutAGenerationEveryCallerComputesAndNothingIsKept() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        askTogether(DataGeneration.NONE, CLIENTS, () -> "answer " + computed.incrementAndGet());
        assertThat(computed).hasValue(CLIENTS);
        assertThat(answers.get("turnover?region=440703", DataGeneration.NONE)).isNull();
    }
}
