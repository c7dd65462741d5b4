package cn.kjj.platform.matching;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.enterprise.OrganisationNature;
import cn.kjj.platform.registry.RegistryDetails;
import java.util.List;
import java.util.Objects;

/**
 * What an achievement (科技成果) record says, as entered; {@link #validated()} gives the normalised,
 * checked copy that {@link Achievement} stores.
 *
 * @param holder        the university, institute or enterprise that owns it
 * @param transferModes how the holder offers it, at least one
 * @param priceHint     the holder's word on the price, e.g. {@code 面议} or {@code 50万元}
 * @param regionCode    the region whose bureau publishes it
 */
public record AchievementDetails(String title, String holder, OrganisationNature holderNature, TechnologyField field,
                                 IpType ipType, Maturity maturity, List<TransferMode> transferModes,
                                 String priceHint, String summary, String contact, String regionCode)
        implements RegistryDetails<AchievementDetails> {

    @Override
    public AchievementDetails validated() {
        FieldErrors errors = new FieldErrors();
        String checkedTitle = errors.text("title", title, 300, true);
        String checkedHolder = errors.text("holder", holder, 200, true);
        errors.required("holderNature", holderNature);
        errors.required("field", field);
        errors.required("maturity", maturity);
        List<TransferMode> modes = transferModes == null ? List.of()
                : transferModes.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (modes.isEmpty()) {
            errors.add("transferModes", "error.field.required", "is required");
        }
        String checkedPrice = errors.text("priceHint", priceHint, 100, false);
        String checkedSummary = errors.text("summary", summary, 4000, true);
        String checkedContact = errors.text("contact", contact, 200, false);
        String region = errors.regionCode("regionCode", regionCode);
        errors.throwIfAny();
        return new AchievementDetails(checkedTitle, checkedHolder, holderNature, field,
                ipType == null ? IpType.NONE : ipType, maturity, modes, checkedPrice, checkedSummary, checkedContact,
                region);
    }

    /** The title's words, space-joined: its search column, weighted above the rest. */
    public String titleWords() {
        return ChineseWords.indexed(title);
    }

    /** The holder's and the summary's words, space-joined: the rest of its search text. */
    public String bodyWords() {
        return ChineseWords.indexed(holder, summary);
    }
}
