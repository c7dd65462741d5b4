package cn.kjj.platform.registry;

/**
 * The JSON body of a registry's {@code POST} and {@code PUT}: a record with the API's examples
 * that becomes the domain's details, which check it.
 */
public interface RegistryRequest<D> {

    D toDetails();
}
