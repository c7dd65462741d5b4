package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.VersionedEntity;
import cn.kjj.platform.registry.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A firm in the registry, identified by its unified social credit code (table {@code enterprise}). */
@Entity
@Table(name = "enterprise")
public class Enterprise extends VersionedEntity implements RegistryRecord<EnterpriseDetails> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "credit_code", nullable = false, length = 18, unique = true)
    private String creditCode;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "industry", length = 100)
    private String industry;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @Column(name = "employees")
    private Integer employees;

    @Column(name = "rd_staff")
    private Integer rdStaff;

    @Column(name = "revenue", precision = 18, scale = 2)
    private BigDecimal revenue;

    @Column(name = "rd_expense", precision = 18, scale = 2)
    private BigDecimal rdExpense;

    @Enumerated(EnumType.STRING)
    @Column(name = "nature", nullable = false, length = 30)
    private OrganisationNature nature = OrganisationNature.ENTERPRISE;

    protected Enterprise() {
        // for JPA
    }

    public Enterprise(EnterpriseDetails details, Instant now) {
        super(now);
        apply(details.validated(), now);
    }

    /** Replaces every field, as {@code PUT} does; the credit code may be corrected too. */
    @Override
    public void update(EnterpriseDetails details, Instant now) {
        apply(details.validated(), now);
    }

    private void apply(EnterpriseDetails d, Instant now) {
        this.name = d.name();
        this.creditCode = d.creditCode();
        this.regionCode = d.regionCode();
        this.industry = d.industry();
        this.foundedOn = d.foundedOn();
        this.employees = d.employees();
        this.rdStaff = d.rdStaff();
        this.revenue = d.revenue();
        this.rdExpense = d.rdExpense();
        this.nature = d.nature();
        touch(now);
    }

    @Override
    public EnterpriseDetails getDetails() {
        return new EnterpriseDetails(name, creditCode, regionCode, industry, foundedOn, employees, rdStaff,
                revenue, rdExpense, nature);
    }

    @Override
    protected String entityName() {
        return "enterprise";
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public String getIndustry() {
        return industry;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public Integer getEmployees() {
        return employees;
    }

    public Integer getRdStaff() {
        return rdStaff;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public BigDecimal getRdExpense() {
        return rdExpense;
    }

    public OrganisationNature getNature() {
        return nature;
    }

}
