package cn.kjj.platform.portal;

import cn.kjj.platform.common.DomainException;
import cn.kjj.platform.http.DatabaseUnavailable;
import cn.kjj.platform.http.DomainErrorStatus;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Domain errors that no portal page turns into a message of its own, shown as the portal's
 * error page: a record outside the reader's scope is "not found", an action the reader's role
 * may not take "forbidden", a lost race "conflict", a database out of reach "unavailable" (503).
 * Never a stack trace. The API's advice
 * ({@code ApiExceptionHandler}, highest precedence, REST controllers only) answers first for
 * {@code /api}, so this one only ever sees page controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PortalErrorPages {

    static final String VIEW_ERROR = "error";

    private static final Logger log = LoggerFactory.getLogger(PortalErrorPages.class);

    private final DatabaseUnavailable database;

    PortalErrorPages(DatabaseUnavailable database) {
        this.database = database;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response) {
        return page(statusOf(e), response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView concurrent(HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, response);
    }

    /**
     * The database is out of reach (stopped, restarting, out of connections): the 503 page, which
     * asks the reader to try again shortly. Other data access failures go on to the 500 page.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ModelAndView dataAccess(Exception e, HttpServletResponse response) throws Exception {
        if (!database.explains(e)) {
            throw e;
        }
        log.warn("Database unavailable: {}", e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        return page(HttpStatus.SERVICE_UNAVAILABLE, response);
    }

    /** The HTTP status a domain error stands for, as the API answers it too. */
    public static HttpStatus statusOf(DomainException e) {
        return DomainErrorStatus.of(e);
    }

    private static ModelAndView page(HttpStatus status, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView(VIEW_ERROR, status);
        page.addObject("status", status.value());
        return page;
    }
}
