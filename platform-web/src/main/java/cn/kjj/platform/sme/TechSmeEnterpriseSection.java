package cn.kjj.platform.sme;

import cn.kjj.platform.enterprise.EnterprisePageSection;
import cn.kjj.platform.enterprise.EnterpriseView;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The enterprise page's first rung of the cultivation ladder: the years it was a technology SME. */
@Component
record TechSmeEnterpriseSection(TechSmeQueries smes) implements EnterprisePageSection {

    @Override
    public void addTo(Model model, AccountPrincipal reader, EnterpriseView enterprise) {
        model.addAttribute("techSmeYears", smes.ofEnterprise(enterprise.id()));
        // the registry's pages are for the bureau and analysts, not for enterprise accounts
        model.addAttribute("linkTechSmes", reader.has(Role.ADMIN) || reader.has(Role.OFFICIAL)
                || reader.has(Role.ANALYST));
    }
}
