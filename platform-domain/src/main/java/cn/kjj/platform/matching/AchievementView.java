package cn.kjj.platform.matching;

import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.enterprise.OrganisationNature;
import cn.kjj.platform.registry.RegistryView;
import java.time.Instant;
import java.util.List;

/**
 * An achievement as the faces show it.
 *
 * @param editable whether the reader may change it (an official of its region, an administrator)
 */
public record AchievementView(Long id, String title, String holder, OrganisationNature holderNature,
                              TechnologyField field, IpType ipType, Maturity maturity,
                              List<TransferMode> transferModes, String priceHint, String summary, String contact,
                              String regionCode, Instant createdAt, Instant updatedAt, long version,
                              boolean editable) implements RegistryView {

    static AchievementView of(Achievement a, boolean editable) {
        return new AchievementView(a.getId(), a.getTitle(), a.getHolder(), a.getHolderNature(), a.getField(),
                a.getIpType(), a.getMaturity(), a.getTransferModes(), a.getPriceHint(), a.getSummary(),
                a.getContact(), a.getRegionCode(), a.getCreatedAt(), a.getUpdatedAt(), a.getVersion(), editable);
    }

    /** The same achievement, editable or not by its reader. */
    public AchievementView editable(boolean editable) {
        return editable == this.editable ? this : new AchievementView(id, title, holder, holderNature, field, ipType,
                maturity, transferModes, priceHint, summary, contact, regionCode, createdAt, updatedAt, version,
                editable);
    }

    /** The registry's name of a record: an achievement is named by its title. */
    @Override
    public String name() {
        return title;
    }
}
