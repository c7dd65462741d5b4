package cn.kjj.platform.http;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.PayloadTooLargeException;
import cn.kjj.platform.common.PreconditionFailedException;
import cn.kjj.platform.common.UnsupportedContentException;
import org.springframework.http.HttpStatus;

/** The HTTP status each kind of domain error stands for, the same for the API and the portal. */
public final class DomainErrorStatus {

    private DomainErrorStatus() {
    }

    public static HttpStatus of(DomainException ex) {
        if (ex instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (ex instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (ex instanceof AccessDeniedToRecordException) {
            return HttpStatus.FORBIDDEN;
        }
        if (ex instanceof PreconditionFailedException) {
            return HttpStatus.PRECONDITION_FAILED;
        }
        if (ex instanceof PayloadTooLargeException) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        if (ex instanceof UnsupportedContentException) {
            return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        }
        return HttpStatus.BAD_REQUEST;
    }
}
