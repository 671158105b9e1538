package org.lingong.platform.server.crosssite;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.lingong.platform.api.problem.Problem;
import org.lingong.platform.server.problem.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE) that a browser sent on behalf of another site, before
 * any credential is looked at: {@code Sec-Fetch-Site} other than {@code same-origin} or {@code none}, or, from
 * browsers that do not send it, an {@code Origin} other than this server's own. Requests with neither header are
 * not from a browser page (kiosks, scripts) and pass; so a page elsewhere can never use an operator's browser to
 * revoke a terminal or change a job, even with a body-less POST. The same rule as Go's
 * {@code http.CrossOriginProtection}.
 */
public final class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossSiteRequestFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final ProblemResponses problems;

    public CrossSiteRequestFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || !isCrossSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Cross-site {} {} refused (Origin {}, Sec-Fetch-Site {}, client {})", request.getMethod(),
                request.getRequestURI(), printable(request.getHeader("Origin")),
                printable(request.getHeader("Sec-Fetch-Site")), request.getRemoteAddr());
        problems.write(response, Problem.of(403, "cross-site-request", "Cross-site request refused",
                "a page of another site may not change anything here"));
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !OWN_SITE.contains(fetchSite.toLowerCase(Locale.ROOT));
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return URI.create(scheme + "://" + host + (defaultPort ? "" : ":" + port)).toString();
    }

    private static String printable(String header) {
        return header == null ? "-" : header.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
