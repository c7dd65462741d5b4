package cn.kjj.platform.contract;

import cn.kjj.platform.registry.RegistryView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A contract registered at another office as the faces show it; its {@link #name()} is its number.
 * Absorption of the buyer's district {@code regionCode}, never output (decision 0036).
 *
 * @param sellerNature the form's statistical fields as imported; null where the export left one out (then the
 *                     group {@code UNKNOWN} of its dimension counts it)
 * @param updatedAt when it was imported: it is never changed here
 */
public record ExternalRegistrationView(Long id, String registrationNo, String registeringRegionCode,
                                      LocalDate registeredOn, LocalDate signedOn, ContractType type,
                                      TechnologyField technologyField, String sellerName, String sellerCreditCode,
                                      String sellerRegionCode, String sellerCountry, String buyerName,
                                      String buyerCreditCode, String regionCode, BigDecimal contractAmount,
                                      BigDecimal techTransactionAmount, PartyNature sellerNature,
                                      PartyNature buyerNature, IpType ipType, PlanSource planSource, Instant updatedAt,
                                      long version, boolean editable) implements RegistryView {

    static ExternalRegistrationView of(ExternalRegistration r, boolean editable) {
        ExternalRegistrationDetails d = r.getDetails();
        // imported, never edited here
        return new ExternalRegistrationView(r.getId(), d.registrationNo(), d.registeringRegionCode(), d.registeredOn(),
                d.signedOn(), d.type(), d.technologyField(), d.sellerName(), d.sellerCreditCode(), d.sellerRegionCode(),
                d.sellerCountry(), d.buyerName(), d.buyerCreditCode(), d.regionCode(), d.contractAmount(),
                d.techTransactionAmount(), d.sellerNature(), d.buyerNature(), d.ipType(), d.planSource(),
                r.getImportedAt(), r.getVersion(), false);
    }

    @Override
    public String name() {
        return registrationNo;
    }
}
