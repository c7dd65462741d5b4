package cn.kjj.platform.registry;

import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.region.RegionScope;
import org.springframework.stereotype.Component;

/** What every registry's pages use besides the registry's own services, in one piece. */
@Component
public record RegistryPageSupport(RegionScope scope, ChangeHistory history, PortalMessages messages,
                                  CreditCodes enterprises) {
}
