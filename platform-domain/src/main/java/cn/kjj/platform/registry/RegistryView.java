package cn.kjj.platform.registry;

/** A registry record as the faces show it: what the shared API and pages need of every view. */
public interface RegistryView {

    Long id();

    String name();

    long version();

    /** Whether the reader may change it (an official of its region, an administrator). */
    boolean editable();
}
