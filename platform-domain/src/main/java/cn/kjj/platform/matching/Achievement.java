package cn.kjj.platform.matching;

import cn.kjj.platform.common.VersionedEntity;
import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.enterprise.OrganisationNature;
import cn.kjj.platform.registry.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A technology achievement (科技成果) that a university, institute or enterprise offers (table
 * {@code achievement}). Its title and its other text are kept segmented into words as well
 * ({@code search_title}, {@code search_body}), from which the database keeps the search vector.
 */
@Entity
@Table(name = "achievement")
public class Achievement extends VersionedEntity implements RegistryRecord<AchievementDetails> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String holder;
    @Enumerated(EnumType.STRING)
    private OrganisationNature holderNature;
    @Enumerated(EnumType.STRING)
    private TechnologyField field;
    @Enumerated(EnumType.STRING)
    private IpType ipType;
    @Enumerated(EnumType.STRING)
    private Maturity maturity;
    @Convert(converter = TransferModesColumn.class)
    private List<TransferMode> transferModes;
    private String priceHint;
    private String summary;
    private String contact;
    private String regionCode;
    @Column(name = "search_title")
    private String searchTitle;
    @Column(name = "search_body")
    private String searchBody;

    protected Achievement() {
        // for JPA
    }

    public Achievement(AchievementDetails details, Instant now) {
        super(now);
        apply(details.validated(), now);
    }

    @Override
    public void update(AchievementDetails details, Instant now) {
        apply(details.validated(), now);
    }

    private void apply(AchievementDetails d, Instant now) {
        title = d.title();
        holder = d.holder();
        holderNature = d.holderNature();
        field = d.field();
        ipType = d.ipType();
        maturity = d.maturity();
        transferModes = d.transferModes();
        priceHint = d.priceHint();
        summary = d.summary();
        contact = d.contact();
        regionCode = d.regionCode();
        searchTitle = d.titleWords();
        searchBody = d.bodyWords();
        touch(now);
    }

    @Override
    public AchievementDetails getDetails() {
        return new AchievementDetails(title, holder, holderNature, field, ipType, maturity, transferModes, priceHint,
                summary, contact, regionCode);
    }

    @Override
    protected String entityName() {
        return "achievement";
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getHolder() {
        return holder;
    }

    public OrganisationNature getHolderNature() {
        return holderNature;
    }

    public TechnologyField getField() {
        return field;
    }

    public IpType getIpType() {
        return ipType;
    }

    public Maturity getMaturity() {
        return maturity;
    }

    public List<TransferMode> getTransferModes() {
        return transferModes;
    }

    public String getPriceHint() {
        return priceHint;
    }

    public String getSummary() {
        return summary;
    }

    public String getContact() {
        return contact;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    /** Its distinct words, title first: what a match's reasons are drawn from. */
    public java.util.Set<String> words() {
        return ChineseWords.stored(searchTitle + " " + searchBody);
    }
}
