package cn.kjj.platform.enterprise;

import cn.kjj.platform.identity.AccountPrincipal;
import org.springframework.ui.Model;

/**
 * A part of the enterprise page that another feature contributes: the contracts it sold, the
 * R&D platforms it hosts, the program awards it received. Those features know the enterprise;
 * the enterprise knows none of them, so each adds its own rows to the page's model.
 */
public interface EnterprisePageSection {

    /** Adds this section's model attributes; the reader may read {@code enterprise}. */
    void addTo(Model model, AccountPrincipal reader, EnterpriseView enterprise);
}
