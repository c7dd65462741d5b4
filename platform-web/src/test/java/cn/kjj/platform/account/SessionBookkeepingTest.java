package cn.kjj.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.indicator.DataGeneration;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session saves a portal session on every portal request, in a transaction of its own: bookkeeping, which
 * must leave the indicator cache's generation where it was (decision 0057), or any official browsing the portal
 * would empty every node's cache on every click. A data write still moves it.
 */
@PortalTest
class SessionBookkeepingTest {

    @Autowired
    SessionRepository<? extends Session> sessions;
    @Autowired
    DataGeneration generation;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void savingAPortalSessionLeavesTheGenerationWhereItWasAndADataCommitMovesIt() {
        await().atMost(Duration.ofSeconds(10)).until(generation::listening);
        long[] before = {DataGeneration.NONE};
        // tried again when the generation moved meanwhile for another reason (a late notice of an earlier test's
        // write); a session save that moved it would move it on every try, and the wait would fail
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            before[0] = generation.current();
            assertThat(before[0]).isNotEqualTo(DataGeneration.NONE);

            saveAndDelete(sessions);

            return generation.current() == before[0];
        });
        new TransactionTemplate(transactions).executeWithoutResult(status -> { });
        assertThat(generation.current()).isGreaterThan(before[0]);
    }

    /** What Spring Session does on a portal request: a session saved (in the JDBC repository's transaction). */
    private static <S extends Session> void saveAndDelete(SessionRepository<S> repository) {
        S session = repository.createSession();
        session.setAttribute("bookkeeping", "test");
        repository.save(session);
        repository.deleteById(session.getId());
    }
}
