package cn.kjj.platform.matching;

import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.registry.RegistryApi;
import cn.kjj.platform.registry.RegistryController;
import cn.kjj.platform.spreadsheet.ExportColumn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Achievements (the shared {@link RegistryController}): every signed-in role reads them (officials
 * their region's), officials and administrators publish and correct them; {@code q} searches by
 * words, best match first. Bulk loading is the import kind {@code achievements}.
 */
@RestController
@RequestMapping("/api/v1/achievements")
@Tag(name = "Achievements", description = "Technology achievements (科技成果) offered by universities, institutes, enterprises")
class AchievementController extends RegistryController<AchievementDetails, AchievementView, AchievementRequest> {

    private final Matching matching;

    AchievementController(AchievementService service, AchievementQueries queries, ChangeHistory history,
                          Matching matching) {
        super(service, queries, new RegistryApi<>("/api/v1/achievements", "Achievement", "Achievements",
                "an achievement", "achievements", "the words (segmented Chinese) of the title, holder and summary; "
                        + "every word must occur; best match first, a sort asked for then does not apply",
                ExportColumn.ofRecord(AchievementView.class, "createdAt", "editable")), history);
        this.matching = matching;
    }

    @GetMapping("/{id}/matches")
    @Operation(operationId = "achievementMatches", summary = "Open demands the achievement could serve",
            description = "Same field (0.5) plus the rank of the shared words, best first, with the reasons; "
                    + "only demands the caller sees (an enterprise its own).")
    List<Matching.DemandMatch> matches(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
        return matching.forAchievement(me, id);
    }
}
