package cn.kjj.platform.sme;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionScope.Readers;
import cn.kjj.platform.registry.ListQuery;
import cn.kjj.platform.registry.Registry;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;

/**
 * Technology SMEs as a registry: read by the staff, kept in the enterprise's district, searched by
 * registration number, filtered by year. One registration per enterprise and year, and a number
 * once a year (409 otherwise).
 */
final class TechSmeRegistry extends Registry<TechSme, TechSmeDetails, TechSmeView> {

    private final EnterpriseReferences enterprises;
    private final TechSmeRepository smes;

    TechSmeRegistry(EnterpriseReferences enterprises, TechSmeRepository smes) {
        super("techSme", Readers.STAFF,
                ListQuery.searching("registrationNo").filter("year", Integer.class)
                        .sortable("year", "registrationNo", "score", "regionCode")
                        .sortedBy(Sort.by(Sort.Order.desc("year"), Sort.Order.asc("registrationNo")))
                        .embedding(TechSmeDetails.class),
                List.of("enterpriseId", "year", "registrationNo", "score", "regionCode"),
                TechSme::new, (records, editable) -> views(enterprises, records, editable));
        this.enterprises = enterprises;
        this.smes = smes;
    }

    static List<TechSmeView> views(EnterpriseReferences enterprises, List<TechSme> records,
                                   Predicate<TechSme> editable) {
        Map<Long, EnterpriseReferences.Reference> named = enterprises.byId(
                records.stream().map(s -> s.getDetails().enterpriseId()).toList());
        return records.stream().map(s -> TechSmeView.of(s, named.get(s.getDetails().enterpriseId()), editable.test(s)))
                .toList();
    }

    /** The enterprise decides the region: it must be one the actor keeps records of. */
    @Override
    protected void checkRegion(FieldErrors errors, RegionScope scope, AccountPrincipal actor, TechSmeDetails details) {
        // the enterprise's own check below covers it, without revealing an enterprise of another region
    }

    @Override
    protected void check(FieldErrors errors, AccountPrincipal actor, TechSmeDetails details) {
        enterprises.usable(errors, "enterpriseId", actor, details.enterpriseId());
    }

    @Override
    protected void checkConflicts(TechSme existing, TechSmeDetails details) {
        Predicate<TechSme> other = s -> existing == null || !s.getId().equals(existing.getId());
        if (smes.findOf(details.enterpriseId(), details.year()).stream().anyMatch(other)) {
            throw duplicateYear(details);
        }
        if (smes.findByNumber(details.year(), details.registrationNo()).stream().anyMatch(other)) {
            throw duplicateNumber(details);
        }
    }

    @Override
    protected RuntimeException conflict(DataIntegrityViolationException e, TechSmeDetails details) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        return message.contains("tech_sme_enterprise_year_key") ? duplicateYear(details)
                : message.contains("tech_sme_registration_no_key") ? duplicateNumber(details) : e;
    }

    private static ConflictException duplicateYear(TechSmeDetails d) {
        return new ConflictException("error.techSme.duplicate",
                "enterprise " + d.enterpriseId() + " is already a technology SME of " + d.year(), d.year());
    }

    private static ConflictException duplicateNumber(TechSmeDetails d) {
        return new ConflictException("error.techSme.numberTaken",
                "registration number " + d.registrationNo() + " is already held in " + d.year(), d.registrationNo());
    }
}
