package cn.kjj.platform.common;

/**
 * The caller may see the record but not do this with it (an analyst writing, an enterprise
 * deciding on its own contract): 403. Records outside the caller's scope are a
 * {@link NotFoundException} instead, so that their existence is not revealed.
 */
public class AccessDeniedToRecordException extends DomainException {

    public AccessDeniedToRecordException(String code, String message, Object... args) {
        super(code, message, args);
    }
}
