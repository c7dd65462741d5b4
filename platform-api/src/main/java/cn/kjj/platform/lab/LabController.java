package cn.kjj.platform.lab;

import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.spreadsheet.ExportColumn;
import cn.kjj.platform.registry.RegistryApi;
import cn.kjj.platform.registry.RegistryController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * R&D platforms (研发平台). Read by administrators, analysts and officials (their region); written
 * by officials in their region and administrators (the shared {@link RegistryController}).
 */
@RestController
@RequestMapping("/api/v1/labs")
@Tag(name = "R&D platforms", description = "Key laboratories, engineering technology research centres, workstations")
class LabController extends RegistryController<LabDetails, LabView, LabRequest> {

    LabController(LabService service, LabQueries queries, ChangeHistory history) {
        super(service, queries, new RegistryApi<>("/api/v1/labs", "Lab", "Labs", "an R&D platform",
                "R&D platforms", "the name or the host institution",
                ExportColumn.ofRecord(LabView.class, "createdAt", "editable")), history);
    }
}
