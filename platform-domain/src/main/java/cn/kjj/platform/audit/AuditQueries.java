package cn.kjj.platform.audit;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionScope;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail for its readers: an administrator sees every event; an official the events of
 * records in its region and the regions below (the region an event was recorded with), never
 * events without a region (accounts without one, tokens, ...). Nobody else reads it.
 */
@Service
public class AuditQueries {

    public static final Set<String> SORTABLE = Set.of("seq", "at", "actor", "entityType");

    private final AuditEvents events;
    private final RegionScope regions;

    AuditQueries(AuditEvents events, RegionScope regions) {
        this.events = events;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AccountPrincipal reader, AuditFilter filter, Pageable pageable) {
        return events.search(scoped(reader, filter), pageable);
    }

    /**
     * Checks the whole chain: administrators only. No transaction here: the check seals what is
     * pending (a write) and then walks the chain in a read-only snapshot of its own (decision 0024).
     */
    public AuditChainCheck verify(AccountPrincipal reader) {
        if (reader == null || !reader.has(Role.ADMIN)) {
            throw new AccessDeniedToRecordException("error.access.denied", "the chain check is for administrators");
        }
        return events.verify();
    }

    private AuditFilter scoped(AccountPrincipal reader, AuditFilter filter) {
        if (reader != null && reader.has(Role.ADMIN)) {
            return filter;
        }
        if (reader != null && reader.has(Role.OFFICIAL) && reader.regionCode() != null) {
            return filter.withinRegions(regions.own(reader).codes());
        }
        throw new AccessDeniedToRecordException("error.access.denied", "the audit trail is for officials and administrators");
    }
}
