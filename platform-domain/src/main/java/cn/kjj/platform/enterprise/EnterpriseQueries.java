package cn.kjj.platform.enterprise;

import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.audit.RecordChange;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.registry.RegistryQueries;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading enterprises (the shared {@link RegistryQueries}, declared by {@link EnterpriseRegistry})
 * and their certificates within the reader's scope, and the renewal pipeline.
 */
@Service
public class EnterpriseQueries extends RegistryQueries<Enterprise, EnterpriseDetails, EnterpriseView> {

    static final String ENTERPRISE = "enterprise";
    static final String CERTIFICATION = "high_tech_certification";

    /** The fields of an enterprise's and a certificate's recorded states, in the order people read them. */
    public static final List<String> HISTORY_FIELDS = List.of("name", "creditCode", "regionCode", "industry",
            "foundedOn", "employees", "rdStaff", "revenue", "rdExpense", "nature",
            "certificateNo", "kind", "issuedOn", "expiresOn", "revokedOn", "revocationReason");

    private final EnterpriseRepository enterprises;
    private final HighTechCertificationRepository certifications;
    private final EnterpriseAccess access;
    private final Clock clock;
    private final EntityManager entityManager;

    EnterpriseQueries(EnterpriseRegistry registry, EnterpriseRepository enterprises,
                      HighTechCertificationRepository certifications, EnterpriseAccess access, RegionScope scope,
                      AuditTrail trail, Clock clock, EntityManager entityManager) {
        super(registry, enterprises, scope, trail);
        this.enterprises = enterprises;
        this.certifications = certifications;
        this.access = access;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** The id of the enterprise with this credit code, if there is one the reader may see. */
    @Transactional(readOnly = true)
    public Optional<Long> idByCreditCode(AccountPrincipal reader, String creditCode) {
        String code = creditCode == null ? null : creditCode.strip().toUpperCase(Locale.ROOT);
        if (code == null || !CreditCode.isValid(code)) {
            return Optional.empty();
        }
        return enterprises.findByCreditCode(code)
                .filter(e -> access.canRead(reader, e))
                .map(Enterprise::getId);
    }

    /** How many enterprises in the reader's scope match the filter (one count query; dashboards' tiles). */
    @Transactional(readOnly = true)
    public long count(AccountPrincipal reader, EnterpriseFilter filter) {
        return count(reader, filter.toQuery());
    }

    /**
     * The enterprises with a certificate in force today in the reader's scope and {@code region}, by the region code
     * they are registered in (codes without any are left out): what {@link #count} answers for
     * {@code highTech=true}, summed over the codes of a region, for a region and each region below it in one
     * statement that reads the certificates of the region from an index and no enterprise (the dashboards' tiles).
     */
    @Transactional(readOnly = true)
    public Map<String, Long> countHighTechByRegionCode(AccountPrincipal reader, String region) {
        LocalDate today = today();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<HighTechCertification> c = query.from(HighTechCertification.class);
        Expression<String> code = c.get("regionCode");
        query.multiselect(code, cb.countDistinct(c.get("enterpriseId")))
                .where(EnterpriseSpecifications.ofRegion(c, cb, access.scopeOf(reader), regionFilter(region)),
                        EnterpriseSpecifications.inForceOn(c, cb, today))
                .groupBy(code);
        return entityManager.createQuery(query).getResultList().stream()
                .collect(Collectors.toMap(t -> t.get(0, String.class), t -> t.get(1, Long.class)));
    }

    /** The enterprise's certificates, newest first. */
    @Transactional(readOnly = true)
    public List<CertificationView> certifications(AccountPrincipal reader, long enterpriseId) {
        load(reader, enterpriseId);
        return views(certifications.findByEnterpriseIdOrderByIssuedOnDesc(enterpriseId), today());
    }

    @Transactional(readOnly = true)
    public CertificationView certification(AccountPrincipal reader, long enterpriseId, long certificationId) {
        return certifications(reader, enterpriseId).stream()
                .filter(c -> c.id() == certificationId)
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("certification", certificationId));
    }

