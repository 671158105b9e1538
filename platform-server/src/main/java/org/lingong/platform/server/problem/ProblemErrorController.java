package org.lingong.platform.server.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.lingong.platform.api.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page ({@code /error}) as problem+json, in place of Spring Boot's JSON with a
 * timestamp: errors raised outside the controllers (filters, the container) look like every other refusal, a
 * failure never shows its stack trace, and a direct call of {@code /error} (no error behind it) is a plain 404.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("/error")
    ResponseEntity<Problem> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(status instanceof Integer code)) {
            return ProblemResponses.entity(Problem.of(404, "not-found", "Not found", "no such resource"));
        }
        if (code >= 500) {
            log.error("Failure outside the controllers on {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            return ProblemResponses.entity(Problem.of(500, "internal-error", "Internal error", "the request failed"));
        }
        HttpStatus known = HttpStatus.resolve(code);
        String title = known == null ? "Error " + code : known.getReasonPhrase();
        String reason = known == null ? "error" : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
        return ProblemResponses.entity(Problem.of(code, reason, title, "the request was refused (" + code + ")"));
    }
}
