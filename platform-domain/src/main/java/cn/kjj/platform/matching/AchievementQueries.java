package cn.kjj.platform.matching;

import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.common.CappedPage;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.registry.RegistryQueries;
import cn.kjj.platform.registry.RegistryQuery;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading achievements (the shared {@link RegistryQueries}); a search text is looked up by its words
 * ({@link WordSearch}), ranked best first (a sort asked for does not apply), within the reader's
 * regions and the list's filters; a page of a search with very many hits is a {@link CappedPage}
 * (decision 0049).
 */
@Service
public class AchievementQueries extends RegistryQueries<Achievement, AchievementDetails, AchievementView> {

    private final WordSearch words;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;

    AchievementQueries(AchievementRepository achievements, RegionScope scope, AuditTrail trail, WordSearch words,
                       EntityManager entityManager, PlatformTransactionManager transactions) {
        super(AchievementService.REGISTRY, achievements, scope, trail);
        this.words = words;
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The registry's list, or with a search text the word search's page: one statement, so without a
     * transaction of its own (no Hibernate session opened and closed: a tenth of a search's time in the JVM;
     * decision 0059). {@code SUPPORTS} overrides the inherited {@code @Transactional}.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Page<AchievementView> search(AccountPrincipal reader, RegistryQuery query, Pageable pageable) {
        if (query.q() == null || query.q().isBlank()) {
            return readOnly.execute(status -> super.search(reader, query, pageable));
        }
        Page<AchievementView> found = words.achievements(ChineseWords.of(query.q()),
                scope.readable(reader, registry.readers()).and(scope.filter(query.region())), query.equal(), pageable);
        return CappedPage.of(found, found.getContent().stream()
                .map(a -> a.editable(scope.canWrite(reader, a.regionCode()))).toList());
    }

    /**
     * The achievements of these ids as the reader sees them, in the ids' order (a demand's matches). Loaded by
     * Hibernate's multiple-id loader (one statement, {@code id = any(?)}, its plan kept), not the repository's
     * {@code findAllById}, whose criteria query is translated to SQL again on every call (decision 0049); the
     * word search reads its page's rows in its own statement instead (decision 0059).
     */
    List<AchievementView> views(AccountPrincipal reader, List<Long> ids) {
        return entityManager.unwrap(Session.class).findMultiple(Achievement.class, ids).stream()
                .filter(Objects::nonNull)
                .map(a -> AchievementView.of(a, scope.canWrite(reader, a.getRegionCode()))).toList();
    }
}
