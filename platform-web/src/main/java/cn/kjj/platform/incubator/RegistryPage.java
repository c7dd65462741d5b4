package cn.kjj.platform.incubator;

/**
 * Marks the portal controllers of the registries (incubators, R&D platforms, programs,
 * statistics), so that {@link RegistryPageErrors} turns their domain errors into error pages.
 */
public interface RegistryPage {
}
