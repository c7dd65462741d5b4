package cn.kjj.platform.contract;

import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading contracts: one with its history, or lists and queues within the reader's scope. */
@Service
public class ContractQueries {

    private final TechnologyContractRepository contracts;
    private final ContractHistoryRepository history;
    private final ContractAttachmentRepository attachments;
    private final EnterpriseRepository enterprises;
    private final ContractAccess access;
    private final RegionScope regions;
    private final Clock clock;
    private final EntityManager entityManager;

    ContractQueries(TechnologyContractRepository contracts, ContractHistoryRepository history,
                    ContractAttachmentRepository attachments, EnterpriseRepository enterprises,
                    ContractAccess access, RegionScope regions, Clock clock, EntityManager entityManager) {
        this.contracts = contracts;
        this.history = history;
        this.attachments = attachments;
        this.enterprises = enterprises;
        this.access = access;
        this.regions = regions;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public ContractView get(AccountPrincipal reader, long id) {
        TechnologyContract contract = contracts.findById(id).orElseThrow(() -> NotFoundException.of("contract", id));
        return view(reader, access.requireReadable(reader, contract));
    }

    /** Contracts in the reader's scope that match the filter, in the page's order. */
    @Transactional(readOnly = true)
    public Page<ContractSummary> search(AccountPrincipal reader, ContractFilter filter, Pageable pageable) {
        Set<String> regionFilter = regions.filter(filter.region()).codesOrNull();
        LocalDate today = today();
        Page<TechnologyContract> page = contracts.findAll(
                ContractSpecifications.matching(filter, scopeOf(reader), regionFilter, today), pageable);
        Map<Long, Enterprise> sellers = sellers(page.stream().map(TechnologyContract::getSellerId).toList());
        Map<Long, String> reasons = latestReasons(page.stream().map(TechnologyContract::getId).toList());
        return page.map(c -> summary(c, sellers.get(c.getSellerId()), reasons.get(c.getId()), today));
    }

    /** How many contracts in the reader's scope match the filter (one count query; dashboards' tiles). */
    @Transactional(readOnly = true)
    public long count(AccountPrincipal reader, ContractFilter filter) {
        Set<String> regionFilter = regions.filter(filter.region()).codesOrNull();
        return contracts.count(ContractSpecifications.matching(filter, scopeOf(reader), regionFilter, today()));
    }

    /**
     * {@link #count} of the filter and, of those, how many are overdue (awaiting a decision past their due date), in
     * one statement: the dashboard's review-queue and overdue tiles.
     */
    @Transactional(readOnly = true)
    public QueueCounts countWithOverdue(AccountPrincipal reader, ContractFilter filter) {
        Set<String> regionFilter = regions.filter(filter.region()).codesOrNull();
        LocalDate today = today();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<TechnologyContract> root = query.from(TechnologyContract.class);
        Predicate where = ContractSpecifications.matching(filter, scopeOf(reader), regionFilter, today)
                .toPredicate(root, query, cb);
        Expression<Long> late = cb.<Long>selectCase()
                .when(ContractSpecifications.overdue(root, cb, today), 1L).otherwise(0L);
        query.multiselect(cb.count(root), cb.sum(late));
        if (where != null) {
            query.where(where);
        }
        Tuple counts = entityManager.createQuery(query).getSingleResult();
        Long overdue = counts.get(1, Long.class);
        return new QueueCounts(counts.get(0, Long.class), overdue == null ? 0 : overdue);
    }

    /** How many contracts a filter matches, and how many of them are overdue. */
    public record QueueCounts(long all, long overdue) {
    }

    ContractView view(AccountPrincipal reader, TechnologyContract c) {
        boolean insider = access.canSeeAttachments(reader, c);
        return view(reader, c, history.findByContractIdOrderByAtAscIdAsc(c.getId()),
                insider ? attachments.findByContractIdOrderByUploadedAtAscIdAsc(c.getId()) : List.of());
    }

    /** A contract filed in this transaction: its steps are the ones just written, and it has no attachments yet. */
    ContractView viewOfNew(AccountPrincipal reader, TechnologyContract c, List<ContractHistoryEntry> steps) {
        return view(reader, c, steps, List.of());
    }

    private ContractView view(AccountPrincipal reader, TechnologyContract c, List<ContractHistoryEntry> entries,
                              List<ContractAttachment> attached) {
        Enterprise seller = enterprises.findById(c.getSellerId()).orElse(null);
        boolean insider = access.canSeeAttachments(reader, c);
        // who acted is personal data: readers outside the case (analysts) see the steps without names
        List<ContractView.HistoryView> steps = entries.stream().map(e -> ContractView.HistoryView.of(e, insider))
                .toList();
        List<ContractView.AttachmentView> files = attached.stream().map(ContractView.AttachmentView::of).toList();
        return new ContractView(c.getId(), c.getTitle(), c.getType(), c.getSubtype(), c.getTechnologyField(),
                c.getBuyer(), c.getSignedOn(), c.getValidFrom(), c.getValidTo(), c.getContractAmount(),
                c.getTechTransactionAmount(), c.getStatus(), c.getRegistrationNo(), c.getRegisteredOn(),
                c.getSellerId(), seller == null ? null : seller.getName(), c.getSellerRegionCode(), c.getSubmittedAt(),
                c.getDueOn(), c.isOverdue(today()), c.needsTwoOfficials(), c.getVersion(), steps, files,
                access.availableActions(reader, c), c.getDeclaredTechTransactionAmount(), c.getDetails().ipType(),
                c.getDetails().planSource(), c.getDetails().paymentMethod(), c.getReasonCode(), relief(c, seller),
                c.getRuleProfile(), c.getFilerRole(), c.getAbroadSeller());
    }

    private ContractSummary summary(TechnologyContract c, Enterprise seller, String latestReason, LocalDate today) {
        return new ContractSummary(c.getId(), c.getTitle(), c.getType(), c.getSubtype(), c.getTechnologyField(),
                c.getBuyer().name(), c.getSignedOn(), c.getContractAmount(), c.getTechTransactionAmount(),
                c.getStatus(), c.getRegistrationNo(), c.getRegisteredOn(), c.getSellerId(),
                seller == null ? null : seller.getName(), c.getSellerRegionCode(), c.getSubmittedAt(), c.getDueOn(),
                c.isOverdue(today), c.needsTwoOfficials(), c.getVersion(), latestReason,
                c.getDeclaredTechTransactionAmount(), c.getDetails().ipType(), c.getReasonCode(), relief(c, seller));
    }

    private static TaxRelief relief(TechnologyContract c, Enterprise seller) {
        // registered by its buyer, the seller is abroad: no relief of a resident seller (decision 0036)
        return TaxRelief.of(c, seller == null || c.getFilerRole() == FilerRole.BUYER ? null : seller.getNature());
    }

    /**
     * How many contracts in the reader's scope match the filter (its own ground aside), for each
     * ground of return or refusal, in one grouped query; every ground is in the map, 0 where none.
     */
    @Transactional(readOnly = true)
    public Map<RefusalReason, Long> countByGround(AccountPrincipal reader, ContractFilter filter) {
        Set<String> regionFilter = regions.filter(filter.region()).codesOrNull();
        Specification<TechnologyContract> matching = ContractSpecifications.matching(filter.withReasonCode(null),
                scopeOf(reader), regionFilter, today());
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<TechnologyContract> root = query.from(TechnologyContract.class);
        Path<RefusalReason> ground = root.get("reasonCode");
        Predicate where = matching.toPredicate(root, query, cb);
        query.multiselect(ground, cb.count(root))
                .where(where == null ? cb.isNotNull(ground) : cb.and(where, cb.isNotNull(ground)))
                .groupBy(ground);
        Map<RefusalReason, Long> counts = new EnumMap<>(RefusalReason.class);
        for (RefusalReason each : RefusalReason.values()) {
            counts.put(each, 0L);
        }
        entityManager.createQuery(query).getResultList()
                .forEach(row -> counts.put(row.get(0, RefusalReason.class), row.get(1, Long.class)));
        return counts;
    }

    private ContractSpecifications.Scope scopeOf(AccountPrincipal reader) {
        if (reader.has(Role.ADMIN)) {
            return ContractSpecifications.Scope.everything();
        }
        Set<String> regionCodes = regions.own(reader).codes();
        Long enterpriseId = reader.has(Role.ENTERPRISE) ? reader.enterpriseId() : null;
        return new ContractSpecifications.Scope(false, enterpriseId, regionCodes, reader.has(Role.ANALYST));
    }

    private Map<Long, Enterprise> sellers(Collection<Long> ids) {
        return enterprises.findAllById(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(Enterprise::getId, e -> e, (a, b) -> a));
    }

    /** The latest reason of each of the page's contracts, in one query (the reason is not personal data). */
    private Map<Long, String> latestReasons(Collection<Long> contractIds) {
        if (contractIds.isEmpty()) {
            return Map.of();
        }
        return history.findLatestReasons(Set.copyOf(contractIds)).stream()
                .collect(Collectors.toMap(ContractReason::contractId, ContractReason::reason, (a, b) -> a));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReviewClock.ZONE));
    }
}
