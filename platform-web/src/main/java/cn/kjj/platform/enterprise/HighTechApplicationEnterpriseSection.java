package cn.kjj.platform.enterprise;

import cn.kjj.platform.identity.AccountPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The enterprise page's middle rung of the ladder: its high-tech applications by batch year and where they stand. */
@Component
record HighTechApplicationEnterpriseSection(HighTechApplicationService applications) implements EnterprisePageSection {

    @Override
    public void addTo(Model model, AccountPrincipal reader, EnterpriseView enterprise) {
        model.addAttribute("highTechApplications", applications.ofEnterprise(reader, enterprise.id()));
    }
}
