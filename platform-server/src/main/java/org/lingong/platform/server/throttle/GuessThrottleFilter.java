package org.lingong.platform.server.throttle;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.lingong.platform.api.problem.Problem;
import org.lingong.platform.server.problem.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles requests that try a secret (a password, an enrollment code) through a {@link GuessGate} before the
 * secret is checked: a refused try is a 429 problem with {@code Retry-After}, and every refused or failed try is
 * logged with the client and a description of what was tried that never contains the secret.
 */
public final class GuessThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(GuessThrottleFilter.class);

    private final String what;
    private final Predicate<HttpServletRequest> isTry;
    private final GuessGate gate;
    private final Outcome outcome;
    private final Function<HttpServletRequest, String> describe;
    private final ProblemResponses problems;

    /**
     * @param what     e.g. "operator login", for the log and the problem detail
     * @param isTry    which requests try a secret
     * @param outcome  whether a try succeeded, after the rest of the chain ran
     * @param describe what was tried, for the log; must not contain the secret
     */
    public GuessThrottleFilter(String what, Predicate<HttpServletRequest> isTry, GuessGate gate, Outcome outcome,
                               Function<HttpServletRequest, String> describe, ProblemResponses problems) {
        this.what = what;
        this.isTry = isTry;
        this.gate = gate;
        this.outcome = outcome;
        this.describe = describe;
        this.problems = problems;
    }

    /** One mark per secret: a chain holds several of these filters, and each must run. */
    @Override
    protected String getAlreadyFilteredAttributeName() {
        return GuessThrottleFilter.class.getName() + "." + what + ".FILTERED";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isTry.test(request)) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        GuessGate.Ticket ticket = gate.admit(client);
        if (!ticket.admitted()) {
            log.warn("{} refused before checking: {} (client {}, {}); retry in {} s", what, ticket.reason(), client,
                    describe.apply(request), ticket.retryAfterSeconds());
            response.setHeader("Retry-After", Long.toString(ticket.retryAfterSeconds()));
            problems.write(response, Problem.of(429, "too-many-attempts", "Too many attempts",
                    what + ": " + ticket.reason() + "; retry in " + ticket.retryAfterSeconds() + " s"));
            return;
        }
        boolean succeeded = false;
        try {
            chain.doFilter(request, response);
            succeeded = outcome.succeeded(request, response);
        } finally {
            ticket.finish(succeeded);
            if (!succeeded) {
                log.warn("{} failed (client {}, {}, status {})", what, client, describe.apply(request),
                        response.getStatus());
            }
        }
    }

    /** Whether a try succeeded, judged once the request was handled. */
    @FunctionalInterface
    public interface Outcome {
        boolean succeeded(HttpServletRequest request, HttpServletResponse response);
    }
}
