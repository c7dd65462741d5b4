package cn.kjj.platform.contract;

/**
 * The buyer (买方) of a technology contract. Not necessarily in the registry: it may be
 * anywhere in China (then its credit code and district are required, for the statistics of
 * technology absorption) or abroad.
 *
 * @param country ISO 3166-1 alpha-2; {@code null} means China
 */
public record Buyer(String name, String creditCode, String regionCode, String country) {

    public static final String CHINA = "CN";

    public boolean isDomestic() {
        return country == null || CHINA.equals(country);
    }
}