    /**
     * The renewal pipeline: certificates that end within {@code withinDays} days (default
     * {@value RenewalWindow#DEFAULT_DAYS}) and whose enterprise has no later certificate yet,
     * in the reader's scope, soonest first unless the page says otherwise.
     */
    @Transactional(readOnly = true)
    public Page<ExpiringCertification> expiring(AccountPrincipal reader, String region, Integer withinDays,
                                                Pageable pageable) {
        RenewalWindow window = RenewalWindow.of(withinDays);
        LocalDate today = today();
        Page<HighTechCertification> page = certifications.findAll(EnterpriseSpecifications.expiring(
                access.scopeOf(reader), regionFilter(region), today, window.until(today)), pageable);
        Map<Long, Enterprise> owners = byId(enterprises.findAllById(
                Set.copyOf(page.map(HighTechCertification::getEnterpriseId).getContent())));
        return page.map(c -> {
            Enterprise e = owners.get(c.getEnterpriseId());
            return new ExpiringCertification(c.getId(), c.getCertificateNo(), c.getKind(), c.getIssuedOn(),
                    c.getExpiresOn(), ChronoUnit.DAYS.between(today, c.getExpiresOn()), e.getId(), e.getName(),
                    e.getCreditCode(), e.getRegionCode());
        });
    }

    /** How many rows {@link #expiring} would list in all (one count query; dashboards' tiles). */
    @Transactional(readOnly = true)
    public long countExpiring(AccountPrincipal reader, String region, Integer withinDays) {
        RenewalWindow window = RenewalWindow.of(withinDays);
        LocalDate today = today();
        return certifications.count(EnterpriseSpecifications.expiring(access.scopeOf(reader), regionFilter(region),
                today, window.until(today)));
    }

    /** The changes of the enterprise and of its certificates, oldest first. */
    @Override
    protected List<RecordChange> changes(AuditTrail trail, long id) {
        List<RecordChange> changes = new ArrayList<>(super.changes(trail, id));
        for (HighTechCertification c : certifications.findByEnterpriseIdOrderByIssuedOnDesc(id)) {
            trail.of(CERTIFICATION, c.getId()).forEach(e -> changes.add(RecordChange.of(CERTIFICATION, c.getId(), e)));
        }
        changes.sort(Comparator.comparing(RecordChange::at).thenComparingLong(RecordChange::id));
        return changes;
    }

    /**
     * Refuses a reader who may not see the enterprise, as {@link #get} does (404 or 403): for the
     * features that show their records of an enterprise (its labs, its awards).
     */
    @Transactional(readOnly = true)
    public void checkReadable(AccountPrincipal reader, long id) {
        load(reader, id);
    }

    /** Whether the reader may see the enterprise's change history (for the portal's page). */
    @Transactional(readOnly = true)
    public boolean canReadHistory(AccountPrincipal reader, long id) {
        return access.canReadHistory(reader, load(reader, id));
    }

    static List<CertificationView> views(List<HighTechCertification> all, LocalDate today) {
        return all.stream().map(c -> CertificationView.of(c, today, isRenewed(c, all))).toList();
    }

    static boolean isRenewed(HighTechCertification c, Collection<HighTechCertification> all) {
        return all.stream().anyMatch(o -> !o.isRevoked() && o.getIssuedOn().isAfter(c.getIssuedOn()));
    }

    private Set<String> regionFilter(String region) {
        return scope.filter(region).codesOrNull();
    }

    private static Map<Long, Enterprise> byId(List<Enterprise> list) {
        return list.stream().collect(Collectors.toMap(Enterprise::getId, Function.identity()));
    }

    LocalDate today() {
        return EnterpriseRegistry.today(clock);
    }
}
