package cn.kjj.platform.registry;

/**
 * What a registry record says, as entered (a record of its fields).
 *
 * @param <D> the details type itself
 */
public interface RegistryDetails<D> {

    /**
     * The normalised, checked copy; throws {@link cn.kjj.platform.common.InvalidInputException}
     * naming every broken field at once.
     */
    D validated();

    /** The region the record is kept in, as entered. */
    String regionCode();
}
