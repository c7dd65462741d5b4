package cn.kjj.platform.sme;

import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.registry.RegistryApi;
import cn.kjj.platform.registry.RegistryController;
import cn.kjj.platform.spreadsheet.ExportColumn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Technology SMEs (科技型中小企业), one registration per enterprise and year ({@code ?year=}, 409 for a
 * second). Read by administrators, analysts and officials (their region); written by officials in
 * their region and administrators (the shared {@link RegistryController}).
 */
@RestController
@RequestMapping("/api/v1/tech-smes")
@Tag(name = "Technology SMEs", description = "科技型中小企业: registration numbers valid for one year")
class TechSmeController extends RegistryController<TechSmeDetails, TechSmeView, TechSmeRequest> {

    TechSmeController(TechSmeService service, TechSmeQueries queries, ChangeHistory history) {
        super(service, queries, new RegistryApi<>("/api/v1/tech-smes", "TechSme", "TechSmes",
                "a technology SME registration", "technology SME registrations", "the registration number",
                ExportColumn.ofRecord(TechSmeView.class, "createdAt", "editable"))
                .noting("create", "One per enterprise and year (409 for a second, or for a number already held "
                        + "that year); kept in the enterprise's district."), history);
    }
}
