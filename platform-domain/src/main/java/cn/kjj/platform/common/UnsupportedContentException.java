package cn.kjj.platform.common;

/** Content whose actual type (judged by its bytes, not its name) is not accepted: 415. */
public class UnsupportedContentException extends DomainException {

    public UnsupportedContentException(String code, String message, Object... args) {
        super(code, message, args);
    }
}
