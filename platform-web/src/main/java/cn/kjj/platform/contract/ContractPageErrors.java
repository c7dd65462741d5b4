package cn.kjj.platform.contract;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.PayloadTooLargeException;
import cn.kjj.platform.common.PreconditionFailedException;
import cn.kjj.platform.common.UnsupportedContentException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The contract pages' domain errors that no page handles itself, as the portal's error page:
 * a contract outside the reader's scope is "not found", an action the reader may not take is
 * "forbidden". Never a stack trace.
 */
@ControllerAdvice(assignableTypes = {ContractListPageController.class, ContractFormPageController.class,
        ContractDetailPageController.class, ContractFilePageController.class})
class ContractPageErrors {

    static final String VIEW_ERROR = "error";

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response) {
        HttpStatus status = statusOf(e);
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView(VIEW_ERROR, status);
        page.addObject("status", status.value());
        return page;
    }

    static HttpStatus statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof AccessDeniedToRecordException) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof PreconditionFailedException) {
            return HttpStatus.PRECONDITION_FAILED;
        }
        if (e instanceof PayloadTooLargeException) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        if (e instanceof UnsupportedContentException) {
            return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        }
        return HttpStatus.BAD_REQUEST;
    }
}
