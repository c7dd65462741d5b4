package cn.kjj.platform.lab;

import cn.kjj.platform.enterprise.EnterprisePageSection;
import cn.kjj.platform.enterprise.EnterpriseView;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The enterprise page's R&D platforms that the enterprise hosts. */
@Component
record LabEnterpriseSection(HostedPlatforms platforms) implements EnterprisePageSection {

    @Override
    public void addTo(Model model, AccountPrincipal reader, EnterpriseView enterprise) {
        model.addAttribute("platforms", platforms.of(reader, enterprise.id()));
        // the R&D platform registry is for the bureau and analysts, not for enterprise accounts
        model.addAttribute("linkPlatforms", reader.has(Role.ADMIN) || reader.has(Role.OFFICIAL)
                || reader.has(Role.ANALYST));
    }
}
