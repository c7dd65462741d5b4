package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractType.*;

import cn.kjj.platform.enterprise.OrganisationNature;
import java.util.EnumSet;
import java.util.Set;

/**
 * The tax relief a registration unlocks, as far as the contract shows it (rules.md "Tax relief";
 * docs/decisions/0031-registration-decision-grounds-and-tax-relief.md):
 * <ul>
 *   <li>{@code vatExempt}: technology development, transfer or licensing (财税〔2016〕36号 附件3;
 *       licensing is a transfer of the right of use);</li>
 *   <li>{@code incomeTaxTransfer}: a transfer or a licence of at least five years of a patent,
 *       software copyright, IC layout, plant variety or new biomedical variety, by an enterprise
 *       (财税〔2010〕111号; whether the parties are 100 % related is for the tax office);</li>
 *   <li>{@code buyerRdDeduction}: commissioned development for a domestic enterprise buyer (加计扣除).</li>
 * </ul>
 * Only a registered contract has relief; the office's 核定 type counts, not the declared one.
 */
public record TaxRelief(boolean vatExempt, boolean incomeTaxTransfer, boolean buyerRdDeduction) {

    public static final Set<ContractType> VAT_EXEMPT_TYPES = EnumSet.of(TECHNOLOGY_DEVELOPMENT, TECHNOLOGY_TRANSFER,
            TECHNOLOGY_LICENSING);
    static final Set<IpType> INCOME_TAX_IP = EnumSet.of(IpType.PATENT, IpType.SOFTWARE_COPYRIGHT, IpType.IC_LAYOUT,
            IpType.PLANT_VARIETY, IpType.BIOMEDICAL_VARIETY);
    static final int MIN_LICENCE_YEARS = 5;

    /** The relief of a contract in {@code status} sold by an organisation of {@code sellerNature}; null unless registered. */
    static TaxRelief of(TechnologyContract c, OrganisationNature sellerNature) {
        if (c.getStatus() != ContractStatus.REGISTERED) {
            return null;
        }
        ContractType type = c.getType();
        boolean longLicence = type == TECHNOLOGY_LICENSING
                && !c.getValidTo().isBefore(c.getValidFrom().plusYears(MIN_LICENCE_YEARS).minusDays(1));
        boolean income = (type == TECHNOLOGY_TRANSFER || longLicence) && INCOME_TAX_IP.contains(c.getDetails().ipType())
                && sellerNature == OrganisationNature.ENTERPRISE;
        Buyer buyer = c.getBuyer();
        boolean rd = type == TECHNOLOGY_DEVELOPMENT && c.getSubtype() == ContractSubtype.COMMISSIONED
                && buyer.isDomestic() && buyer.natureOrDefault() == PartyNature.ENTERPRISE;
        return new TaxRelief(VAT_EXEMPT_TYPES.contains(type), income, rd);
    }
}
