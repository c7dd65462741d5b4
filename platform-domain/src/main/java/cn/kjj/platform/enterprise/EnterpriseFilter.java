package cn.kjj.platform.enterprise;

import cn.kjj.platform.registry.RegistryQuery;

/**
 * What an enterprise list is narrowed to; every field is optional. The reader's scope applies
 * on top and cannot be widened by {@code region}.
 *
 * @param region   a region code: enterprises registered there or below
 * @param q        part of the name (any case), or part of the credit code
 * @param highTech {@code true}: with a certificate in force today; {@code false}: without
 */
public record EnterpriseFilter(String region, String q, Boolean highTech) {

    /** The same as the registry's list query. */
    public RegistryQuery toQuery() {
        return RegistryQuery.of(region, q).with("highTech", highTech);
    }
}
