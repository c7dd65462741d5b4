package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Sends requests from as many threads released at the same moment, for the tests of concurrent decisions. */
final class AtOnce {

    private AtOnce() {
    }

    /** Request {@code i} of {@code count}, each in its own thread, all started together; their results in order. */
    static List<MvcTestResult> run(int count, IntFunction<Callable<MvcTestResult>> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<MvcTestResult> results = new ArrayList<>();
        try {
            List<Future<MvcTestResult>> outcomes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<MvcTestResult> call = request.apply(i);
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all threads ready").isTrue();
            start.countDown();
            for (Future<MvcTestResult> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }
}
