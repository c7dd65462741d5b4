package cn.kjj.platform.program;

/**
 * What the program list is narrowed to; every field is optional. The reader's scope applies on
 * top and cannot be widened by {@code region}.
 *
 * @param region a region code; a city includes its districts
 * @param q      text in the name or the description
 */
public record ProgramFilter(String region, ProgramKind kind, Integer year, String q) {

    public static ProgramFilter none() {
        return new ProgramFilter(null, null, null, null);
    }
}
