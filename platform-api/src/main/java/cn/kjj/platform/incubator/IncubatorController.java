package cn.kjj.platform.incubator;

import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.registry.RegistryApi;
import cn.kjj.platform.registry.RegistryController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incubation carriers (孵化载体). Read by administrators, analysts and officials (their region);
 * written by officials in their region and administrators (the shared {@link RegistryController}).
 */
@RestController
@RequestMapping("/api/v1/incubators")
@Tag(name = "Incubators", description = "Incubation carriers: incubators, makerspaces, accelerators, science parks")
class IncubatorController extends RegistryController<IncubatorDetails, IncubatorView, IncubatorRequest> {

    IncubatorController(IncubatorService service, IncubatorQueries queries, ChangeHistory history) {
        super(service, queries, new RegistryApi<>("/api/v1/incubators", "Incubator", "Incubators",
                "an incubation carrier", "incubation carriers", "the name or the operator",
                ExportColumn.ofRecord(IncubatorView.class, "createdAt", "editable")), history);
    }
}
