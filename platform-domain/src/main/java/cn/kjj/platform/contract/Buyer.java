package cn.kjj.platform.contract;

/**
 * The buyer (买方) of a technology contract. Not necessarily in the registry: it may be
 * anywhere in China (then its credit code and district are required, for the statistics of
 * technology absorption) or abroad.
 *
 * @param country ISO 3166-1 alpha-2; {@code null} means China
 * @param nature  {@code null}: {@link PartyNature#ENTERPRISE}, or {@link PartyNature#FOREIGN} abroad
 */
public record Buyer(String name, String creditCode, String regionCode, String country, PartyNature nature) {

    public static final String CHINA = "CN";

    /** A buyer of the default nature for its country. */
    public Buyer(String name, String creditCode, String regionCode, String country) {
        this(name, creditCode, regionCode, country, defaultNature(country));
    }

    /** {@link PartyNature#ENTERPRISE} in China (or where no country is given), else {@link PartyNature#FOREIGN}. */
    public static PartyNature defaultNature(String country) {
        return country == null || CHINA.equalsIgnoreCase(country.strip()) ? PartyNature.ENTERPRISE : PartyNature.FOREIGN;
    }

    public boolean isDomestic() {
        return country == null || CHINA.equals(country);
    }

    /** The nature, or its default for the buyer's country. */
    public PartyNature natureOrDefault() {
        return nature != null ? nature : defaultNature(country);
    }
}
