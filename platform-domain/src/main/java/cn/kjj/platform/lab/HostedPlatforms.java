package cn.kjj.platform.lab;

import cn.kjj.platform.enterprise.EnterpriseQueries;
import cn.kjj.platform.identity.AccountPrincipal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The R&D platforms an enterprise hosts, for the enterprise's page. */
@Service
public class HostedPlatforms {

    private final LabRepository labs;
    private final EnterpriseQueries enterprises;

    HostedPlatforms(LabRepository labs, EnterpriseQueries enterprises) {
        this.labs = labs;
        this.enterprises = enterprises;
    }

    /** By name; to whoever may read the enterprise. */
    @Transactional(readOnly = true)
    public List<HostedPlatform> of(AccountPrincipal reader, long enterpriseId) {
        enterprises.checkReadable(reader, enterpriseId);
        return labs.findByHostEnterpriseIdOrderByNameAsc(enterpriseId).stream()
                .map(l -> new HostedPlatform(l.getId(), l.getDetails().name(), l.getDetails().kind(),
                        l.getDetails().level(), l.getDetails().recognizedOn()))
                .toList();
    }
}
