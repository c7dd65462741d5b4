package cn.kjj.platform.registry;

import java.time.Instant;

/**
 * A record of a registry as the shared building blocks handle it: an entity (usually a
 * {@link cn.kjj.platform.common.VersionedEntity}) kept in a region, whose fields are its details.
 *
 * @param <D> its details: what a form or a request enters
 */
public interface RegistryRecord<D> {

    Long getId();

    String getRegionCode();

    long getVersion();

    /** 412 when {@code expected} is not the current version. */
    void requireVersion(long expected);

    /** Its fields as entered, for the audit trail and the unchanged-update check. */
    D getDetails();

    /** Replaces every field, as {@code PUT} does; the details are validated again. */
    void update(D details, Instant now);
}
