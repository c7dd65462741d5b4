package cn.kjj.platform.enterprise;

/**
 * What an enterprise list is narrowed to; every field is optional. The reader's scope applies
 * on top and cannot be widened by {@code region}.
 *
 * @param region   a region code: enterprises registered there or below
 * @param q        part of the name (any case), or part of the credit code
 * @param highTech {@code true}: with a certificate in force today; {@code false}: without
 */
public record EnterpriseFilter(String region, String q, Boolean highTech) {

    public static EnterpriseFilter none() {
        return new EnterpriseFilter(null, null, null);
    }
}
