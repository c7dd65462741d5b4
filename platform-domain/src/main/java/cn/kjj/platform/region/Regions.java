package cn.kjj.platform.region;

import java.util.Set;

/**
 * A set of region codes, or every region: what a caller may read, or what a list's region filter
 * covers.
 *
 * @param every true for every region ({@code codes} is then empty)
 * @param codes the codes, when not every region; empty means none
 */
public record Regions(boolean every, Set<String> codes) {

    public static final Regions EVERY = new Regions(true, Set.of());
    public static final Regions NONE = new Regions(false, Set.of());

    public Regions {
        codes = Set.copyOf(codes);
    }

    public static Regions of(Set<String> codes) {
        return new Regions(false, codes);
    }

    public boolean contains(String code) {
        return every || codes.contains(code);
    }

    public boolean isEmpty() {
        return !every && codes.isEmpty();
    }

    /** The codes for a query, or {@code null} for every region (no condition). */
    public Set<String> codesOrNull() {
        return every ? null : codes;
    }

    /** The regions in both: a reader's scope narrowed by a list's filter. */
    public Regions and(Regions other) {
        if (every) {
            return other;
        }
        return other.every ? this : of(codes.stream().filter(other.codes::contains).collect(
                java.util.stream.Collectors.toSet()));
    }
}
