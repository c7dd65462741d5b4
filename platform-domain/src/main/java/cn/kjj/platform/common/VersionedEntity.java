package cn.kjj.platform.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The bookkeeping every editable record shares: when it was created and last changed, and its
 * version for optimistic locking (the API's {@code ETag} / {@code If-Match}).
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected VersionedEntity() {
        // for JPA
    }

    protected VersionedEntity(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    public abstract Long getId();

    /** The record's name in messages, e.g. {@code enterprise}. */
    protected abstract String entityName();

    /** Guards a change against a stale copy ({@code If-Match}): 412 when the versions differ. */
    public void requireVersion(long expected) {
        if (expected != version) {
            throw new PreconditionFailedException(entityName(), getId(), expected, version);
        }
    }

    protected void touch(Instant now) {
        this.updatedAt = now;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
