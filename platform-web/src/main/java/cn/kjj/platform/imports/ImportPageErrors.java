package cn.kjj.platform.imports;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.common.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The import pages' domain errors as the portal's error page: a job of someone else is "not
 * found", a person who may not import is "forbidden", a missing file "bad request".
 */
@ControllerAdvice(assignableTypes = ImportPageController.class)
class ImportPageErrors {

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response) {
        HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : e instanceof AccessDeniedToRecordException ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }
}
