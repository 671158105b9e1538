package org.lingong.platform.server.problem;

import java.time.temporal.Temporal;
import org.lingong.platform.api.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every error leaves as {@code application/problem+json} with a {@code reason}. */
@RestControllerAdvice
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Problem> api(ApiException e) {
        return ProblemResponses.entity(e.toProblem());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause == null) {
            return ProblemResponses.entity(Problem.of(400, "missing-body", "Missing body", "a JSON body is required"));
        }
        return ProblemResponses.entity(JsonProblems.of(cause));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Problem> parameterType(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        if (type != null && Temporal.class.isAssignableFrom(type)) {
            return ProblemResponses.entity(Problem.of(400, "invalid-date", "Invalid date",
                    "parameter '" + e.getName() + "' is not a real date (YYYY-MM-DD)"));
        }
        return ProblemResponses.entity(Problem.of(400, "invalid-parameter", "Invalid parameter",
                "parameter '" + e.getName() + "' has the wrong format"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Problem> missingParameter(MissingServletRequestParameterException e) {
        return ProblemResponses.entity(Problem.of(400, "missing-parameter", "Missing parameter",
                "parameter '" + e.getParameterName() + "' is required"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Problem> method(HttpRequestMethodNotSupportedException e) {
        return ProblemResponses.entity(Problem.of(405, "method-not-allowed", "Method not allowed",
                e.getMethod() + " is not supported here"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Problem> mediaType(HttpMediaTypeNotSupportedException e) {
        return ProblemResponses.entity(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                "send application/json"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Problem> noResource(NoResourceFoundException e) {
        return ProblemResponses.entity(Problem.of(404, "not-found", "Not found", "no such resource"));
    }

    /** A value the database refuses (too long, out of range, NUL in text on PostgreSQL …) is the caller's error. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Problem> dataIntegrity(DataIntegrityViolationException e) {
        log.warn("Request refused by the database: {}", e.getMostSpecificCause().getClass().getSimpleName());
        return ProblemResponses.entity(Problem.of(400, "invalid-value", "Invalid value",
                "a value is too long, out of range or not storable"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return ProblemResponses.entity(Problem.of(500, "internal-error", "Internal error", "the request failed"));
    }
}
