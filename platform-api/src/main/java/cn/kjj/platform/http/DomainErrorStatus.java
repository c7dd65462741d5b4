package cn.kjj.platform.http;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.PayloadTooLargeException;
import cn.kjj.platform.common.PreconditionFailedException;
import cn.kjj.platform.common.UnsupportedContentException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The HTTP status each kind of domain error stands for, the same for the API and the portal. */
public final class DomainErrorStatus {

    /** None of these kinds extends another, so the order of the lookup does not matter. */
    private static final Map<Class<? extends DomainException>, HttpStatus> STATUSES = Map.of(
            NotFoundException.class, HttpStatus.NOT_FOUND,
            ConflictException.class, HttpStatus.CONFLICT,
            AccessDeniedToRecordException.class, HttpStatus.FORBIDDEN,
            PreconditionFailedException.class, HttpStatus.PRECONDITION_FAILED,
            PayloadTooLargeException.class, HttpStatus.CONTENT_TOO_LARGE,
            UnsupportedContentException.class, HttpStatus.UNSUPPORTED_MEDIA_TYPE);

    private DomainErrorStatus() {
    }

    /** Any other domain error (invalid input above all) is the client's mistake: 400. */
    public static HttpStatus of(DomainException ex) {
        return STATUSES.entrySet().stream().filter(e -> e.getKey().isInstance(ex)).map(Map.Entry::getValue)
                .findFirst().orElse(HttpStatus.BAD_REQUEST);
    }
}
