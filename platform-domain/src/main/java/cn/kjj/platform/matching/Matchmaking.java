package cn.kjj.platform.matching;

import cn.kjj.platform.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A meeting the bureau brokered between a demand and an achievement, and where it led (table {@code matchmaking}). */
@Entity
@Table(name = "matchmaking")
public class Matchmaking extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long demandId;
    private Long achievementId;
    private String regionCode;
    private LocalDate meetingOn;
    @Enumerated(EnumType.STRING)
    private MatchOutcome outcome;
    private Long contractId;
    private String note;

    protected Matchmaking() {
        // for JPA
    }

    /** @param regionCode the demand's region, whose officials broker it */
    Matchmaking(MatchmakingDetails details, String regionCode, Instant now) {
        super(now);
        this.demandId = details.demandId();
        this.achievementId = details.achievementId();
        this.regionCode = regionCode;
        update(details, now);
    }

    /** The meeting's date, outcome, contract and note; the pair stays what it was. */
    void update(MatchmakingDetails details, Instant now) {
        meetingOn = details.meetingOn();
        outcome = details.outcome();
        contractId = details.contractId();
        note = details.note();
        touch(now);
    }

    MatchmakingDetails getDetails() {
        return new MatchmakingDetails(demandId, achievementId, meetingOn, outcome, contractId, note);
    }

    @Override
    protected String entityName() {
        return "matchmaking";
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getDemandId() {
        return demandId;
    }

    public Long getAchievementId() {
        return achievementId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public LocalDate getMeetingOn() {
        return meetingOn;
    }

    public MatchOutcome getOutcome() {
        return outcome;
    }

    public Long getContractId() {
        return contractId;
    }

    public String getNote() {
        return note;
    }
}
