package cn.kjj.platform.region;

import cn.kjj.platform.common.NotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * The region hierarchy and the scoping questions asked of it ("is this district within that
 * city?"). Regions change only through migrations, so the hierarchy is read once per
 * application start and cannot go stale between nodes.
 */
@Service
public class RegionDirectory {

    private final RegionRepository repository;
    private volatile Map<String, RegionView> byCode;

    public RegionDirectory(RegionRepository repository) {
        this.repository = repository;
    }

    public List<RegionView> all() {
        return List.copyOf(regions().values());
    }

    public Optional<RegionView> find(String code) {
        return Optional.ofNullable(code == null ? null : regions().get(code));
    }

    /** The region, or a 404-kind exception naming the code. */
    public RegionView require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("error.region.notFound",
                "Region " + code + " not found", code));
    }

    /** True when {@code code} is {@code scope} itself or lies below it. */
    public boolean isWithin(String code, String scope) {
        String current = code;
        while (current != null) {
            if (current.equals(scope)) {
                return true;
            }
            RegionView region = regions().get(current);
            current = region == null ? null : region.parentCode();
        }
        return false;
    }

    /** {@code scope} and every region below it, sorted by code. */
    public Set<String> codesWithin(String scope) {
        Set<String> result = new TreeSet<>();
        for (String code : regions().keySet()) {
            if (isWithin(code, scope)) {
                result.add(code);
            }
        }
        return result;
    }

    /**
     * The science and technology bureau of a region, as certificates name the registering
     * office: 江门市江海区科学技术局 for a district of a city, 台山市科学技术局 for a county-level
     * city, which carries its own name.
     */
    public String bureauName(String code) {
        RegionView region = require(code);
        String name = region.name();
        RegionView parent = find(region.parentCode()).orElse(null);
        if (region.level() == RegionLevel.DISTRICT && !name.endsWith("市") && parent != null
                && parent.level() == RegionLevel.CITY) {
            name = parent.name() + name;
        }
        return name + "科学技术局";
    }

    /** The districts (leaves) at or below {@code scope}: where statistics and records are kept. */
    public List<RegionView> districtsWithin(String scope) {
        List<RegionView> result = new ArrayList<>();
        for (RegionView r : regions().values()) {
            if (r.level() == RegionLevel.DISTRICT && isWithin(r.code(), scope)) {
                result.add(r);
            }
        }
        return result;
    }

    private Map<String, RegionView> regions() {
        Map<String, RegionView> local = byCode;
        if (local == null) {
            local = load();
            byCode = local;
        }
        return local;
    }

    private Map<String, RegionView> load() {
        Map<String, RegionView> map = new LinkedHashMap<>();
        repository.findAll().stream()
                .sorted(Comparator.comparing(Region::getCode))
                .map(RegionView::of)
                .forEach(r -> map.put(r.code(), r));
        return Collections.unmodifiableMap(map);
    }
}
