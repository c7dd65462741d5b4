package cn.kjj.platform.incubator;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.PreconditionFailedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The registry pages' errors that no page handles itself, as the portal's error page: a record
 * outside the reader's scope is "not found", a page or action the reader's role may not use is
 * "forbidden". Never a stack trace.
 */
@ControllerAdvice(assignableTypes = RegistryPage.class)
class RegistryPageErrors {

    static final String VIEW_ERROR = "error";

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response) {
        return page(statusOf(e), response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView concurrent(HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, response);
    }

    private static ModelAndView page(HttpStatus status, HttpServletResponse response) {
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
        if (e instanceof ConflictException || e instanceof PreconditionFailedException) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.BAD_REQUEST;
    }
}
