package cn.kjj.platform.program;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.registry.RegistryDetails;
import jakarta.persistence.Embeddable;

/**
 * What the experts registry (评审专家库) says of an expert, as entered: the organisation he
 * belongs to (by name and, to find conflicts of interest, by credit code), his fields, and the
 * region whose bureau keeps him.
 */
@Embeddable
public record ExpertDetails(String name, String organisation, String organisationCreditCode, String fields,
                            String regionCode) implements RegistryDetails<ExpertDetails> {

    @Override
    public ExpertDetails validated() {
        FieldErrors errors = new FieldErrors();
        String checkedName = errors.text("name", name, 100, true);
        String checkedOrganisation = errors.text("organisation", organisation, 200, true);
        String code = errors.text("organisationCreditCode", organisationCreditCode, 18, false);
        String checkedCode = code == null ? null
                : errors.check(() -> CreditCode.of(code, "organisationCreditCode").value());
        String checkedFields = errors.text("fields", fields, 500, false);
        String region = errors.regionCode("regionCode", regionCode);
        errors.throwIfAny();
        return new ExpertDetails(checkedName, checkedOrganisation, checkedCode, checkedFields, region);
    }
}
