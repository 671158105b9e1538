package org.lingong.platform.server.signing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lingong.platform.api.problem.Problem;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.problem.JsonProblems;
import org.lingong.platform.server.problem.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import tools.jackson.core.JacksonException;

/**
 * Answers the most frequent signed terminal requests (heartbeat, job delta sync: {@link SignedEndpoint}s) in this
 * servlet filter, after {@link BodyLimitFilter} and before Spring Security's filter chain and Spring MVC, which
 * together cost about a third of such a request's CPU on one core (issue 13 load benchmark). Nothing is weakened:
 * the same {@link SignatureCheck} (signature, timestamp window, revocation, nonce in the shared database: the endpoint
 * spends the {@link NonceClaim} before it changes anything, and an answer without it is refused), the same
 * security headers as Spring Security's defaults, the same problem answers and refusal counts, and the request is
 * still timed as {@code http.server.requests} with the endpoint's path as {@code uri}.
 *
 * <p>Only requests of a plain shape are taken: the endpoint's exact path and method, no {@code Origin} or
 * {@code Sec-Fetch-Site} (a browser's request takes the full stack and its cross-site check), an {@code Accept} that
 * allows JSON, and what {@link SignedEndpoint#takes} allows. Everything else continues down the chain untouched, so
 * the signature is checked exactly once either way. Thread-safe.
 */
public final class TerminalFastLane extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(TerminalFastLane.class);
    private static final List<HeaderWriter> SECURITY_HEADERS = List.of(new XContentTypeOptionsHeaderWriter(),
            new XXssProtectionHeaderWriter(), new CacheControlHeadersWriter(), new HstsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY));

    private final Map<String, SignedEndpoint> endpoints;
    private final SignatureCheck check;
    private final ProblemResponses problems;

    public TerminalFastLane(List<SignedEndpoint> endpoints, SignatureCheck check, ProblemResponses problems) {
        this.endpoints = endpoints.stream().collect(Collectors.toUnmodifiableMap(SignedEndpoint::path, Function.identity()));
        this.check = check;
        this.problems = problems;
    }

    /** The paths this lane may answer (its servlet filter mapping). */
    public String[] paths() {
        return endpoints.keySet().toArray(String[]::new);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SignedEndpoint endpoint = endpoints.get(request.getRequestURI());
        if (endpoint == null || !(request instanceof CachedBodyRequest cached) || !isPlain(request, endpoint)) {
            chain.doFilter(request, response);
            return;
        }
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setPathPattern(endpoint.path()));
        for (HeaderWriter writer : SECURITY_HEADERS) {
            writer.writeHeaders(request, response);
        }
        NonceClaim claim;
        try {
            claim = check.verify(request, cached.body());
        } catch (SignatureCheck.SignatureRefusal refusal) {
            problems.write(response, refusal.problem());
            return;
        }
        answer(endpoint, claim, cached, response);
    }

    private static boolean isPlain(HttpServletRequest request, SignedEndpoint endpoint) {
        String accept = request.getHeader("Accept");
        return endpoint.method().equals(request.getMethod()) && request.getHeader("Origin") == null
                && request.getHeader("Sec-Fetch-Site") == null
                && (accept == null || "*/*".equals(accept) || "application/json".equals(accept))
                && endpoint.takes(request);
    }

    private void answer(SignedEndpoint endpoint, NonceClaim claim, CachedBodyRequest request,
                        HttpServletResponse response) throws IOException {
        byte[] json;
        try {
            json = endpoint.answer(claim, request, request.body());
            if (!claim.isSpent()) {
                throw new IllegalStateException(endpoint.path() + " answered without spending the request's nonce");
            }
        } catch (SignatureCheck.SignatureRefusal refusal) {
            problems.write(response, refusal.problem());
            return;
        } catch (ApiException e) {
            problems.writeAsHandler(response, e.toProblem());
            return;
        } catch (JacksonException e) {
            problems.writeAsHandler(response, JsonProblems.of(e));
            return;
        } catch (DataIntegrityViolationException e) {
            // as ProblemAdvice answers it
            log.warn("Request refused by the database: {}", e.getMostSpecificCause().getClass().getSimpleName());
            problems.writeAsHandler(response, Problem.of(400, "invalid-value", "Invalid value",
                    "a value is too long, out of range or not storable"));
            return;
        } catch (RuntimeException e) {
            log.error("Unexpected failure", e);
            ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setError(e));
            problems.writeAsHandler(response, Problem.of(500, "internal-error", "Internal error", "the request failed"));
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
