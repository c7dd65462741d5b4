package cn.kjj.platform.common;

/** An upload beyond its limit: 413. */
public class PayloadTooLargeException extends DomainException {

    public PayloadTooLargeException(String code, String message, Object... args) {
        super(code, message, args);
    }
}
