package cn.kjj.platform.common;

/** The request is well formed but clashes with the current state: illegal transition, duplicate, budget. */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message, Object... args) {
        super(code, message, args);
    }
}
