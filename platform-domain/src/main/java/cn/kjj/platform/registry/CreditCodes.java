package cn.kjj.platform.registry;

import java.util.Optional;

/**
 * Enterprises as the registries' forms name them: by unified social credit code. The enterprise
 * feature answers ({@code EnterpriseReferences}), so that the registry blocks, which enterprises
 * use too, do not depend on it.
 */
@FunctionalInterface
public interface CreditCodes {

    /** The id of the enterprise with this credit code, if there is one. */
    Optional<Long> idByCreditCode(String creditCode);
}
