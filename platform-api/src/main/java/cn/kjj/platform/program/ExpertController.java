package cn.kjj.platform.program;

import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.registry.RegistryApi;
import cn.kjj.platform.registry.RegistryController;
import cn.kjj.platform.spreadsheet.ExportColumn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The experts registry (the shared {@link RegistryController}): the staff read, officials of the region write. */
@RestController
@RequestMapping("/api/v1/experts")
@Tag(name = "Experts", description = "The experts registry (评审专家库) that reviews program applications")
class ExpertController extends RegistryController<ExpertDetails, ExpertView, ExpertRequest> {

    ExpertController(ExpertService service, ExpertQueries queries, ChangeHistory history) {
        super(service, queries, new RegistryApi<>("/api/v1/experts", "Expert", "Experts", "an expert", "experts",
                "the name, the organisation or the fields",
                ExportColumn.ofRecord(ExpertView.class, "createdAt", "editable")), history);
    }
}
