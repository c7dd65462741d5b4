package cn.kjj.platform.contract;

import cn.kjj.platform.common.SearchText;
import cn.kjj.platform.enterprise.Enterprise;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/** The contract list's filters and the reader's scope as one JPA criteria query. */
final class ContractSpecifications {

    /** Statuses in which a decision is awaited and the review clock runs. */
    static final Set<ContractStatus> AWAITING = EnumSet.of(ContractStatus.SUBMITTED, ContractStatus.PENDING_SECOND_REVIEW);

    /**
     * What a reader may see: a union over its roles.
     *
     * @param all          an administrator: no restriction
     * @param enterpriseId an enterprise account: its own contracts
     * @param regionCodes  an official: contracts registered in these regions
     * @param published    an analyst: registered and revoked contracts
     */
    record Scope(boolean all, Long enterpriseId, Set<String> regionCodes, boolean published) {
        static Scope everything() {
            return new Scope(true, null, Set.of(), false);
        }
    }

    private ContractSpecifications() {
    }

    /** @param regionFilter the codes of the filter's region and those below it, or null for no region filter */
    static Specification<TechnologyContract> matching(ContractFilter f, Scope scope, Set<String> regionFilter,
                                                      LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(scope(root, cb, scope));
            if (!f.statuses().isEmpty()) {
                where.add(root.get("status").in(f.statuses()));
            }
            if (f.type() != null) {
                where.add(cb.equal(root.get("type"), f.type()));
            }
            if (regionFilter != null) {
                where.add(root.get("sellerRegionCode").in(regionFilter));
            }
            if (f.sellerId() != null) {
                where.add(cb.equal(root.get("sellerId"), f.sellerId()));
            }
            between(where, cb, root.get("signedOn"), f.signedFrom(), f.signedTo());
            between(where, cb, root.get("registeredOn"), f.registeredFrom(), f.registeredTo());
            if (f.overdue() != null) {
                Predicate late = overdue(root, cb, today);
                where.add(f.overdue() ? late : cb.not(late));
            }
            if (f.reasonCode() != null) {
                where.add(cb.equal(root.get("reasonCode"), f.reasonCode()));
            }
            if (f.filerRole() != null) {
                where.add(cb.equal(root.get("filerRole"), f.filerRole()));
            }
            if (f.vatExempt() != null) {
                Predicate exempt = cb.and(cb.equal(root.get("status"), ContractStatus.REGISTERED),
                        root.get("type").in(TaxRelief.VAT_EXEMPT_TYPES));
                where.add(f.vatExempt() ? exempt : cb.not(exempt));
            }
            if (f.q() != null && !f.q().isBlank()) {
                where.add(text(root, query.subquery(Long.class), cb, f.q()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Awaiting a decision past its due date. */
    static Predicate overdue(Root<TechnologyContract> root, CriteriaBuilder cb, LocalDate today) {
        return cb.and(root.get("status").in(AWAITING), cb.lessThan(root.get("dueOn"), today));
    }

    private static Predicate scope(Root<TechnologyContract> root, CriteriaBuilder cb, Scope scope) {
        if (scope.all()) {
            return cb.conjunction();
        }
        List<Predicate> any = new ArrayList<>();
        if (scope.enterpriseId() != null) {
            any.add(cb.equal(root.get("sellerId"), scope.enterpriseId()));
        }
        if (!scope.regionCodes().isEmpty()) {
            any.add(root.get("sellerRegionCode").in(scope.regionCodes()));
        }
        if (scope.published()) {
            any.add(root.get("status").in(ContractAccess.PUBLISHED));
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }

    private static void between(List<Predicate> where, CriteriaBuilder cb,
                                jakarta.persistence.criteria.Path<LocalDate> path, LocalDate from, LocalDate to) {
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(path, from));
        }
        if (to != null) {
            where.add(cb.lessThanOrEqualTo(path, to));
        }
    }

    private static Predicate text(Root<TechnologyContract> root, Subquery<Long> sellers, CriteriaBuilder cb, String q) {
        String pattern = "%" + escape(q.trim().toLowerCase(Locale.ROOT)) + "%";
        Root<Enterprise> e = sellers.from(Enterprise.class);
        sellers.select(e.get("id")).where(cb.like(cb.lower(e.get("name")), pattern, '\\'));
        return cb.or(
                cb.like(cb.lower(root.get("title")), pattern, '\\'),
                cb.like(cb.lower(root.get("buyerName")), pattern, '\\'),
                cb.equal(root.get("registrationNo"), q.trim()),
                root.get("sellerId").in(sellers));
    }

    private static String escape(String text) {
        return SearchText.likeEscaped(text);
    }
}
