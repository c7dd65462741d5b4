package cn.kjj.platform.enterprise;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/** The enterprise list and the renewal pipeline as JPA criteria queries, with the reader's scope. */
final class EnterpriseSpecifications {

    private EnterpriseSpecifications() {
    }

    /** The enterprises the reader sees. */
    static Specification<Enterprise> readable(EnterpriseAccess.Scope scope) {
        return (root, query, cb) -> scope(root.get("id"), root.get("regionCode"), cb, scope);
    }

    /** Enterprises with ({@code true}) or without a certificate in force on {@code today}. */
    static Predicate highTech(Root<?> root, CriteriaQuery<?> query, CriteriaBuilder cb, boolean highTech,
                              LocalDate today) {
        Subquery<Long> inForce = query.subquery(Long.class);
        Root<HighTechCertification> c = inForce.from(HighTechCertification.class);
        inForce.select(c.get("id")).where(cb.equal(c.get("enterpriseId"), root.get("id")), inForceOn(c, cb, today));
        return highTech ? cb.exists(inForce) : cb.not(cb.exists(inForce));
    }

    /**
     * The renewal pipeline: certificates not revoked, whose last day lies in the window, whose
     * enterprise has no later certificate (not revoked) yet.
     */
    static Specification<HighTechCertification> expiring(EnterpriseAccess.Scope scope, Set<String> regionFilter,
                                                         LocalDate today, LocalDate until) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.isNull(root.get("revokedOn")));
            where.add(cb.between(root.get("expiresOn"), today, until));
            where.add(ofRegion(root, cb, scope, regionFilter));
            Subquery<Long> later = query.subquery(Long.class);
            Root<HighTechCertification> o = later.from(HighTechCertification.class);
            later.select(o.get("id")).where(
                    cb.equal(o.get("enterpriseId"), root.get("enterpriseId")),
                    cb.isNull(o.get("revokedOn")),
                    cb.greaterThan(o.get("issuedOn"), root.<LocalDate>get("issuedOn")));
            where.add(cb.not(cb.exists(later)));
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * The certificates of the enterprises the reader sees, registered in the filter's regions (null: any): by the
     * certificate's own region, which the schema keeps equal to its enterprise's (V47), so that a region's
     * certificates are one range of {@code high_tech_certification_region_idx}.
     */
    static Predicate ofRegion(Root<HighTechCertification> root, CriteriaBuilder cb, EnterpriseAccess.Scope scope,
                              Set<String> regionFilter) {
        Predicate seen = scope(root.get("enterpriseId"), root.get("regionCode"), cb, scope);
        return regionFilter == null ? seen : cb.and(seen, root.get("regionCode").in(regionFilter));
    }

    /** In force on {@code day}: issued on or before it, not ended before it, not revoked on or before it. */
    static Predicate inForceOn(Root<HighTechCertification> c, CriteriaBuilder cb, LocalDate day) {
        return cb.and(
                cb.lessThanOrEqualTo(c.get("issuedOn"), day),
                cb.greaterThanOrEqualTo(c.get("expiresOn"), day),
                cb.or(cb.isNull(c.get("revokedOn")), cb.greaterThan(c.get("revokedOn"), day)));
    }

    private static Predicate scope(Expression<Long> id, Expression<String> regionCode, CriteriaBuilder cb,
                                   EnterpriseAccess.Scope scope) {
        if (scope.all()) {
            return cb.conjunction();
        }
        List<Predicate> any = new ArrayList<>();
        if (scope.enterpriseId() != null) {
            any.add(cb.equal(id, scope.enterpriseId()));
        }
        if (!scope.regionCodes().isEmpty()) {
            any.add(regionCode.in(scope.regionCodes()));
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }
}
