package cn.kjj.platform.contract;

import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionScope.Readers;
import cn.kjj.platform.registry.ListQuery;
import cn.kjj.platform.registry.Registry;
import cn.kjj.platform.registry.RegistryQueries;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Reading the contracts registered at other offices that were imported here (decision 0036), apart
 * from the local registrations: the staff, officials for their region (the buyers' districts). They are
 * written only by the import kind {@code external-contracts}, so the registry creates nothing.
 */
@Service
public class ExternalRegistrations
        extends RegistryQueries<ExternalRegistration, ExternalRegistrationDetails, ExternalRegistrationView> {

    public static final Registry<ExternalRegistration, ExternalRegistrationDetails, ExternalRegistrationView> REGISTRY =
            new Registry<>("externalContract", Readers.STAFF,
                    ListQuery.searching("registrationNo", "buyerName", "sellerName")
                            .filter("type", ContractType.class)
                            .sortable("registeredOn", "registrationNo", "contractAmount")
                            .sortedBy(Sort.by(Sort.Direction.DESC, "registeredOn").and(Sort.by("registrationNo")))
                            .embedding(ExternalRegistrationDetails.class),
                    List.of(),
                    (details, now) -> {
                        throw new UnsupportedOperationException("registrations of other offices are imported only");
                    },
                    Registry.Views.each(ExternalRegistrationView::of));

    ExternalRegistrations(ExternalRegistrationRepository records, RegionScope scope, AuditTrail trail) {
        super(REGISTRY, records, scope, trail);
    }
}
