package cn.kjj.platform.region;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Regions", description = "Administrative regions (GB/T 2260)")
record RegionController(RegionDirectory regions) {

    @GetMapping("/api/v1/regions")
    @Operation(operationId = "listRegions", summary = "All regions, by code",
            description = "Province, city and districts with their parents.")
    List<RegionView> all() {
        return regions.all();
    }
}
