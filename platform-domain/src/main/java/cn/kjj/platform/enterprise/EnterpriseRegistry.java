package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionLevel;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionScope.Readers;
import cn.kjj.platform.region.RegionView;
import cn.kjj.platform.registry.ListFilter;
import cn.kjj.platform.registry.ListQuery;
import cn.kjj.platform.registry.Registry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Enterprises as a registry: read by the staff and by an enterprise account (its own), searched by
 * name and credit code, filtered by whether a certificate is in force today. Enterprises are
 * registered in districts; a credit code is registered once (409). Views say whether a certificate
 * is in force today and until when; the history has the certificates' changes too
 * ({@link EnterpriseQueries}).
 */
@Component
class EnterpriseRegistry extends Registry<Enterprise, EnterpriseDetails, EnterpriseView> {

    private final EnterpriseAccess access;
    private final EnterpriseRepository enterprises;
    private final RegionDirectory regions;

    EnterpriseRegistry(EnterpriseAccess access, EnterpriseRepository enterprises,
                       HighTechCertificationRepository certifications, RegionDirectory regions,
                       HighTechThresholds thresholds, Clock clock) {
        super(EnterpriseQueries.ENTERPRISE, Readers.STAFF,
                ListQuery.searching("name", "creditCode")
                        .filter(new ListFilter("highTech", Boolean.class, (root, query, cb, value) ->
                                EnterpriseSpecifications.highTech(root, query, cb, (Boolean) value, today(clock))))
                        .sortable("name", "creditCode", "regionCode", "industry", "foundedOn", "employees",
                                "createdAt"),
                EnterpriseQueries.HISTORY_FIELDS, Enterprise::new,
                (records, editable) -> views(certifications, thresholds, today(clock), records, editable));
        this.access = access;
        this.enterprises = enterprises;
        this.regions = regions;
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ClockConfiguration.BUREAU_ZONE));
    }

    /** The enterprises with, for those with a certificate in force today, its last day (the latest), read at once. */
    private static List<EnterpriseView> views(HighTechCertificationRepository certifications,
                                              HighTechThresholds thresholds, LocalDate today,
                                              List<Enterprise> records, Predicate<Enterprise> editable) {
        Map<Long, LocalDate> until = records.isEmpty() ? Map.of()
                : certifications.findByEnterpriseIdIn(records.stream().map(Enterprise::getId).toList()).stream()
                .filter(c -> c.isInForce(today))
                .collect(Collectors.toMap(HighTechCertification::getEnterpriseId, HighTechCertification::getExpiresOn,
                        (a, b) -> a.isAfter(b) ? a : b));
        return records.stream().map(e -> new EnterpriseView(e.getId(), e.getName(), e.getCreditCode(),
                e.getRegionCode(), e.getIndustry(), e.getFoundedOn(), e.getEmployees(), e.getRdStaff(),
                e.getRevenue(), e.getRdExpense(), until.containsKey(e.getId()), until.get(e.getId()),
                e.getCreatedAt(), e.getUpdatedAt(), e.getVersion(), editable.test(e),
                HighTechCriteria.of(thresholds, e.getEmployees(), e.getRdStaff(), e.getRevenue(), e.getRdExpense()),
                e.getNature())).toList();
    }

    /** A known district (a city's figures are the sum of its districts'), within the actor's region. */
    @Override
    protected void checkRegion(FieldErrors errors, RegionScope scope, AccountPrincipal actor,
                               EnterpriseDetails details) {
        String code = details.regionCode() == null ? null : details.regionCode().strip();
        if (code == null || !EnterpriseDetails.REGION_CODE.matcher(code).matches()) {
            return;
        }
        Optional<RegionView> region = regions.find(code);
        if (region.isEmpty()) {
            errors.add("regionCode", "error.region.unknown", "no such region code");
        } else if (region.get().level() != RegionLevel.DISTRICT) {
            errors.add("regionCode", "error.enterprise.regionNotDistrict",
                    "must be a district (enterprises are registered in districts)");
        } else if (!scope.canWrite(actor, code)) {
            errors.add("regionCode", "error.enterprise.regionOutOfScope", "must lie within your region");
        }
    }

    @Override
    protected void checkConflicts(Enterprise existing, EnterpriseDetails details) {
        if (enterprises.findByCreditCode(details.creditCode())
                .filter(e -> existing == null || !e.getId().equals(existing.getId())).isPresent()) {
            throw duplicate(details.creditCode());
        }
    }

    @Override
    protected RuntimeException conflict(DataIntegrityViolationException e, EnterpriseDetails details) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        return message.contains("enterprise_credit_code_key") ? duplicate(details.creditCode()) : e;
    }

    private static ConflictException duplicate(String creditCode) {
        return new ConflictException("error.enterprise.creditCode.duplicate",
                "an enterprise with credit code " + creditCode + " is already registered", creditCode);
    }

    @Override
    protected boolean canRead(RegionScope scope, AccountPrincipal reader, Enterprise record) {
        return access.canRead(reader, record);
    }

    @Override
    protected Specification<Enterprise> readable(RegionScope scope, AccountPrincipal reader) {
        return EnterpriseSpecifications.readable(access.scopeOf(reader));
    }

    @Override
    protected boolean canReadHistory(RegionScope scope, AccountPrincipal reader, Enterprise record) {
        return access.canReadHistory(reader, record);
    }
}
