package org.lingong.platform.server.signing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lingong.platform.api.signing.SignatureHeaders;
import org.lingong.platform.server.problem.ProblemResponses;
import org.lingong.platform.server.terminals.Terminal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates terminal requests by their Ed25519 signature. Requests to terminal paths must be
 * signed; other API requests that carry {@code X-Lingong-Terminal} are checked too (so a terminal may call
 * endpoints shared with operators). Outside {@code /api/} the header means nothing. Each refusal is a 401 problem
 * with its own reason.
 */
public final class SignedRequestFilter extends OncePerRequestFilter {

    /** Request attribute holding the authenticated {@link Terminal}. */
    public static final String TERMINAL_ATTRIBUTE = "lingong.terminal";

    private final SignatureCheck check;
    private final ProblemResponses problems;
    private final TerminalPaths paths;

    public SignedRequestFilter(SignatureCheck check, ProblemResponses problems, TerminalPaths paths) {
        this.check = check;
        this.problems = problems;
        this.paths = paths;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean signed = request.getHeader(SignatureHeaders.TERMINAL) != null;
        if (!paths.isApi(request) || !signed && !paths.requiresSignature(request)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            Terminal terminal = check.authenticate(request, body(request));
            request.setAttribute(TERMINAL_ATTRIBUTE, terminal);
            SecurityContextHolder.getContext().setAuthentication(new TerminalAuthentication(terminal));
        } catch (SignatureCheck.SignatureRefusal refusal) {
            problems.write(response, refusal.problem());
            return;
        }
        chain.doFilter(request, response);
    }

    private static byte[] body(HttpServletRequest request) {
        if (request instanceof CachedBodyRequest cached) {
            return cached.body();
        }
        HttpServletRequest inner = request;
        while (inner instanceof jakarta.servlet.http.HttpServletRequestWrapper wrapper) {
            if (wrapper.getRequest() instanceof CachedBodyRequest cached) {
                return cached.body();
            }
            inner = (HttpServletRequest) wrapper.getRequest();
        }
        throw new IllegalStateException("BodyLimitFilter must run before SignedRequestFilter");
    }
}
