package org.lingong.platform.server.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lingong.platform.api.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Requests Spring Security's firewall refuses (semicolons, encoded slashes or percent signs, {@code ..}, control
 * characters in the URL or headers …) get a 400 problem+json like every other refusal. Spring Security uses the
 * single {@link RequestRejectedHandler} bean it finds.
 */
@Component
class FirewallProblems implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(FirewallProblems.class);

    private final ProblemResponses problems;

    FirewallProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refusal)
            throws IOException {
        log.info("Firewall refused a {} request (its text is not logged: it may echo a header's value)",
                request.getMethod());
        problems.write(response, Problem.of(400, "rejected-request", "Request rejected",
                "the request URL or a header is not allowed (e.g. ';', '//', '..', encoded '/' or '%', control characters)"));
    }
}
