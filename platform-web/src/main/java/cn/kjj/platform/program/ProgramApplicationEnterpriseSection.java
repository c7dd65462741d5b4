package cn.kjj.platform.program;

import cn.kjj.platform.enterprise.EnterprisePageSection;
import cn.kjj.platform.enterprise.EnterpriseView;
import cn.kjj.platform.identity.AccountPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The enterprise page's program applications: what was approved, paid and recovered (追回). */
@Component
record ProgramApplicationEnterpriseSection(ProgramApplicationQueries applications) implements EnterprisePageSection {

    @Override
    public void addTo(Model model, AccountPrincipal reader, EnterpriseView enterprise) {
        model.addAttribute("programApplications", applications.ofEnterprise(reader, enterprise.id()));
    }
}
