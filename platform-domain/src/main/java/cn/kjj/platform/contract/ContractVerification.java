package cn.kjj.platform.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the public verification page of a registered contract confirms (decision 0033), so that a
 * tax office or a buyer can check a certificate: the registration, the parties by name, the amounts
 * and where the registration stands now. Nothing personal: no contact person, telephone, e-mail,
 * account, reason or attachment.
 *
 * @param statusSince the day the contract reached its current status (registration, revocation)
 * @param techTransactionAmount the 技术交易额 the certificate states
 * @param buyerName   {@code null} when the buyer is a natural person: a person's name is personal data
 * @param buyerNature the buyer's nature, so that a reader sees "individual" where the name is withheld
 * @param changedOn   the date of the latest approved change or re-核定 (变更登记, decision 0034), null when
 *                    the registration stands as registered: the amounts shown are the current ones
 */
public record ContractVerification(
        String registrationNo, ContractStatus status, LocalDate statusSince, LocalDate registeredOn,
        ContractType type, String sellerName, String buyerName, BigDecimal contractAmount,
        BigDecimal techTransactionAmount, String registeringRegionCode, String registeringOffice,
        PartyNature buyerNature, LocalDate changedOn) {

    /** Where the registration stands as the page says it: registered, changed, cancelled (or revoked). */
    public String standing() {
        return status == ContractStatus.REGISTERED && changedOn != null ? "CHANGED" : status.name();
    }
}
