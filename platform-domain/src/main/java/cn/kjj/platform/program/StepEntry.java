package cn.kjj.platform.program;

import cn.kjj.platform.identity.AccountPrincipal;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every step of an application or a voucher keeps of who took it and when: the account and its
 * name as it was then (a renamed or removed account leaves the history as it was). Never changed.
 */
@MappedSuperclass
public abstract class StepEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 100, updatable = false)
    private String actorName;

    protected StepEntry() {
        // for JPA
    }

    StepEntry(AccountPrincipal actor, Instant at) {
        this.at = at;
        this.actorId = actor.id();
        this.actorName = actor.displayName() == null ? actor.username() : actor.displayName();
    }

    public Instant getAt() {
        return at;
    }

    public String getActorName() {
        return actorName;
    }
}
