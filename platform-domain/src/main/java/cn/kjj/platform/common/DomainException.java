package cn.kjj.platform.common;

/**
 * A rule of the domain was broken. Each subclass says which kind (not found, conflict, bad
 * input, ...) so that each face (API, portal) can map it once; {@link #code()} is a stable,
 * dotted message key such as {@code error.contract.transition.illegal} that is also looked
 * up in the messages files, with {@link #args()} as its arguments.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    protected DomainException(String code, String message, Object... args) {
        super(message);
        this.code = code;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
