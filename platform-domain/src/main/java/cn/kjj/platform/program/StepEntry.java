package cn.kjj.platform.program;

import cn.kjj.platform.identity.AccountPrincipal;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every step of an application or a voucher keeps of who took it and when: the account and its
 * name as it was then (a renamed or removed account leaves the history as it was), the action, and
 * the status before and after. Never changed.
 *
 * @param <A> the actions
 * @param <S> the statuses
 */
@MappedSuperclass
public abstract class StepEntry<A extends Enum<A>, S extends Enum<S>> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 100, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20, updatable = false)
    private A action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private S fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private S toStatus;

    protected StepEntry() {
        // for JPA
    }

    StepEntry(AccountPrincipal actor, Instant at, A action, S from, S to) {
        this.at = at;
        this.actorId = actor.id();
        this.actorName = actor.displayName() == null ? actor.username() : actor.displayName();
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
    }

    public Instant getAt() {
        return at;
    }

    public String getActorName() {
        return actorName;
    }

    public A getAction() {
        return action;
    }

    public S getFromStatus() {
        return fromStatus;
    }

    public S getToStatus() {
        return toStatus;
    }
}
