package cn.kjj.platform.lab;

import cn.kjj.platform.common.VersionedEntity;
import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.registry.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An R&D platform: key laboratory, engineering technology research centre, workstation, ... (table {@code lab}). */
@Entity
@Table(name = "lab")
public class Lab extends VersionedEntity implements RegistryRecord<LabDetails> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private LabKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 12)
    private RecognitionLevel level;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    /** An enterprise of the registry, by id: another aggregate. */
    @Column(name = "host_enterprise_id")
    private Long hostEnterpriseId;

    @Column(name = "host_institution", length = 200)
    private String hostInstitution;

    @Column(name = "recognized_on")
    private LocalDate recognizedOn;

    protected Lab() {
        // for JPA
    }

    public Lab(LabDetails details, Instant now) {
        super(now);
        apply(details.validated(), now);
    }

    @Override
    public void update(LabDetails details, Instant now) {
        apply(details.validated(), now);
    }

    private void apply(LabDetails d, Instant now) {
        this.name = d.name();
        this.kind = d.kind();
        this.level = d.level();
        this.regionCode = d.regionCode();
        this.hostEnterpriseId = d.hostEnterpriseId();
        this.hostInstitution = d.hostInstitution();
        this.recognizedOn = d.recognizedOn();
        touch(now);
    }

    @Override
    public LabDetails getDetails() {
        return new LabDetails(name, kind, level, regionCode, hostEnterpriseId, hostInstitution, recognizedOn);
    }

    @Override
    protected String entityName() {
        return "lab";
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LabKind getKind() {
        return kind;
    }

    public RecognitionLevel getLevel() {
        return level;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public Long getHostEnterpriseId() {
        return hostEnterpriseId;
    }

    public String getHostInstitution() {
        return hostInstitution;
    }

    public LocalDate getRecognizedOn() {
        return recognizedOn;
    }

}
