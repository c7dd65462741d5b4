package cn.kjj.platform.lab;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.region.RegionScope.Readers;
import cn.kjj.platform.registry.ListQuery;
import cn.kjj.platform.registry.Registry;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * R&D platforms as a registry: read by the staff, searched by name and host institution, filtered
 * by kind and level. A host enterprise must exist and, for an official, lie in its region; views
 * show its name and credit code.
 */
final class LabRegistry extends Registry<Lab, LabDetails, LabView> {

    private final EnterpriseReferences enterprises;

    LabRegistry(EnterpriseReferences enterprises) {
        super("lab", Readers.STAFF,
                ListQuery.searching("name", "hostInstitution")
                        .filter("kind", LabKind.class).filter("level", RecognitionLevel.class)
                        .sortable("name", "kind", "level", "regionCode", "hostInstitution", "recognizedOn")
                        .embedding(LabDetails.class),
                List.of("name", "kind", "level", "regionCode", "hostEnterpriseId", "hostInstitution", "recognizedOn"),
                Lab::new, (labs, editable) -> views(enterprises, labs, editable));
        this.enterprises = enterprises;
    }

    /** The labs with their hosts' names and credit codes, read at once. */
    private static List<LabView> views(EnterpriseReferences enterprises, List<Lab> labs, Predicate<Lab> editable) {
        Map<Long, EnterpriseReferences.Reference> hosts = enterprises.byId(
                labs.stream().map(Lab::getHostEnterpriseId).toList());
        return labs.stream().map(l -> LabView.of(l, hosts.get(l.getHostEnterpriseId()), editable.test(l))).toList();
    }

    @Override
    protected void check(FieldErrors errors, AccountPrincipal actor, LabDetails details) {
        enterprises.usable(errors, "hostEnterpriseId", actor, details.hostEnterpriseId());
    }
}
