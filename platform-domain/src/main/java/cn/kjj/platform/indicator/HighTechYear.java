package cn.kjj.platform.indicator;

/** High-tech figures of one year summed over regions. */
public record HighTechYear(int year, long stock, long newlyCertified, long renewed, long expired, long revoked) {

    public static HighTechYear empty(int year) {
        return new HighTechYear(year, 0, 0, 0, 0, 0);
    }
}
